# weakref: MicroPython has no weak references, so every kind of weak reference raises
# NotImplementedError naming itself (a strong reference would answer differently from
# CPython once the referent dies); the module imports and what can be exact is.
# (cases/objmodel_weakref_case.exp holds the sandbox's output; CPython prints the
# working results instead.)
import weakref


class Node:
    def method(self):
        pass


n = Node()
print(weakref.getweakrefcount(n), weakref.getweakrefs(n))
print(weakref.ReferenceType is weakref.ref, issubclass(weakref.WeakMethod, weakref.ref))
print(isinstance(n, weakref.ref), isinstance(n, weakref.ProxyTypes))

for name, make in [
    ("ref", lambda: weakref.ref(n)),
    ("ref with a callback", lambda: weakref.ref(n, print)),
    ("proxy", lambda: weakref.proxy(n)),
    ("WeakMethod", lambda: weakref.WeakMethod(n.method)),
    ("WeakValueDictionary", lambda: weakref.WeakValueDictionary()),
    ("WeakKeyDictionary", lambda: weakref.WeakKeyDictionary({n: 1})),
    ("WeakSet", lambda: weakref.WeakSet()),
    ("finalize", lambda: weakref.finalize(n, print, "finalized")),
]:
    try:
        r = make()
        print(name, "works")
    except NotImplementedError as e:
        print(name, "NotImplementedError:", e)
