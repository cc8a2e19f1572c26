# Sort a word-score dict by value descending then key ascending, several ways
from operator import itemgetter

scores = {"delta": 7, "alpha": 9, "echo": 7, "charlie": 3, "bravo": 9, "foxtrot": 1, "golf": 7}

way1 = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
way2 = sorted(sorted(scores.items()), key=itemgetter(1), reverse=True)
print("tuple key :", way1)
print("two passes:", way2)
print("same:", way1 == way2)

ranked = dict(way1)
print("ranked dict keys:", list(ranked))
for pos, (word, sc) in enumerate(ranked.items(), 1):
    print(f"{pos:>2}. {word:<8} {sc:>2} {'●' * sc}")

print("by key length then alpha:", sorted(scores, key=lambda w: (len(w), w)))
print("max by value (first wins on tie):", max(scores, key=scores.get))
print("min item:", min(scores.items(), key=itemgetter(1)))
inverted = {}
for word, sc in sorted(scores.items()):
    inverted.setdefault(sc, []).append(word)
print("grouped by score:", dict(sorted(inverted.items(), reverse=True)))
print("reversed insertion order:", list(reversed(scores))[:3])
