# Class-based decorator using __call__ to count calls and cache results per argument
import functools


class counted:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
        self.cache = {}

    def __call__(self, *args):
        self.calls += 1
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]

    def __repr__(self):
        return f"<counted {self.__name__}: {self.calls} calls, {len(self.cache)} cached>"


@counted
def fib(n):
    """Return the n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@counted
def slow_square(x):
    return x * x


print(fib(30))
print(fib)
print(fib.__name__, "-", fib.__doc__)
for x in [3, 4, 3, 3, 5]:
    slow_square(x)
print(slow_square, sorted(slow_square.cache.items()))
print(callable(fib), callable(fib.cache))
print(isinstance(fib, counted), type(fib).__name__)


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


double, triple = Multiplier(2), Multiplier(3)
print(list(map(double, [1, 2, 3])), [triple(s) for s in "ab"])
print(sorted([5, -7, 2], key=Multiplier(-1)))
