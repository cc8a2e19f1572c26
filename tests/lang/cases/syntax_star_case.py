# PEP 448 displays and star targets (dict order is printed sorted: dict ordering is
# another area's).
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(sorted({**a, **b}.items()))
print(sorted({'z': 0, **a, 'w': 3, **b, 'x': 9}.items()))
print(sorted({**{}}.items()), {**{}} == {})
l, t = [1, 2], (3, 4)
print([*l, *t], (*l, *t), sorted({*l, *t, 5}))
print([0, *l, 9, *t, *range(2)], (*'ab', 'c'), [*()])
x = *l, *t
print(x)
print(*l, *t, sep='-')
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(**a, **{'q': 1}))
print(f(*l, 5, *t, k=1, **b))
# evaluation order: keys before values, left to right
log = []
def k(v):
    log.append(v)
    return v
d = {k('k1'): k('v1'), **{k('k2'): k('v2')}, k('k3'): k('v3')}
print(log, sorted(d.items()))
log.clear()
print({k(1): k(2) for _ in range(1)}, log)
# star targets
x, *y = range(5); print(x, y)
*x, y = 'abc'; print(x, y)
for p, *q in [(1, 2, 3), (4, 5)]:
    print(p, q)
(c, *d), e = (1, 2, 3), 4; print(c, d, e)
[g, *h] = 'abc'; print(g, h)
*i, = [1, 2]; print(i)
a1, (b1, *c1), *d1 = 1, [2, 3, 4], 5, 6; print(a1, b1, c1, d1)
print([(m, n) for m, *n in ['ab', 'cde']])
# errors
for src in ['[*1]', '{*None}', '{**1}', '{**[(1, 2)]}', '(*1,)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, 'TypeError', e)
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, key):
        return key * 2
print(sorted({**M()}.items()))
for src in ['{**a for a in b}', '{*a for a in b}', '{1: 2, 3}', '{1, 2: 3}', 'a, *b, *c = d', '*a = b']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.args[0])
