import array

for obj in (b"abc", bytearray(b"xyz"), array.array("h", [1, -2, 3]), array.array("d", [0.5])):
    m = memoryview(obj)
    print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.tolist(), m.contiguous)
m = memoryview(b"hello")[1:4]
print(m.shape, m.nbytes, m.tolist(), bytes(m))
