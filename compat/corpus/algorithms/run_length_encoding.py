# Run-length encoding and decoding of strings and bytes, with itertools.groupby and a regex decoder
import re
from itertools import groupby

def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

def rle_compact(s: str) -> str:
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        out.append(s[i] if run == 1 else f"{run}{s[i]}")
        i = j
    return "".join(out)

def rle_bytes(data: bytes) -> bytes:
    out = bytearray()
    for b, g in groupby(data):
        n = len(list(g))
        while n > 0:
            chunk = min(n, 255)
            out += bytes((chunk, b))
            n -= chunk
    return bytes(out)

def unrle_bytes(data: bytes) -> bytes:
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aaabccddddde", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    print(f"{s[:20]!r:24} -> {enc!r:30} compact={rle_compact(s)!r} ok={rle_decode(enc) == s}")
    if s:
        print(f"   ratio {len(enc) / len(s):.2f}")

raw = bytes([0] * 600 + [7, 7, 1] + [255] * 4)
packed = rle_bytes(raw)
print("bytes packed:", packed.hex(), len(raw), "->", len(packed))
print("bytes roundtrip:", unrle_bytes(packed) == raw)
