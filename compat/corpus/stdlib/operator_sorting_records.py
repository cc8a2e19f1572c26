# Sort and transform records with operator.itemgetter, attrgetter, methodcaller and arithmetic functions
import operator
from collections import namedtuple
from functools import reduce

rows = [
    {"name": "ann", "dept": "eng", "age": 34, "salary": 120},
    {"name": "bob", "dept": "ops", "age": 28, "salary": 90},
    {"name": "cy", "dept": "eng", "age": 41, "salary": 135},
    {"name": "dee", "dept": "ops", "age": 28, "salary": 95},
]

by_dept_age = sorted(rows, key=operator.itemgetter("dept", "age"))
print([r["name"] for r in by_dept_age])
print(list(map(operator.itemgetter("name", "salary"), rows)))
get_first_two = operator.itemgetter(slice(0, 2))
print(get_first_two("abcdef"), get_first_two([9, 8, 7]))

Emp = namedtuple("Emp", "name manager")
Mgr = namedtuple("Mgr", "name level")
emps = [Emp("x", Mgr("boss", 2)), Emp("y", Mgr("chief", 1)), Emp("z", Mgr("boss", 2))]
print(sorted(emps, key=operator.attrgetter("manager.level", "name")))
print(list(map(operator.attrgetter("name", "manager.name"), emps)))

upper = operator.methodcaller("upper")
split_comma = operator.methodcaller("split", ",")
print(upper("hello"), split_comma("a,b,c"), operator.methodcaller("replace", "a", "o")("banana"))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [1, 2, 3, 4]))
print(list(map(operator.sub, [10, 20, 30], [1, 2, 3])), list(map(operator.neg, [1, -2])))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.and_(0b1100, 0b1010), operator.or_(0b1100, 0b1010), operator.xor(0b1100, 0b1010), operator.lshift(1, 4))
print(operator.contains([1, 2, 3], 2), operator.countOf([1, 2, 2, 3], 2), operator.indexOf("hello", "l"))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.is_(None, None), operator.not_(0), operator.truth([]))
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.getitem(d, "j"))
acc = [1]
acc = operator.iadd(acc, [2, 3])
print(acc, operator.concat("ab", "cd"), operator.index(7), operator.length_hint(iter(range(5))))
total_by_dept = {}
for r in rows:
    total_by_dept[r["dept"]] = total_by_dept.get(r["dept"], 0) + r["salary"]
print(max(total_by_dept.items(), key=operator.itemgetter(1)))
