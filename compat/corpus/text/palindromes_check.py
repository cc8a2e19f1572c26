# Detect palindromic sentences and find the longest palindromic substring
def normalize(s: str) -> str:
    return "".join(ch.casefold() for ch in s if ch.isalnum())


def is_palindrome(s: str) -> bool:
    t = normalize(s)
    return t == t[::-1]


def longest_palindrome(s: str) -> str:
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


sentences = [
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Hello, world",
    "Ésope reste ici et se repose",
    "",
    "12321",
    "Able was I ere I saw Elba!",
]
for s in sentences:
    print(f"{s!r:<36} palindrome={is_palindrome(s)}")

print()
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(f"longest palindrome in {s!r}: {longest_palindrome(s)!r}")

words = "level noon python radar stats civic code refer deed kayak".split()
pals = [w for w in words if w == w[::-1]]
print("\npalindromic words:", ", ".join(sorted(pals, key=lambda w: (-len(w), w))))
print("count:", len(pals), "of", len(words))
