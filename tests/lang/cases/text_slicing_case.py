# Slicing str, bytes and bytearray with any step; indexing errors; bytearray mutation.
def show(label, f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


big = 2**70
for s in ["hello world", "héllo wörld ☃ 😀", "", "a", b"bytes data", bytearray(b"array")]:
    for r in [s[::-1], s[::2], s[1::3], s[-2::-2], s[:3:-1], s[8:2:-2], s[100:-100:-1], s[-100:100:4],
              s[2:2], s[5:1], s[-3:], s[:-3], s[big:], s[::big], s[-big:big:-1], s[True::2]]:
        print(repr(r), end=" ")
    print()
print("abc"[-1], "abc"[0], "héllo"[1], "😀x"[1], b"abc"[-1], bytearray(b"xy")[1])
show("str index", lambda: "abc"[3])
show("str index neg", lambda: "abc"[-4])
x = "x"
show("str index type", lambda: "abc"[x])
show("bytes index", lambda: b"abc"[3])
show("bytes index type", lambda: b"abc"[x])
show("bytearray index", lambda: bytearray(b"abc")[5])
show("step zero", lambda: "abc"[::0])
show("bytes step zero", lambda: b"abc"[::0])
show("slice type", lambda: "abc"[x:])

ba = bytearray(b"hello world")
ba[0] = 72
ba[-1] = ord("D")
print(ba)
ba[1:5] = b"EY"
print(ba)
ba[::2] = b"abcdefg"[:len(ba[::2])]
print(ba)
del ba[0]
del ba[-2:]
del ba[::3]
print(ba)
ba[2:2] = [1, 2, 3]
ba[len(ba):] = bytearray(b"!")
print(ba)
ba.append(33)
ba.extend(b"xy")
ba.extend([65, 66])
ba.extend(range(48, 50))
ba.insert(0, 95)
ba.insert(-1, 96)
ba.insert(100, 97)
print(ba, ba.pop(), ba.pop(0), len(ba))
ba.remove(ord("x"))
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
b2 = bytearray(b"abc")
b2 += b"def"
b2 *= 2
print(b2, b2 + b"!", b2 * 2, 2 * bytearray(b"ab"), b"x" + bytearray(b"y"))
print(b"b" in b2, 98 in b2, 120 in b2, b2 == b"abcdefabcdef", b2 < b"b", b2 == "abc", bytearray(b"a") != b"a")
def setitem(b, i, v):
    b[i] = v


def delitem(b, i):
    del b[i]


def iadd(b, v):
    b += v


show("ba set range", setitem, b2, 0, 256)
show("ba set type", setitem, b2, 0, "a")
show("ba append range", b2.append, -1)
show("ba append type", b2.append, "a")
show("ba extend str", b2.extend, "ab")
show("ba extend int", b2.extend, 5)
show("ba extend range", b2.extend, [1, 999])
show("ba pop empty", bytearray().pop)
show("ba pop index", bytearray(b"a").pop, 5)
show("ba remove", b2.remove, 200)
def setslice(b, v):
    b[::2] = v


def setslice1(b, v):
    b[0:1] = v


show("ba ext slice", setslice, b2, b"ab")
show("ba slice int", setslice1, b2, 5)
show("ba slice str", setslice1, b2, "ab")
show("ba del index", delitem, b2, 100)
show("ba + str", lambda: bytearray(b"a") + "b")
show("ba += list", iadd, b2, [1])
show("ba in str", lambda: "a" in bytearray(b"a"))
b3 = bytearray(b"0123456789")
del b3[8:2:-2]
print(b3)
b3[1:3] = b3
print(b3)
b3[::-1] = b3
print(b3, bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"ab").hex(),
      bytearray(b"abc")[::-1], type(bytearray(b"ab")[0:1]).__name__, bytearray(b"xyz").decode())
