# Subclasses of the built-in containers: __init__ with the built-in part already there,
# the base's __init__ refilling it, str() through __repr__, methods taken from the class.
class D(dict):
    def __init__(self, *a, **k):
        self['pre'] = 0
        dict.__init__(self, *a, **k)
print(D({'a': 1}, b=2), D(), D([('x', 1)]))


class D2(dict):
    def __init__(self, *a, **k):
        self['pre'] = 0
        super().__init__(*a, **k)
        super().__init__(pre=5)
print(D2({'a': 1}, b=2))


class D3(dict):
    def __init__(self, x):
        self.x = x
d3 = D3(5)
print(d3, d3.x, len(d3))


class D4(dict):
    pass
print(D4(a=1), D4([(1, 2)]), D4({'k': 'v'}, k2=3), D4())


class L(list):
    def __init__(self, it):
        self.extend(it)
        self.append(0)
print(L([1, 2]), L(()), L('ab'))


class L2(list):
    def __init__(self, it):
        self.append('gone')
        super().__init__(it)
        self.append(0)
print(L2([1, 2]))


class L3(list):
    __slots__ = 'hv'

    def __init__(self, tup):
        self[:] = tup
        self.hv = hash(tup)
l3 = L3((1, 2))
print(l3, l3.hv == hash((1, 2)), len(l3))


class L4(list):
    pass
print(L4(range(3)), L4(), list.__new__(L4, [9, 9]))


class S(set):
    def __init__(self, it):
        self.add(99)
        super().__init__(it)
print(sorted(S([1, 2])), S([1]), S(()))


class B(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self.append(1)
print(B(2), B(b'xy'))


class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __init__(self, a, b):
        print('init', self)
print(T(1, 2))


# str() goes through the class's __repr__ when the built-in base has no __str__
class R(dict):
    def __repr__(self):
        return 'R!'


class RT(tuple):
    def __repr__(self):
        return 'RT!'


class RL(list):
    def __repr__(self):
        return 'RL!'


class RS(str):
    def __repr__(self):
        return 'RS!'


class RI(int):
    def __repr__(self):
        return 'RI!'


class RE(ValueError):
    def __repr__(self):
        return 'RE!'
print(R(), str(R()), repr(R()), [R()], '%s' % R(), f'{R()}', '{}'.format(R()))
print(RT(), str(RT()), RL(), str(RL([1])))
print(RS('s'), str(RS('s')), repr(RS('s')), RI(3), str(RI(3)), RE('e'), str(RE('e')), repr(RE('e')))

# methods taken from the built-in class work on an instance of a subclass
d = D4(a=1)
print(dict.keys(d), dict.get(d, 'a'), dict.items(d))
l = L4()
list.append(l, 1)
list.extend(l, [2, 3])
print(l, list.index(l, 3), list.__init__, dict.__init__)
dict.__init__(d, b=2)
print(d)
list.__init__(l, 'xy')
print(l)
try:
    dict.keys(l)
except TypeError as e:
    print('TypeError')  # (the message differs: the method's name is not known)
try:
    dict.__init__(l)
except TypeError as e:
    print('TypeError', e)
try:
    list.__init__()
except TypeError as e:
    print('TypeError', e)

# %-formatting with a tuple subclass takes its items
class P(tuple):
    pass
print('%s-%s' % P((1, 2)), '%r' % (P((1,)),))
try:
    print('%s' % P((1, 2)))
except TypeError as e:
    print('TypeError', e)
