import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(4), op.pos(-4), op.abs(-4.5), op.pow(2, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.inv(5), op.invert(5), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.concat([1], [2]), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem("abc", 1))
d = {}
op.setitem(d, "k", 1)
print(d)
op.delitem(d, "k")
print(d, op.iadd([1], [2]), op.imul(3, 4))
rows = [("b", 2, 10), ("a", 3, 5), ("c", 1, 7)]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 2)(rows[0]))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("child.name", "name")(p))
print(op.methodcaller("greet", "hi")(p), op.methodcaller("greet", "bye", punct=".")(p))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5) >= 0)
import operator
print(operator.call(max, 3, 9), operator.call(dict, a=1), operator.__add__(2, 3), operator.__and__(6, 3), operator.__not__(0), operator.__getitem__("ab", 1), operator.__inv__(5))
