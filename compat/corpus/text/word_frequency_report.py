# Count word frequencies in a short passage and print a ranked report
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

STOPWORDS = {"the", "of", "it", "was", "a", "an"}


def tokenize(text: str) -> list[str]:
    words = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if word:
            words.append(word)
    return words


words = tokenize(TEXT)
counts = Counter(words)
print(f"Total words: {len(words)}")
print(f"Unique words: {len(counts)}")
print()
print(f"{'rank':>4}  {'word':<14}{'count':>5}  bar")
for rank, (word, n) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10], 1):
    print(f"{rank:>4}  {word:<14}{n:>5}  {'#' * n}")

content = Counter(w for w in words if w not in STOPWORDS)
print()
print("Top content words:", ", ".join(f"{w}({n})" for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))
longest = max(counts, key=lambda w: (len(w), w))
print(f"Longest word: {longest!r} ({len(longest)} letters)")
avg = sum(map(len, words)) / len(words)
print(f"Average word length: {avg:.3f}")
