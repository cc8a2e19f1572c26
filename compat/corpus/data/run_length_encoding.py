# Run-length encode and decode strings and bitmaps, reporting compression ratios
import re

def rle_encode(s: str) -> str:
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aabbaabb", ""]
for s in samples:
    enc = rle_encode(s)
    ok = rle_decode(enc) == s
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:20]!r:<24}-> {enc!r:<20} ratio={ratio:5.2f} roundtrip={ok}")

bitmap = ["....##....", "...####...", "..######..", "...####...", "....##...."]
encoded_rows = [rle_encode(r) for r in bitmap]
for r, e in zip(bitmap, encoded_rows):
    print(f"{r}  {e}")
print("restored:", [rle_decode(e) for e in encoded_rows] == bitmap)
