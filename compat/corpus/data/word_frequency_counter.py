# Count word frequencies in a block of text and show the most common words
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP = {"it", "was", "the", "of"}

words = re.findall(r"[a-z']+", TEXT.lower())
print(f"Total words: {len(words)}, distinct: {len(set(words))}")
counts = Counter(w for w in words if w not in STOP)
print("Top 5 content words:")
for word, n in counts.most_common(5):
    print(f"  {word:<12}{n:>3} {'*' * n}")

lengths = Counter(len(w) for w in words)
print("Word length distribution:")
for length in sorted(lengths):
    print(f"  {length:2d} letters: {lengths[length]}")
pairs = Counter(zip(words, words[1:]))
print("Most common bigrams:", [" ".join(p) for p, _ in pairs.most_common(3)])
singletons = sorted(w for w, c in counts.items() if c == 1)
print("Words used once:", ", ".join(singletons))
