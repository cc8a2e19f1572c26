# functools utilities: lru_cache statistics, cache, partial, reduce, wraps, total_ordering, cached_property
import functools
import operator

@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(15)], fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)

@functools.cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print("ways to make 20:", ways(20))

int_from_bin = functools.partial(int, base=2)
print(int_from_bin("1011"), int_from_bin.func.__name__, int_from_bin.keywords)
pow_of_2 = functools.partial(pow, 2)
print([pow_of_2(i) for i in range(6)])
print(functools.reduce(operator.mul, range(1, 7)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))

def logged(func):
    @functools.wraps(func)
    def wrapper(*a, **kw):
        result = func(*a, **kw)
        print(f"  {func.__name__}{a} -> {result}")
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") <= Version("1.9"))

class Dataset:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def stats(self):
        print("  computing stats...")
        return min(self.values), max(self.values), sum(self.values)

d = Dataset([4, 8, 15, 16, 23, 42])
print(d.stats, d.stats)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
