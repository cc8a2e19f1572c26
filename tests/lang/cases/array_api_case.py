# array.array's API as CPython's: typecode, itemsize, tolist/tobytes/frombytes/fromlist,
# index/count/insert/pop/remove/reverse/byteswap/buffer_info, extend, slicing, deletion,
# comparison, concatenation and repetition, 'u' arrays, the module's names.
import array as array_module
from array import array

print(array_module.typecodes, array_module.ArrayType is array)
for tc in array_module.typecodes:
    a = array(tc) if tc != "u" else array(tc, "ab")
    print(tc, a.typecode, a.itemsize, len(a), a)

a = array("h", [3, -1, 4, 1, -5, 9, 2, 6])
print(a, a.tolist(), len(a), a[0], a[-1], a[2:5], a[::-2], a[::3])
print(a.tobytes().hex(), a.index(4), a.index(1, 2), a.index(9, -3), a.count(1), a.count(7), 4 in a, 7 in a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
a.insert(-99, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(-1)
a.reverse()
print(a)
a.byteswap()
print(a, a.tobytes().hex())
a.byteswap()
a.append(True)
a.extend([7, 8])
a.extend(array("h", [9]))
a.extend(x for x in range(2))
a.extend(a)
print(a)
a.fromlist([11, 12])
a.frombytes(b"\x01\x00\x02\x00")
print(a, len(a))
del a[0]
del a[-1]
del a[2:5]
del a[5:2]
print(a)
a[1:3] = array("h", [70, 71, 72])
a[0] = -7
print(a)
b = array("h", a)
print(a == b, a != b, a < b, b.pop() < 0, a > b, a == list(a), a == array("d", a), a == array("i", [1]))
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1, 2]) < array("i", [1, 2, 0]),
      array("d", [1.0, float("nan")]) == array("d", [1.0, float("nan")]), array("B", [255]) > array("b", [-1]))
c = array("i", [1, 2]) + array("i", [3])
c += array("i", [4])
print(c, c * 2, 2 * c, c * 0, c * -1)
c *= 2
print(c, len(c))
n, count = c.buffer_info()
print(isinstance(n, int), count)

d = array("d", [1.5, -0.0, 1e300])
f = array("f", [0.1, 21.7])
print(d, f, f.tolist(), f[1], d.tobytes().hex(), f.itemsize)
q = array("q", [-2**63, 2**63 - 1])
Q = array("Q", [0, 2**64 - 1])
L = array("L", [2**64 - 1])
l = array("l", [-2**63])
print(q, Q, L, l, l.itemsize, L.tobytes().hex())
restored = array("H")
restored.frombytes(array("H", [1, 256, 65535]).tobytes())
print(restored, array("b", b"\x01\xff").tolist(), array("B", b"\x01\xff").tolist())

u = array("u", "hello")
u.append("!")
u.extend("\u00e9\u20ac")
u.fromunicode("xy")
print(u, u.tounicode(), u.tolist()[:3], u[0], u[-1], u.itemsize, u.index("l"), u.count("l"))
print(array("u", "\U0001f600"), len(array("u", "\U0001f600")), array("u", "\U0001f600").tounicode())

mv = memoryview(array("i", [1, 2, 3]))
print(mv.tolist(), mv.format, mv.itemsize, len(mv), mv[1])
mv2 = memoryview(array("l", [5, -6]))
print(mv2.itemsize, mv2.tolist(), mv2.nbytes)
print(list(array("i", range(5))), sum(array("d", [0.5, 0.25])), sorted(array("i", [3, 1, 2])))
print(bytes(array("B", [65, 66])), bytearray(array("h", [1])), list(reversed(array("i", [1, 2]))))
import copy
e = array("i", [1, 2])
print(copy.copy(e), copy.deepcopy(e), copy.copy(e) is e)
print(array("i", [5, 6, 7])[1:], array("i")[:], bool(array("i")), bool(array("i", [0])))
