# Run-length encode and decode strings, including a bytes variant and itertools.groupby
from itertools import groupby


def rle_encode(s: str) -> str:
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        out.append(f"{run}{s[i]}" if run > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s: str) -> str:
    out, count = [], ""
    for ch in s:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count or "1"))
            count = ""
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", "", "zzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    ok = rle_decode(enc) == s
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:20]!r:<24} -> {enc!r:<22} ratio={ratio:.2f} roundtrip={ok}")

print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print("".join(f"{k}{sum(1 for _ in g)}" for k, g in groupby("hello  world")))

def rle_bytes(data: bytes) -> bytes:
    out = bytearray()
    for k, g in groupby(data):
        n = len(list(g))
        while n > 0:
            out += bytes([min(n, 255), k])
            n -= 255
    return bytes(out)

print(rle_bytes(b"\x00" * 300 + b"\x01\x01\xff"))
