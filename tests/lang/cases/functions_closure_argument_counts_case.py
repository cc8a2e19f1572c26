# Argument errors of closures count only their own parameters (not the cells they close
# over), as CPython's; dataclass __init__ (made inside a function) too.
from dataclasses import dataclass, KW_ONLY


def outer():
    a, b, c = 1, 2, 3

    def f(x, y):
        return a + b + c + x + y

    def g(x, y=1, *, z):
        return a + x + y + z

    def h():
        return a

    return f, g, h


f, g, h = outer()
for call in (lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1), lambda: g(1, 2, 3, z=1),
             lambda: g(1), lambda: h(1), lambda: g(1, z=2), lambda: f(1, y=2, x=3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


@dataclass(slots=True)
class Request:
    method: str
    url: str
    _: KW_ONLY
    timeout: float = 10.0


@dataclass(kw_only=True)
class Policy:
    attempts: int = 3


for call in (lambda: Request("GET", "u", 30), lambda: Policy(2), lambda: Request("GET"),
             lambda: Request("GET", "u", timeout=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
