# object.__getstate__ (new in CPython 3.11): the instance's __dict__ (None when empty) with
# its __slots__' values, which copy and pickle use (patch 0225); datetime's timezones copy.
import copy
import datetime
import pickle


class A:
    pass


a = A()
print(a.__getstate__(), object().__getstate__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)


class S:
    __slots__ = ("p", "q", "r")


s = S()
print(s.__getstate__())
s.p = 1
s.r = 3
print(s.__getstate__())


class T(S):
    pass


t = T()
print(t.__getstate__())
t.z = 3
t.q = 2
print(t.__getstate__())
t2 = copy.copy(t)
print(t2.q, t2.z, hasattr(t2, "p"), copy.deepcopy(t).__getstate__())


class Custom:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}


print(copy.copy(Custom()).v, pickle.loads(pickle.dumps(Custom())).v, object.__getstate__(Custom()))
print(A.__getstate__ is object.__getstate__, Custom.__getstate__ is object.__getstate__)
for proto in (0, 1):
    try:
        pickle.dumps(S(), proto)
    except TypeError as e:
        print("TypeError:", e)
cet = datetime.timezone(datetime.timedelta(hours=1), "CET")
for tz in (datetime.timezone.utc, cet, datetime.timezone(datetime.timedelta(minutes=-90))):
    c, d = copy.copy(tz), copy.deepcopy(tz)
    print(repr(c), repr(d), c == tz, d.tzname(None), pickle.loads(pickle.dumps(tz)) == tz)
dt = datetime.datetime(2024, 2, 9, 16, 0, tzinfo=cet)
print(copy.deepcopy(dt), copy.deepcopy({"when": dt, "d": datetime.date(2024, 1, 2)}))
print(pickle.loads(pickle.dumps(dt)), copy.deepcopy(datetime.timedelta(hours=5)))
