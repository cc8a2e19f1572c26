# Word frequency analysis with generator stages, Counter.most_common and deterministic tie-breaking
import re
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
STOP = {"the", "of", "it", "was", "we", "to", "us", "all", "had"}

def lines(text):
    for line in text.strip().splitlines():
        yield line

def words(lines_):
    for line in lines_:
        yield from re.findall(r"[a-z']+", line.lower())

def without(stop, ws):
    return (w for w in ws if w not in stop)

counts = Counter(without(STOP, words(lines(TEXT))))
print("distinct words:", len(counts), "total:", sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, n in top:
    print(f"{word:12} {n:2} {'#' * n}")
all_counts = Counter(words(lines(TEXT)))
print("most common raw:", all_counts.most_common(3))
print("hapax legomena:", sorted(w for w, n in counts.items() if n == 1)[:10])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print("longest words:", sorted(by_len[max(by_len)]))
pairs = Counter(zip(*(lambda ws: (ws, ws[1:]))(list(words(lines(TEXT))))))
print("top bigrams:", sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = Counter(c for w in words(lines(TEXT)) for c in w)
print("top letters:", sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
a, b = Counter("abracadabra"), Counter("alakazam")
print("counter math:", sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()))
