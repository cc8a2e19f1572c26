# Class-based and function-based decorators: call counting, memoizing with a dict, and stacking order
import functools

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def trace(label):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            print(f"  [{label}] enter {func.__name__}{args}")
            result = func(*args)
            print(f"  [{label}] exit {func.__name__} -> {result}")
            return result
        return wrapper
    return deco

@CountCalls
def fib_plain(n):
    """Naive fibonacci."""
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)

@CountCalls
@memoize
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)

print("fib_plain(20) =", fib_plain(20), "calls:", fib_plain.calls)
print("fib_memo(20) =", fib_memo(20), "calls:", fib_memo.calls)
print("name/doc kept:", fib_plain.__name__, "|", fib_plain.__doc__)
print("memo cache size:", len(fib_memo.__wrapped__.cache))

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b

print("stacked result:", add(2, 3))
print("unwrapped chain:", add.__wrapped__.__wrapped__ is not None, add.__name__)

def once(func):
    done = False
    result = None
    @functools.wraps(func)
    def wrapper(*a, **kw):
        nonlocal done, result
        if not done:
            result = func(*a, **kw)
            done = True
        return result
    return wrapper

@once
def init_config(path):
    print("  loading", path)
    return {"path": path, "loaded": True}

print(init_config("/etc/app.toml"))
print(init_config("/other.toml"))
