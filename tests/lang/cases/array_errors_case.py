# array.array's value checks and errors as CPython's: every integer typecode at its
# limits, wrong types, bad typecodes and initialisers, bad indices, misuse of methods.
from array import array

for tc in "bBhHiIlLqQ":
    for v in (-2**64, -2**63 - 1, -2**63, -2**40, -32769, -129, -1, 0, True, 127, 128, 255, 256,
              32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**40, 2**63 - 1,
              2**63, 2**64 - 1, 2**64, 1.5, "x", None):
        try:
            a = array(tc, [v])
            print(tc, repr(v), "ok", a)
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)
for tc in "fdu":
    for v in ("x", "xy", "", 1, None, 2**2000, True, 1e300, "\u20ac"):
        try:
            a = array(tc, [v])
            print(tc, repr(v), "ok", a)
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)
for args in [("z",), (1,), ("bb",), ("",), ("i", "abc"), ("u", "abc"), ("i", b"abc"), ("i", b"abcd"),
             ("u", [1]), ("i", 5), ("d", array("i", [1, 2])), ("u", array("i", [1])),
             ("i", array("u", "a")), ("B", bytearray(b"\x01\x02")),
             ("h", [1, 2, 70000])]:
    try:
        print(args, array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)


def setitem(a, i, v):
    a[i] = v


def delitem(a, i):
    del a[i]


a = array("i", [1, 2, 3])
for f in [lambda: a + [1], lambda: a + array("d"), lambda: a.extend([4.5]), lambda: a.extend(array("h", [1])),
          lambda: a.fromlist((1,)), lambda: a.fromlist([1, 2, "x"]), lambda: a.frombytes("x"),
          lambda: a.frombytes(b"x"), lambda: a.pop(9), lambda: array("i").pop(), lambda: a.remove(9),
          lambda: a.index(9), lambda: a.tounicode(), lambda: a.fromunicode("x"), lambda: a.insert(1.5, 1),
          lambda: a.insert(0, "x"), lambda: setitem(a, 0, 2**40), lambda: setitem(a, slice(0, 1), [1]),
          lambda: setitem(a, slice(0, 1), array("h", [1])), lambda: delitem(a, 9), lambda: hash(a),
          lambda: a.index(2, 2), lambda: a.count("x"), lambda: a[10], lambda: a[-4],
          lambda: setitem(a, 3, 0), lambda: a["x"], lambda: a[1.0], lambda: a.pop(1.0),
          lambda: a.extend(5), lambda: array("B", [1]) + b"x", lambda: a * 1.5, lambda: array("u", "a").fromunicode(5),
          lambda: a.append(None), lambda: a.append(2**31)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a)
