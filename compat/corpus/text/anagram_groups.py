# Group words into anagram classes and check anagram pairs
from collections import Counter, defaultdict

WORDS = """listen silent enlist inlets google banana stone tones notes onset
evil vile live veil rat tar art star rats arts tsar night thing dusty study""".split()

groups: defaultdict[str, list[str]] = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)

multi = {k: v for k, v in groups.items() if len(v) > 1}
for key in sorted(multi, key=lambda k: (-len(multi[k]), k)):
    print(f"{key:<8} {len(multi[key])}: {' '.join(sorted(multi[key]))}")

singles = sorted(w for v in groups.values() if len(v) == 1 for w in v)
print("no anagram partner:", singles)


def is_anagram(a: str, b: str) -> bool:
    clean = lambda s: Counter(c for c in s.casefold() if c.isalpha())
    return clean(a) == clean(b)


pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Astronomer", "Moon starer"),
         ("Hello", "World"), ("Conversation", "Voices rant on"), ("aab", "abb")]
print()
for a, b in pairs:
    print(f"{a!r} ~ {b!r}: {is_anagram(a, b)}")

c = Counter("mississippi")
print(c.most_common(2), sorted(c.elements())[:6], c - Counter("miss"))
