# Word frequencies of a generated corpus: tokenising, normalising, counting, bigrams.
import sys
from collections import Counter

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

VOCAB = ("the of and to in is was he for it with as his on be at by had are but from or "
         "have an they which one you were all her she there would their we him been has when "
         "who will no more if out so said what up its about than into them can only other "
         "time new some could these two may first then do any like my now over such our man "
         "me even most made after also did many before must through back years where much "
         "your way well down should because each just those people how too little state good "
         "very make world still see own men work long here get both between life being under "
         "never day same another know while last might us great old year off come since go "
         "against came right used take three").split()
PUNCT = [",", ".", ";", "!", "?", ""]


def corpus(n):
    s = 2024
    sentences = []
    for _ in range(n):
        s = (s * 48271) % 2147483647
        words = []
        for k in range(5 + s % 12):
            s = (s * 48271) % 2147483647
            w = VOCAB[(s >> 3) % len(VOCAB) if k % 3 else (s >> 5) % 20]
            if k == 0:
                w = w.capitalize()
            words.append(w + (PUNCT[(s >> 9) % 6] if k % 4 == 3 else ""))
        sentences.append(" ".join(words) + PUNCT[s % 3])
    return "\n".join(sentences)


text = corpus(N)
table = str.maketrans({c: " " for c in ",.;!?"})
tokens = text.translate(table).lower().split()
counts = Counter(tokens)
bigrams = Counter(zip(tokens, tokens[1:]))
lengths = {}
for w in tokens:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
initials = {}
for w, c in counts.items():
    initials.setdefault(w[0], []).append((c, w))

print("tokens", len(tokens), "distinct", len(counts))
print("top", counts.most_common(5))
print("bigrams", sorted(bigrams.most_common(3)))
print("lengths", sorted(lengths.items()))
print("by initial", [(k, max(v)[1]) for k, v in sorted(initials.items())][:8])
hapax = sorted(w for w, c in counts.items() if c == min(counts.values()))
print("rarest", hapax[:5])
print("lines with 'world'", sum(1 for line in text.splitlines() if "world" in line.lower()))
