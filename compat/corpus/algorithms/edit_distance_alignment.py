# Levenshtein edit distance with operation trace and fuzzy matching of misspelled words
from functools import lru_cache

def edit_ops(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    ops = []
    i, j = len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and a[i - 1] == b[j - 1] and d(i, j) == d(i - 1, j - 1):
            ops.append(("keep", a[i - 1])); i -= 1; j -= 1
        elif i > 0 and j > 0 and d(i, j) == d(i - 1, j - 1) + 1:
            ops.append(("sub", f"{a[i - 1]}->{b[j - 1]}")); i -= 1; j -= 1
        elif i > 0 and d(i, j) == d(i - 1, j) + 1:
            ops.append(("del", a[i - 1])); i -= 1
        else:
            ops.append(("ins", b[j - 1])); j -= 1
    return d(len(a), len(b)), ops[::-1]

dist, ops = edit_ops("intention", "execution")
print("distance:", dist)
for op, ch in ops:
    if op != "keep":
        print(f"  {op:4s} {ch}")

vocabulary = ["python", "pattern", "patron", "typhoon", "option", "potion", "pythonic", "matrix"]
for typo in ["pyhton", "patern", "opton", "matirx", "pythno"]:
    scored = sorted((edit_ops(typo, w)[0], w) for w in vocabulary)
    best = [w for s, w in scored if s == scored[0][0]]
    print(f"{typo!r}: best={best} distance={scored[0][0]} runner-up={scored[len(best)]}")
