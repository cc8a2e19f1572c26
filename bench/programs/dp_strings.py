# Dynamic programming over strings and sequences: edit distance, longest common
# subsequence with reconstruction, memoised word segmentation, knapsack.
import functools
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1100


def gen_text(n, seed, alphabet="acgt"):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(alphabet[(seed >> 16) % len(alphabet)])
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        row, below = table[i], table[i + 1]
        for j in range(len(b) - 1, -1, -1):
            row[j] = below[j + 1] + 1 if a[i] == b[j] else max(below[j], row[j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


WORDS = {"a", "an", "and", "ant", "at", "cat", "cats", "dog", "dogs", "sand", "an", "tan", "go", "god", "ogs"}


def segmentations(text):
    @functools.lru_cache(maxsize=None)
    def count(i):
        if i == len(text):
            return 1
        return sum(count(j) for j in range(i + 1, min(len(text), i + 4) + 1) if text[i:j] in WORDS)
    return count(0)


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
    return best[capacity]


a, b = gen_text(N, 1), gen_text(N + 17, 2)
print("edit distance", edit_distance(a, b), edit_distance("kitten", "sitting"))
common = lcs(a, b)
print("lcs", len(common), common[:24])
phrase = "catsanddogs" * (N // 40 + 1)
print("segmentations", segmentations(phrase) % 1000000007, segmentations("antanant"))
items = [(3 + (i * 7) % 23, 10 + (i * 13) % 37) for i in range(N // 4)]
print("knapsack", knapsack(items, N * 2))
words = [gen_text(6, k, "abcde") for k in range(N)]
closest = min((edit_distance(words[0], w), w) for w in words[1:])
print("closest", words[0], closest)
