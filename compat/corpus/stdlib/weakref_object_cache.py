# Cache objects without keeping them alive using WeakValueDictionary, WeakSet and weakref.ref
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img


a = load("logo.png")
b = load("logo.png")
c = load("banner.png")
print(a is b, Image.loads, sorted(cache.keys()))
del a, b
gc.collect()
print("after dropping logo refs:", sorted(cache.keys()))
load("logo.png")
gc.collect()
print("temporary load not retained:", sorted(cache.keys()), "loads:", Image.loads)

r = weakref.ref(c)
print("ref alive:", r() is c, r().name)
del c
gc.collect()
print("ref dead:", r() is None)

events = []
obj = Image("temp")
fin = weakref.finalize(obj, events.append, "finalized temp")
print("finalizer alive:", fin.alive)
del obj
gc.collect()
print(events, fin.alive)

registry = weakref.WeakSet()
items = [Image(f"i{n}") for n in range(3)]
for it in items:
    registry.add(it)
del it
print("weakset size:", len(registry))
items.pop()
gc.collect()
print("after pop:", len(registry), sorted(i.name for i in registry))
wk = weakref.WeakKeyDictionary()
k = Image("key")
wk[k] = "metadata"
print(len(wk), wk[k])
del k
gc.collect()
print(len(wk))
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
