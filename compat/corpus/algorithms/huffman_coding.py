# Huffman compression: build a tree with heapq, generate codes, encode/decode a text, report ratio
import heapq
from collections import Counter
from itertools import count

def build_codes(text):
    freq = Counter(text)
    tiebreak = count()
    heap = [(f, next(tiebreak), ch) for ch, f in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}, freq
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tiebreak), (a, b)))
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes, freq

def encode(text, codes):
    return "".join(codes[c] for c in text)

def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    return "".join(out)

text = "this is an example of a huffman tree, it compresses text by using short codes for common letters"
codes, freq = build_codes(text)
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(f"{ch!r:5} freq={freq[ch]:2d} code={code}")
bits = encode(text, codes)
print("original bits:", len(text) * 8, "encoded bits:", len(bits))
print(f"compression ratio: {len(bits) / (len(text) * 8):.3f}")
print("avg bits/char:", round(len(bits) / len(text), 3))
print("decoded ok:", decode(bits, codes) == text)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print("packed bytes:", len(packed), packed[:8].hex())
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free)
print("single symbol:", build_codes("aaaa")[0])
