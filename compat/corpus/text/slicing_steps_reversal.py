# Slice strings with negative indices, steps, reversal and slice objects
s = "Hello, World! Python slices"
print(repr(s[:5]), repr(s[7:12]), repr(s[-6:]), repr(s[-6:-1]))
print(repr(s[::2]), repr(s[1::2]))
print(repr(s[::-1]))
print(repr(s[::-2]), repr(s[-1:-8:-1]), repr(s[5:0:-1]))
print(repr(s[100:]), repr(s[-100:3]), repr(s[3:1]))

words = s.split()
print([w[::-1] for w in words])
print(" ".join(reversed(words)))

fields = slice(0, 5), slice(7, 12), slice(None, None, -3)
for sl in fields:
    print(sl, "->", repr(s[sl]), sl.indices(len(s)))

record = "20230115ACME    0001250099X"
layout = {"date": slice(0, 8), "company": slice(8, 16), "amount": slice(16, 26), "flag": slice(26, None)}
parsed = {k: record[v].strip() for k, v in layout.items()}
parsed["amount"] = int(parsed["amount"]) / 100
print(parsed)

def rotate(text: str, n: int) -> str:
    if not text:
        return text
    n %= len(text)
    return text[n:] + text[:n]

for n in (0, 3, -3, 30):
    print(f"rotate({n}):", rotate("abcdefg", n))
b = b"\x00\x01\x02\x03\x04\x05"
print(b[::2], b[::-1], list(b[1:4]), bytearray(b)[-2:])
