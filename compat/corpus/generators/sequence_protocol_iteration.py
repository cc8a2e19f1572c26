# Iteration via the legacy sequence protocol (__getitem__/__len__), membership, reversed and slicing
class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self._songs[index])
        return self._songs[index]

    def __repr__(self):
        return f"Playlist({', '.join(map(repr, self._songs))})"

class Squares:
    """Infinite sequence: iteration stops only because we break."""
    def __getitem__(self, i):
        if i >= 1000:
            raise IndexError(i)
        return i * i

class Weird:
    def __init__(self):
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i == 4:
            raise IndexError
        return chr(ord("a") + i)

p = Playlist("intro", "verse", "chorus", "bridge", "outro")
print("iterate:", [s for s in p])
print("len:", len(p), "contains:", "chorus" in p, "missing" in p)
print("reversed:", list(reversed(p)))
print("slice:", p[1:4], "step:", p[::2])
print("enumerate:", list(enumerate(p, 1))[:2])
print("sorted:", sorted(p), "max:", max(p, key=len))
it = iter(p)
print("iterator type name:", type(it).__name__, next(it), next(it))

sq = Squares()
first = []
for v in sq:
    if v > 50:
        break
    first.append(v)
print("squares until > 50:", first)
print("49 in squares:", 49 in sq, "count of all:", sum(1 for _ in sq))

w = Weird()
print("weird:", list(w), "indices requested:", w.calls)
print("unpacking:", *Weird())
a, *middle, z = Playlist("x", "y", "z", "w")
print("star unpack:", a, middle, z)
try:
    reversed(Squares())
except TypeError as e:
    print("TypeError:", e)
