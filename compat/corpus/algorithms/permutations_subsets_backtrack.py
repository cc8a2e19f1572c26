# Backtracking generators: permutations with duplicates, combination sum, power set, balanced parens
def unique_permutations(items):
    items = sorted(items)
    used = [False] * len(items)
    out, cur = [], []
    def bt():
        if len(cur) == len(items):
            out.append("".join(cur))
            return
        for i, x in enumerate(items):
            if used[i] or (i > 0 and items[i] == items[i - 1] and not used[i - 1]):
                continue
            used[i] = True; cur.append(x)
            bt()
            cur.pop(); used[i] = False
    bt()
    return out

def combination_sum(cands, target):
    res = []
    def bt(start, remaining, path):
        if remaining == 0:
            res.append(path[:])
            return
        for i in range(start, len(cands)):
            if cands[i] > remaining:
                break
            path.append(cands[i])
            bt(i, remaining - cands[i], path)
            path.pop()
    bt(0, target, [])
    return res

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + s for s in rest]

def parens(n, open_=0, close=0, acc=""):
    if len(acc) == 2 * n:
        return [acc]
    res = []
    if open_ < n:
        res += parens(n, open_ + 1, close, acc + "(")
    if close < open_:
        res += parens(n, open_, close + 1, acc + ")")
    return res

perms = unique_permutations("aabc")
print(len(perms), "unique permutations of aabc:", perms)
print("combination sum 8 from [2,3,5]:", combination_sum([2, 3, 5], 8))
print("combination sum 7 from [2,3,6,7]:", combination_sum([2, 3, 6, 7], 7))
ps = power_set([1, 2, 3])
print("power set:", sorted(ps, key=lambda s: (len(s), s)))
for n in range(1, 5):
    p = parens(n)
    print(f"parens({n}): {len(p)}", p if n <= 3 else p[:4] + ["..."])
