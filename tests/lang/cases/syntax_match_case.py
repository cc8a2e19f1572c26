# The match statement (PEP 634); `match` and `case` stay usable as names.
import collections
match = 1
case = 2
print(match, case)
match = [match, case]
print(match)
def match_fn(x):
    return x
print(match_fn(3))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Color:
    RED = 'red'
    GREEN = 'green'
P3 = collections.namedtuple('P3', 'a b c')

def describe(v):
    match v:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 1 | 2:
            return 'small %r' % (v,)
        case -1 | -2.5 | 1+2j | 3-1j:
            return 'literal %r' % (v,)
        case 'a' | b'b':
            return 'str-or-bytes %r' % (v,)
        case Color.RED:
            return 'red'
        case [] | ():
            return 'empty seq'
        case [x]:
            return 'one %r' % (x,)
        case [1, *rest] if len(rest) > 2:
            return 'long from 1: %r' % (rest,)
        case [x, y, *_] if x == y:
            return 'pair-start %r' % (x,)
        case (a, *mid, z):
            return 'ends %r %r %r' % (a, mid, z)
        case {'type': 'circle', 'r': r}:
            return 'circle %r' % (r,)
        case {'type': t, **rest}:
            return 'typed %r %r' % (t, sorted(rest.items()))
        case {}:
            return 'other mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y %r' % (y,)
        case Point(x, y) if x == y:
            return 'diagonal %r' % (x,)
        case Point(x=px) as pt:
            return 'point %r %r' % (px, pt.y)
        case int(n) | float(n) if n > 100:
            return 'big %r' % (n,)
        case str() as s:
            return 'string %r' % (s,)
        case int(n):
            return 'int %r' % (n,)
        case _:
            return 'other %r' % (type(v).__name__,)

for v in [None, True, False, 0, 2, -1, -2.5, 1+2j, 3-1j, 'a', b'b', 'red', 'green', [], (), [7], (8,),
          [1, 2, 3, 4], [1, 2], [5, 5, 6], (1, 2, 3, 4), 'xyz', b'xyz', bytearray(b'ab'),
          {'type': 'circle', 'r': 2}, {'type': 'sq', 'side': 3, 'c': 1}, {'x': 1}, {},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 500, 500.5, 7, 3.5, range(2),
          P3(1, 2, 3), collections.OrderedDict(type='od'), set(), {1, 2}]:
    shown = type(v).__name__ if isinstance(v, (Point, dict, set)) else repr(v)
    print(shown, '->', describe(v))

# group, nested, as at several levels
def nested(v):
    match v:
        case [(1 | 2) as first, [a, b] as inner, {'k': (3 | 4) as kv}]:
            return first, inner, a, b, kv
        case ((x, y), z):
            return 'tuple of tuple', x, y, z
        case [*_, 9]:
            return 'ends with 9'
    return 'no match'
print(nested([1, [2, 3], {'k': 4}]), nested([2, (5, 6), {'k': 3, 'z': 0}]), nested(((1, 2), 3)))
print(nested([1, 2, 9]), nested('ab'), nested([1, [2, 3], {'k': 5}]))

# open sequence pattern, subject tuple, guard with walrus
match 1, 2:
    case a, b if (s := a + b) > 2:
        print('sum', s)
match [1, 2, 3]:
    case first, *others:
        print(first, others)

# bindings of a failed case may remain, as PEP 634 allows; a successful one binds
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}:
        print(sorted(kw.items()))
match 5:
    case n if n > 10:
        print('big')
    case n:
        print('n is', n)

# mapping uses get() on non-dict mappings and ignores extra keys
class M(dict):
    def get(self, k, default=None):
        return 'via-get' if k == 'q' else dict.get(self, k, default)
match M(a=1):
    case {'q': v}:
        print('M', v)

# class pattern details
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ['x']
class MyInt(int):
    pass
for src, v in [('case Point(1, 2, 3): pass', Point(1, 2)), ('case int(1, 2): pass', 1),
               ('case Point(1, x=2): pass', Point(1, 2)), ('case NoArgs(1): pass', NoArgs()),
               ('case BadArgs(1): pass', BadArgs()), ('case Color(): pass', 5),
               ('case {"a": 1, "b": 2}: pass', {'a': 1}), ('case MyInt(7): print("myint")', MyInt(7)),
               ('case NoArgs(): print("instance")', NoArgs()), ('case float(x): print(x)', 1)]:
    try:
        exec('match v:\n ' + src, {'v': v, 'Point': Point, 'NoArgs': NoArgs, 'BadArgs': BadArgs,
                                  'Color': 5, 'MyInt': MyInt})
        print(src, 'ok')
    except TypeError as e:
        print(src, 'TypeError', e)

# evaluation: subject once, value patterns each time
log = []
def subj():
    log.append('subject')
    return 3
match subj():
    case 1: pass
    case 2: pass
    case 3: log.append('three')
print(log)

# nested match statements and case/match names inside
def nested_match(a, b):
    match a:
        case 1:
            match b:
                case 1:
                    return 'both'
                case _:
                    return 'a only'
        case _:
            case = 'case var'
            return case
print(nested_match(1, 1), nested_match(1, 0), nested_match(0, 0))

# syntax errors
for src in ['match x:\n case y: pass\n case 1: pass', 'match x:\n case _: pass\n case 1: pass',
            'match x:\n case y | 1: pass', 'match x:\n case f"a": pass', 'match x:\n case a + 1: pass',
            'match x:\n case P(a=1, a=2): pass', 'match x:\n case [*a, *b]: pass',
            'match x:\n case _ as _: pass', 'match x:\n case P(a=1, 2): pass', 'y = (a as b)']:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.args[0])
