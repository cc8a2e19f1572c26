# No typecode turns bytes into an object reference or a char pointer (MicroPython's 'O'
# and 'S'); CPython has neither: bad typecodes everywhere.
import array
import struct

for t in ("O", "S", "x"):
    try:
        a = array.array(t)
        print("array", t, a)
    except ValueError as e:
        print("ValueError", e)
    try:
        print("calcsize", t, struct.calcsize(t))
    except struct.error as e:
        print("struct.error", e)
    try:
        print(struct.unpack(t, b"\x08\x00\x10\x00\x00\x00\x00\x00"))
    except struct.error as e:
        print("struct.error", e)
for t in ("O", "S"):
    try:
        memoryview(bytearray(8)).cast(t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(array.array("d", [1.5])), list(array.array("q", [-2])), list(array.array("b", [-1])))
