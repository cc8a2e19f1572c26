# PEP 570 positional-only parameters
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1, 2, 3, b=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2), g(1, b=3))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=7), h(1, 2, 3))
lam = lambda x, /, y: (x, y)
print(lam(1, 2), lam(1, y=3))
try:
    lam(x=1, y=2)
except TypeError as e:
    print('TypeError', e)
class C:
    def m(self, x, /):
        return x
print(C().m(5))
def k(a, /):
    def inner(b, /, c):
        return a + b + c
    return inner
print(k(1)(2, c=3))
for src in ['def f(/, a): pass', 'def f(a, /, b, /): pass', 'def f(*, a, /): pass', 'def f(a, *b, /): pass',
            'lambda /: 0', 'def f(**k, /): pass']:
    try:
        compile(src, 'f', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, 'SyntaxError')
