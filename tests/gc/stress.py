# Randomized allocation stress: dicts, lists, closures, big ints, exceptions, generators,
# with gc.collect() between steps. Deterministic (own LCG), so CPython computes the
# same output independently: the test compares the two.
try:
    import gc
except ImportError:
    gc = None

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def make_closure(k):
    captured = [k, str(k)]

    def f(x):
        return captured[0] * x + len(captured[1])

    return f


def gen(n):
    for i in range(n):
        yield i * i


class Boom(Exception):
    pass


def risky(n):
    if n % 3 == 0:
        raise Boom("n=%d" % n)
    return n


live = {}
checksum = 0
for step in range(3000):
    op = rnd(7)
    key = rnd(200)
    if op == 0:
        live[key] = {"k%d" % i: [i, str(i) * 3] for i in range(rnd(30))}
    elif op == 1:
        live[key] = [make_closure(i) for i in range(rnd(20))]
    elif op == 2:
        live[key] = 7 ** (50 + rnd(300)) + rnd(1000)
    elif op == 3:
        try:
            live[key] = risky(rnd(100))
        except Boom as e:
            live[key] = str(e)
    elif op == 4:
        live[key] = list(gen(rnd(50)))
    elif op == 5:
        live.pop(key, None)
    else:
        live[key] = tuple(str(i) for i in range(rnd(40)))
    if step % 100 == 0 and gc:
        gc.collect()
    # Fold a digest of a few live entries into the checksum.
    v = live.get(rnd(200))
    if isinstance(v, dict):
        checksum += sum(len(x[1]) for x in v.values())
    elif isinstance(v, list) and v and callable(v[0]):
        checksum += sum(f(3) for f in v)
    elif isinstance(v, int):
        checksum += v % 1000003
    elif isinstance(v, str):
        checksum += len(v)
    elif isinstance(v, list):
        checksum += sum(v)
    elif isinstance(v, tuple):
        checksum += len("".join(v))
    checksum %= 2 ** 61 - 1

total = 0
for k in sorted(live):
    v = live[k]
    total += len(repr(v)) if not (isinstance(v, list) and v and callable(v[0])) else len(v)
print(len(live), checksum, total)
