# Longest increasing subsequence: O(n^2) DP and O(n log n) patience sorting with reconstruction
import bisect
import random

def lis_quadratic(seq):
    n = len(seq)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    if not seq:
        return []
    k = max(range(n), key=lambda i: length[i])
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]

def lis_fast(seq):
    tails, tails_idx = [], []
    parent = [-1] * len(seq)
    for i, x in enumerate(seq):
        pos = bisect.bisect_left(tails, x)
        if pos == len(tails):
            tails.append(x); tails_idx.append(i)
        else:
            tails[pos] = x; tails_idx[pos] = i
        parent[i] = tails_idx[pos - 1] if pos else -1
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k != -1:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]

def is_increasing_subseq(sub, seq):
    it = iter(seq)
    return all(x in it for x in sub) and all(a < b for a, b in zip(sub, sub[1:]))

tests = [[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
         [5, 4, 3, 2, 1], [], [1, 1, 1], [3, 10, 2, 1, 20]]
for t in tests:
    a, b = lis_quadratic(t), lis_fast(t)
    print(f"{t}: len={len(b)} fast={b} quad_len={len(a)} valid={is_increasing_subseq(b, t)}")

random.seed(7)
big = [random.randrange(1000) for _ in range(400)]
fast = lis_fast(big)
print("random 400: lis length", len(fast), "matches quadratic:", len(fast) == len(lis_quadratic(big)))
print("valid:", is_increasing_subseq(fast, big), "head:", fast[:8])
