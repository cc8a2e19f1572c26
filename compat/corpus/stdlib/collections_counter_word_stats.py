# Word statistics with Counter: most_common, arithmetic, update/subtract
from collections import Counter
import re

doc_a = """The quick brown fox jumps over the lazy dog. The dog sleeps.
A fox is quick; the dog is lazy."""
doc_b = """A lazy afternoon: the cat sleeps and the dog sleeps too.
No fox today, only the cat and the dog."""


def words(text):
    return re.findall(r"[a-z']+", text.lower())


ca = Counter(words(doc_a))
cb = Counter(words(doc_b))
print("A top 4:", ca.most_common(4))
print("B top 4:", cb.most_common(4))
print("sum top 3:", (ca + cb).most_common(3))
print("only-A surplus:", sorted((ca - cb).items()))
print("intersection:", sorted((ca & cb).items()))
print("union max:", sorted((ca | cb).items())[:6])
print("total words A:", ca.total(), "distinct:", len(ca))

letters = Counter("mississippi")
print(letters, letters["z"])
letters.subtract("sip")
print(sorted(letters.elements()))
letters.update({"m": 2, "q": 1})
print(letters.most_common())
neg = Counter(a=3, b=-2, c=0)
print(+neg, -neg)
print(Counter(a=2) == Counter(a=2, b=0))
inventory = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
print("missing to fulfil:", dict(order - inventory))
print("after shipping:", dict(inventory - order))
