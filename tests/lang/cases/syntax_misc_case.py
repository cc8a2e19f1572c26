# Assorted syntax checked against CPython 3.11
print(1_000_000, 0o17, 0b101, 0x_ff, 1_0.5, 3j, 1e1_0, 2+3j, 0O7, 0B1, 0XaB, 1_2e-1_0)
print([y := 5, y ** 2], [z for x in range(4) if (z := x * 2) > 2], z)
def outer():
    [w := i for i in range(3)]
    return w
print(outer())
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 'a' in 'abc' not in 'x')
def deco(tag):
    def wrap(f):
        pass
        return f
    return wrap
decos = [deco(1), deco(2)]
@decos[0]
def k1(): return 'k1'
@(lambda f: f)
def k2(): return 'k2'
@decos[1] if True else None
def k3(): return 'k3'
print(k1(), k2(), k3())
lst = [1, 2, 3, 4]
del lst[0], lst[0]
print(lst)
a, *b = c = 1, 2, 3
print(a, b, c)
def gen():
    x = yield
    y = (yield x) + 1
    z = [(yield)]
    w = yield from iter([7])
    print(x, y, z, w)
g = gen(); next(g); g.send(1); g.send(2); g.send(3)
try:
    next(g)
except StopIteration:
    pass
print(*[1, 2], sep='-', end='!\n')
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1), f(1, 3, 5, d=6, x=7))
x = 10
def nl():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner() + inner()
print(nl(), x)
def gl():
    global gvar
    gvar = 'set'
gl(); print(gvar)
class CM:
    def __init__(s, n): s.n = n
    def __enter__(s): print('enter', s.n); return s.n
    def __exit__(s, *a): print('exit', s.n)
with (CM(1) as p, CM(2) as q):
    print(p, q)
with (CM(3)):
    pass
with (CM(4), CM(5) as r,):
    print(r)
with (CM(6)) as s:
    print(s)
print(not 1, -(-3), ~5, 2 ** -1, -2 ** 2, (-2) ** 2)
print(1 if 0 else 2 if 0 else 3, [i for i in range(3) if i if i > 1])
print(f"{'nested'!r:>10}", 'a' 'b' "c")
t = 1,
print(t, (), [1, 2, 3][1:])
i = j = 0
i += 1; j -= 1
print(i, j)
assert True, 'never'
try:
    assert 1 == 2, 'msg'
except AssertionError as e:
    print('AssertionError', e)
