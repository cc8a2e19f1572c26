# Data vs non-data descriptor precedence relative to the instance __dict__
class NonData:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return f"nondata:{self.value}"


class Data:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"data:{obj.__dict__.get('_data', self.value)}"

    def __set__(self, obj, value):
        obj.__dict__["_data"] = value


class lazy:
    """Non-data descriptor that caches the computed value in the instance dict."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Widget:
    plain = NonData("class")
    guarded = Data("default")

    def __init__(self, n):
        self.n = n

    @lazy
    def squares(self):
        return [i * i for i in range(self.n)]


w = Widget(5)
print(w.plain, w.guarded)
w.__dict__["plain"] = "instance wins"
w.__dict__["guarded"] = "ignored"
print(w.plain, "|", w.guarded)
w.guarded = "set via __set__"
print(w.guarded, sorted(w.__dict__))
print(w.squares)
print(w.squares)
del w.squares
print(w.squares[-1])
print(type(Widget.guarded).__name__, Widget.plain, type(Widget.__dict__["squares"]).__name__)
print(Widget.squares.name)
