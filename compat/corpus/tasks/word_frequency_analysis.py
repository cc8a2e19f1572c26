# Text statistics: word frequencies, bigrams, sentence lengths, and a stop-word filtered cloud
import re
import string
from collections import Counter
from itertools import pairwise

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. We had everything before us,
we had nothing before us; we were all going direct to Heaven, we were all going
direct the other way. In short, the period was so far like the present period!
"""
STOP = {"it", "was", "the", "of", "we", "had", "us", "to", "all", "so", "in", "like", "were", "before"}


def tokenize(text):
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+", text.strip()) if s.strip()]


words = tokenize(TEXT)
counts = Counter(words)
print(f"words: {len(words)}, unique: {len(counts)}, lexical diversity: {len(counts) / len(words):.2%}")
print("top 5 words:", counts.most_common(5))

content = Counter(w for w in words if w not in STOP)
print("top content words:")
top = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"  {w:<{width}} {'*' * n} {n}")

bigrams = Counter(pairwise(words))
print("top bigrams:", [" ".join(b) for b, _ in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])

sents = sentences(TEXT)
lengths = [len(tokenize(s)) for s in sents]
print(f"sentences: {len(sents)}, words per sentence: {lengths}")
longest = max(sents, key=len)
print("longest sentence starts:", longest[:40].replace("\n", " ") + "...")

letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("letter frequency top 6:", "".join(c for c, _ in letters.most_common(6)))
print("missing letters:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
print("longest words:", by_length[max(by_length)])
palins = sorted(w for w in counts if len(w) > 1 and w == w[::-1])
print("palindromes:", palins)
