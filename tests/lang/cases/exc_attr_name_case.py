# AttributeError's message, .name and .obj; NameError's .name (CPython 3.10+).
import math


class C:
    pass


c = C()
for o in (c, C, 1, None, math, [], "s"):
    try:
        o.zz
    except AttributeError as e:
        print(repr(e.name), e.obj is o, e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print(repr(e.name), e.obj is c, e)
print(getattr(c, "nope", "default"), hasattr(c, "nope"), hasattr(math, "pi"))
try:
    math.nosuch()
except AttributeError as e:
    print(e)
for args in ((1, 1), (1, None), (c, b"x")):
    try:
        getattr(*args)
    except TypeError as e:
        print("getattr:", e)
for f in (lambda: setattr(c, 1, 2), lambda: hasattr(c, 1), lambda: delattr(c, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__, repr(e.name), e)
try:
    del undefined_global_abc
except NameError as e:
    print(type(e).__name__, repr(e.name), e)
e = AttributeError("m", name="n", obj=3)
print(e, e.name, e.obj)
print(repr(AttributeError("x").name), repr(NameError("x").name))
