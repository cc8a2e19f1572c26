# Compute character and word n-grams and a simple Jaccard similarity between sentences
from collections import Counter


def char_ngrams(text: str, n: int) -> list[str]:
    padded = f" {text.lower()} "
    return [padded[i:i + n] for i in range(len(padded) - n + 1)]


def word_ngrams(text: str, n: int) -> list[tuple[str, ...]]:
    words = text.lower().split()
    return list(zip(*(words[i:] for i in range(n))))


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


text = "the cat sat on the mat and the cat ate the rat"
print("bigrams:", Counter(word_ngrams(text, 2)).most_common(3))
print("trigrams:", word_ngrams(text, 3)[:4])
tri = Counter(char_ngrams("banana bandana", 3))
print("char trigrams:", sorted(tri.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

sentences = [
    "the quick brown fox",
    "the quick brown dog",
    "a slow green turtle",
    "quick brown foxes",
]
base = set(char_ngrams(sentences[0], 3))
for s in sentences:
    grams = set(char_ngrams(s, 3))
    words = set(s.split())
    print(f"{s!r:<24} char-jaccard={jaccard(base, grams):.3f} word-jaccard={jaccard(set(sentences[0].split()), words):.3f}")

follow: dict[str, Counter] = {}
for a, b in word_ngrams(text, 2):
    follow.setdefault(a, Counter())[b] += 1
for word in sorted(follow):
    print(f"after {word!r}: {dict(sorted(follow[word].items()))}")
