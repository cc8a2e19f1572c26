# IndexError in different containers versus slicing, which never raises
from collections import deque
import array

containers = {
    "list": [10, 20, 30],
    "tuple": (10, 20, 30),
    "str": "abc",
    "bytes": b"abc",
    "range": range(3),
    "deque": deque([1, 2, 3]),
    "array": array.array("i", [1, 2, 3]),
    "bytearray": bytearray(b"xyz"),
}

for name, seq in containers.items():
    try:
        seq[7]
    except IndexError as e:
        print(f"{name:<9} [7]   -> IndexError: {e}")
    try:
        print(f"{name:<9} [5:9] -> {seq[5:9]!r}  [-99:1] -> {seq[-99:1]!r}")
    except TypeError as e:
        print(f"{name:<9} slicing unsupported: {e}")

for name, seq in [("list", []), ("deque", deque()), ("bytearray", bytearray())]:
    try:
        seq.pop()
    except IndexError as e:
        print(f"pop from empty {name}: {e}")

try:
    deque().popleft()
except IndexError as e:
    print("popleft:", e)

matrix = [[1, 2], [3, 4]]
for r, c in [(0, 1), (1, 2), (2, 0), (-1, -1)]:
    try:
        print(f"matrix[{r}][{c}] = {matrix[r][c]}")
    except IndexError as e:
        print(f"matrix[{r}][{c}] -> {e}")

lst = [1, 2, 3]
try:
    lst[10] = 0
except IndexError as e:
    print("assignment:", e)
try:
    lst[::2] = [9]
except ValueError as e:
    print("extended slice:", e)
lst[10:] = [4, 5]
lst.insert(100, 6)
print("slice assignment and insert past the end:", lst)
idx = len(lst) / 5
try:
    "abc"[idx]
except TypeError as e:
    print("TypeError:", e)
