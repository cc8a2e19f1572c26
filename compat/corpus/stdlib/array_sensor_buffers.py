# Store sensor samples compactly with array: typecodes, byteswap, tobytes/frombytes
from array import array
import statistics

temps = array("f", [21.5, 21.7, 22.0, 22.4, 21.9])
counts = array("H", [10, 0, 65535, 42])
ids = array("q", range(5))
print(temps.typecode, temps.itemsize, len(temps))
print([round(t, 2) for t in temps])
print(counts, ids)
print("mean:", round(statistics.mean(temps), 3), "max:", max(counts))

temps.append(23.25)
temps.extend([20.0, 19.5])
temps.insert(0, 18.0)
print("after edits:", [round(t, 2) for t in temps])
print("index of 20.0:", temps.index(20.0), "count 21.5:", temps.count(21.5))
temps.remove(18.0)
print("popped:", temps.pop())

raw = counts.tobytes()
print("bytes:", len(raw))
restored = array("H")
restored.frombytes(raw)
print("restored equal:", restored == counts)
swapped = array("H", counts)
swapped.byteswap()
print("byteswapped:", list(swapped))

try:
    counts.append(70000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
letters = array("u", "hello")
print(letters.tounicode(), letters[1:3])
a = array("d", [1.0, 2.0]) + array("d", [3.0])
print(a, a * 2, sum(a))
print(array("b", b"\x01\xff").tolist(), array("B", b"\x01\xff").tolist())
mv = memoryview(array("i", [1, 2, 3]))
print(mv.format, mv.itemsize, mv.tolist())
