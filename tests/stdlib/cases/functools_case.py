import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, [], 7))
p = functools.partial(sorted, key=abs)
print(p([-3, 1, -2]), functools.partial(p, reverse=True)([-3, 1, -2]))


@functools.lru_cache(maxsize=2)
def double(x):
    return x * 2


print([double(x) for x in (1, 1, 2, 3, 1)], double.cache_info())
double.cache_clear()
print(double.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits)


@functools.total_ordering
class Version:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args) + 1

    return wrapper


@deco
def three():
    return 3


print(three())


class C:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42


c = C()
print(c.value, c.value)
