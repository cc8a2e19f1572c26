# Modules: sys.modules['__main__'], __dict__, __name__, __spec__, setting and deleting
# attributes, AttributeError messages, types.ModuleType, module-level __getattr__ (PEP 562).
import sys
import math
import types
m = sys.modules[__name__]
print(__name__, m.__name__, type(m).__name__, m.__dict__ is globals(), m is sys.modules["__main__"])
print(math.__name__, "pi" in math.__dict__, math.__dict__["pi"] == math.pi, math.__spec__.name, sys.__spec__.origin)
m.newattr = 5
print(newattr)
del m.newattr
print("newattr" in globals())
for fn in [lambda: m.nothing, lambda: math.nothing]:
    try:
        fn()
    except AttributeError as e:
        print("AttributeError", e)
try:
    del m.nothing
except AttributeError as e:
    print("AttributeError", e)
t = types.ModuleType("fresh")
print(t.__name__, t.__doc__, repr(t), t.__spec__)
t.v = 1
print(t.v, sorted(k for k in t.__dict__))
t2 = types.ModuleType("fresh2", "with doc")
print(t2.__doc__, m.__spec__)
sys.modules["fresh"] = t
import fresh
print(fresh is t, fresh.v)
def __getattr__(name):
    return "dyn:" + name
print(m.whatever)
