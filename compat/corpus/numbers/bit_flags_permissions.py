# Bit manipulation for Unix-style permission flags and feature masks
from enum import IntFlag

class Perm(IntFlag):
    X = 1
    W = 2
    R = 4

def mode_string(mode: int) -> str:
    out = []
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 0o7
        out.append(("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-"))
    return "".join(out)

for mode in (0o755, 0o644, 0o600, 0o777, 0o000, 0o4711 & 0o777):
    print(f"{mode:04o} {mode:>4} {mode:#011b} {mode_string(mode)}")

p = Perm.R | Perm.W
print("flag:", p, repr(p), int(p))
print("has W:", Perm.W in p, "has X:", Perm.X in p)
print("add X:", p | Perm.X, "remove W:", p & ~Perm.W)

n = 0b1011_0110
print(f"n = {n} ({n:08b})")
print("bit_length:", n.bit_length(), "bit_count:", n.bit_count())
print("lowest set bit:", n & -n, "clear lowest:", bin(n & (n - 1)))
print("set bit 0:", bin(n | 1), "toggle bit 7:", bin(n ^ (1 << 7)), "test bit 2:", bool(n >> 2 & 1))
print("shifts:", n << 3, n >> 3, -n >> 2, ~n)
print("power of two check:", [x for x in range(1, 70) if x & (x - 1) == 0])

def gray(i: int) -> int:
    return i ^ (i >> 1)

print("gray codes:", [f"{gray(i):04b}" for i in range(8)])
mask = 0
for feature in (0, 3, 5, 9):
    mask |= 1 << feature
print(f"feature mask {mask:#x} -> enabled {[i for i in range(16) if mask >> i & 1]}")
print("popcounts 0..16:", [bin(i).count("1") for i in range(17)])
