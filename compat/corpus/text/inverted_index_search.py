# Build an inverted index over short documents and answer AND/OR/phrase queries
from collections import defaultdict

DOCS = {
    1: "Python is a programming language that lets you work quickly",
    2: "The quick brown fox jumps over the lazy dog",
    3: "Programming in Python is fun and Python is quick to learn",
    4: "A lazy afternoon with a good book about programming",
    5: "Fox News? No, the fox in the story is quick and brown.",
}


def tokens(text: str) -> list[str]:
    return ["".join(c for c in w if c.isalnum()).lower() for w in text.split() if any(c.isalnum() for c in w)]


index: defaultdict[str, dict[int, list[int]]] = defaultdict(dict)
for doc_id, text in DOCS.items():
    for pos, tok in enumerate(tokens(text)):
        index[tok].setdefault(doc_id, []).append(pos)


def search_and(*terms: str) -> list[int]:
    sets = [set(index.get(t.lower(), {})) for t in terms]
    return sorted(set.intersection(*sets)) if sets else []


def search_or(*terms: str) -> list[int]:
    return sorted(set().union(*(index.get(t.lower(), {}) for t in terms)))


def search_phrase(phrase: str) -> list[int]:
    words = tokens(phrase)
    hits = []
    for doc in search_and(*words):
        starts = index[words[0]][doc]
        if any(all(s + i in index[w][doc] for i, w in enumerate(words)) for s in starts):
            hits.append(doc)
    return hits


print("vocabulary size:", len(index))
print("postings 'python':", index["python"])
print("postings 'quick' :", dict(sorted(index["quick"].items())))
print("AND python quick :", search_and("python", "quick"))
print("AND lazy fox     :", search_and("lazy", "fox"))
print("OR  book dog     :", search_or("book", "dog"))
print("phrase 'quick brown':", search_phrase("quick brown"))
print("phrase 'is quick'   :", search_phrase("is quick"))
print("missing term     :", search_and("python", "rust"), search_or("rust"))
top = sorted(index, key=lambda t: (-sum(len(p) for p in index[t].values()), t))[:5]
print("most frequent terms:", top)
