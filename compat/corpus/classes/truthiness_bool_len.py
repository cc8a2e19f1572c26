# How __bool__ and __len__ drive truthiness in conditions, filters, and/or expressions
class Basket:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        print(f"  __len__ called on {self!r}")
        return len(self.items)

    def __repr__(self):
        return f"Basket{tuple(self.items)}"


class Result:
    def __init__(self, ok, detail=""):
        self.ok = ok
        self.detail = detail

    def __bool__(self):
        return self.ok

    def __len__(self):
        raise AssertionError("__bool__ takes precedence, __len__ never used")

    def __repr__(self):
        return f"Result({'ok' if self.ok else 'fail'}{', ' + self.detail if self.detail else ''})"


class Plain:
    pass


if Basket():
    print("empty basket is truthy?!")
else:
    print("empty basket is falsy")

baskets = [Basket("apple"), Basket(), Basket("pear", "fig")]
non_empty = [b for b in baskets if b]
print("non-empty:", non_empty)

results = [Result(True), Result(False, "timeout"), Result(True, "cached")]
print("passed:", sum(1 for r in results if r), "any failed:", not all(results))
print("first failure:", next((r for r in results if not r), None))
print(Result(False) or "fallback", Result(True) and "both true")
print(bool(Plain()), bool(Basket("x")))


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)


class WrongBool:
    def __bool__(self):
        return 1


try:
    if WrongBool():
        pass
except TypeError as e:
    print("TypeError:", e)
