import pickle
import copyreg
import io
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
import enum
import datetime
import decimal
import fractions


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithState:
    def __init__(self, name):
        self.name = name
        self.cache = {"big": 1}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


class NewArgs(int):
    def __new__(cls, value, label):
        self = super().__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


# dataclasses: tests/stdlib/cases/pickle_dataclasses_case.py


Pair = namedtuple("Pair", "left right")


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        def __eq__(self, other):
            return type(other) is type(self)


objs = [Point(1, 2), Pair(1, "r"), Color.GREEN,
        Perm.R | Perm.W, MyList([1, 2]), MyDict(a=1), OrderedDict(a=1, b=2), Counter("abca"),
        deque([1, 2], maxlen=5), Outer.Inner(), Reduced(1, "two"), NewArgs(5, "five"),
        datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=2),
        decimal.Decimal("1.10"), fractions.Fraction(3, 4), len, Point, Color, range(1, 10, 2), slice(1, 2),
        type(None), NotImplemented, Ellipsis]

for proto in range(6):
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
            back = pickle.loads(data)
        except Exception as e:
            print(proto, type(o).__name__, "error", type(e).__name__, e)
            continue
        if isinstance(o, (Reduced, NewArgs)):
            same = vars(back) == vars(o)
        elif isinstance(o, range):
            same = list(back) == list(o)
        else:
            same = back == o
        name = "NotImplementedType" if o is NotImplemented else "ellipsis" if o is Ellipsis else type(o).__name__
        print(proto, name, same, data if len(data) < 150 else len(data))

s = pickle.loads(pickle.dumps(Slotted(1, [2])))
print(s.a, s.b, pickle.dumps(Slotted(1, 2), 2))
w = pickle.loads(pickle.dumps(WithState("x")))
print(w.name, w.cache)
n = pickle.loads(pickle.dumps(NewArgs(5, "five"), 2))
print(n, n.label, type(n).__name__)
dd = defaultdict(list, a=[1])
back = pickle.loads(pickle.dumps(dd))
print(dict(back), back.default_factory, type(back).__name__)


# copyreg
class Temp:
    def __init__(self, c):
        self.c = c


def reduce_temp(t):
    return (Temp, (t.c * 10,))


copyreg.pickle(Temp, reduce_temp)
print(pickle.loads(pickle.dumps(Temp(2))).c)
try:
    copyreg.pickle(Temp, 5)
except TypeError as e:
    print("TypeError", e)

# Pickler / Unpickler objects, dump/load on files, persistent ids
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2])
p.dump({"x": Point(0, 0)})
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print("EOFError", e)


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return "Point:%d:%d" % (obj.x, obj.y)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        tag, x, y = pid.split(":")
        return Point(int(x) * 100, int(y) * 100)


for proto in (0, 2, 5):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump([Point(1, 2), 3])
    print(proto, buf.getvalue())
    buf.seek(0)
    print(DBUnpickler(buf).load())


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (obj.y, obj.x))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump(Point(1, 2))
print(pickle.loads(buf.getvalue()))
buf = io.BytesIO()
pk = pickle.Pickler(buf, 3)
pk.dispatch_table = {Point: lambda p: (Point, (0, 0))}
pk.dump(Point(5, 5))
print(pickle.loads(buf.getvalue()))

# errors
bad = [lambda x: x, (lambda: None), open, (i for i in range(2)), Outer.Inner.__eq__]
for o in bad:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(o, proto)
            print("pickled", proto)
        except (pickle.PicklingError, TypeError, AttributeError) as e:
            msg = str(e)
            if " at 0x" in msg:
                msg = msg[:msg.index(" at 0x")]
            print(proto, type(e).__name__, msg)


def local():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(local())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)

for data in [b"", b"\x80", b"\x80\x05", b"\x80\x06N.", b"N", b"(", b"K", b"\x80\x04\x95\x00\x00", b"garbage",
             b"I12x\n.", b"S'abc\n.", b"\x80\x02}q\x00.x", b"cnosuchmodule\nthing\n.", b"cbuiltins\nnosuch\n.",
             b"\x80\x02X\x02\x00\x00\x00\xff\xfe.", b"\x80\x02h\x05.", b"t.", b"0.", b"\x80\x02K\x01K\x02s."]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(data[:12], type(e).__name__, str(e).split(" on <")[0])

try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print("ValueError", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
print(pickle.loads(pickle.dumps(1, protocol=-1)), pickle.dumps(None, -1))
try:
    pickle.Pickler(None)
except TypeError as e:
    print("TypeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03.", encoding="latin1"))
print(pickle.loads(b"U\x03abcq\x00.", encoding="bytes"), pickle.loads(b"U\x03abcq\x00."))
r = [1]
r.append(r)
back = pickle.loads(pickle.dumps((r, r), 0))
print(back[0] is back[1], back[0][1] is back[0])
t = ([],)
t[0].append(t)
back = pickle.loads(pickle.dumps(t, 2))
print(back[0][0] is back)
big = pickle.dumps(list(range(100)), 4)
for cut in (5, 11, 40, len(big) - 1):
    try:
        pickle.loads(big[:cut])
    except Exception as e:
        print(cut, type(e).__name__, e)
