# Bit manipulation: bin/bit_length/bit_count, power-of-two tricks, Gray codes, to_bytes/from_bytes
def popcount_manual(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

for n in [0, 1, 5, 255, 256, 1023, 2**40 + 3, -12]:
    print(f"{n:>15} bin={bin(n):>45} len={n.bit_length():2} ones={n.bit_count():2}")

print("popcount agrees:", all(popcount_manual(n) == n.bit_count() for n in range(5000)))
print("powers of two < 300:", [n for n in range(1, 300) if n & (n - 1) == 0])
print("lowest set bit of 88:", 88 & -88, "next pow2 of 100:", 1 << (100 - 1).bit_length())

gray = [i ^ (i >> 1) for i in range(8)]
print("gray codes:", [format(g, "03b") for g in gray])
def gray_decode(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print("decoded:", [gray_decode(g) for g in gray])

def reverse_bits32(x):
    return int(format(x, "032b")[::-1], 2)
print("reverse_bits32(1):", hex(reverse_bits32(1)), "(0x12345678):", hex(reverse_bits32(0x12345678)))

v = 0xDEADBEEF
be, le = v.to_bytes(4, "big"), v.to_bytes(4, "little")
print("big:", be.hex(" "), "little:", le.hex(" "))
print("roundtrip:", hex(int.from_bytes(le, "little")), int.from_bytes(be, "big") == v)
print("signed -2 in 2 bytes:", (-2).to_bytes(2, "big", signed=True))
print("from_bytes signed:", int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)

flags = {"READ": 1, "WRITE": 2, "EXEC": 4, "ADMIN": 8}
perm = flags["READ"] | flags["EXEC"]
perm |= flags["ADMIN"]
perm &= ~flags["EXEC"]
print("perm:", perm, [k for k, v in flags.items() if perm & v])
subsets = [[x for i, x in enumerate("abc") if mask >> i & 1] for mask in range(8)]
print("subsets:", subsets)
