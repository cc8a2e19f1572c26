# Longest common subsequence with functools.lru_cache and table-based reconstruction
from functools import lru_cache

def lcs_length(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def go(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + go(i + 1, j + 1)
        return max(go(i + 1, j), go(i, j + 1))
    result = go(0, 0)
    info = go.cache_info()
    print(f"  cache: hits={info.hits} misses={info.misses} size={info.currsize}")
    return result

def lcs_string(a: str, b: str) -> str:
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)

pairs = [
    ("ABCBDAB", "BDCABA"),
    ("AGGTAB", "GXTXAYB"),
    ("kitten sitting", "sitting kitten"),
    ("", "abc"),
    ("dynamic programming", "dramatic programmer"),
]
for a, b in pairs:
    print(f"{a!r} vs {b!r}")
    n = lcs_length(a, b)
    s = lcs_string(a, b)
    print(f"  length={n} lcs={s!r} ok={len(s) == n}")
