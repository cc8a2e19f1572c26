# Knuth-Morris-Pratt search with failure table, compared to str.find, plus Z-algorithm
def failure_table(pattern: str) -> list[int]:
    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    return fail

def kmp_search(text: str, pattern: str) -> list[int]:
    if not pattern:
        return list(range(len(text) + 1))
    fail = failure_table(pattern)
    hits, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits

def naive_all(text, pattern):
    out, i = [], text.find(pattern)
    while i != -1:
        out.append(i)
        i = text.find(pattern, i + 1)
    return out

def z_array(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z

print("failure(ABABCABAB):", failure_table("ABABCABAB"))
print("failure(aaaa):", failure_table("aaaa"))
text = "abracadabra abracadabra cadabra"
for pat in ["abra", "cad", "a", "zzz", "abracadabra"]:
    hits = kmp_search(text, pat)
    print(f"{pat!r}: {hits} match naive={hits == naive_all(text, pat)}")
dna = "ACGTACGTTACGACGTACGT" * 3
print("overlapping 'ACGTACG':", kmp_search(dna, "ACGTACG"))
print("z-array:", z_array("aabcaabxaaaz"))

def smallest_period(s):
    p = len(s) - failure_table(s)[-1]
    return p if len(s) % p == 0 else len(s)
for s in ["abcabcabc", "abab", "abcd", "zzzzzz"]:
    print(s, "period", smallest_period(s))
