# Decorators with arguments: retry, validate types, and tag; checks that wraps keeps __name__/__doc__
import functools

def retry(times=3, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, **kwargs)
                    print(f"  {func.__name__} succeeded on attempt {attempt}")
                    return result
                except exceptions as e:
                    print(f"  {func.__name__} attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return decorator

def validate(**types):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            names = func.__code__.co_varnames[:func.__code__.co_argcount]
            bound = dict(zip(names, args), **kwargs)
            for name, expected in types.items():
                if name in bound and not isinstance(bound[name], expected):
                    raise TypeError(f"{name} must be {expected.__name__}, got {type(bound[name]).__name__}")
            return func(*args, **kwargs)
        return wrapper
    return decorator

def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner

state = {"n": 0}

@retry(times=4, exceptions=(ConnectionError,))
def flaky_fetch(url):
    """Fetch a URL that fails twice."""
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"timeout #{state['n']}")
    return f"200 OK from {url}"

@validate(qty=int, price=float)
def order_total(qty, price, discount=0.0):
    """Compute an order total."""
    return round(qty * price * (1 - discount), 2)

@no_wraps
def plain(x):
    """Plain docstring."""
    return x

print(flaky_fetch("https://example.test/data"))
print("name:", flaky_fetch.__name__, "| doc:", flaky_fetch.__doc__, "| attempts:", flaky_fetch.attempts)
print("wrapped original:", flaky_fetch.__wrapped__.__name__)
print(order_total(3, 9.99), order_total(2, price=5.0, discount=0.1))
print("validated name/doc:", order_total.__name__, "/", order_total.__doc__)
for args in [(2.5, 1.0), (2, 3)]:
    try:
        order_total(*args)
    except TypeError as e:
        print("TypeError:", e)
print("without wraps:", plain.__name__, plain.__doc__, plain.__qualname__)

@retry(times=2)
def always_fails():
    raise ValueError("nope")

try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
