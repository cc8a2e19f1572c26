# Sorting records: key functions, itemgetter/attrgetter, multi-key stable sorts, bisect, heapq.
import bisect
import heapq
import sys
from operator import attrgetter, itemgetter

N = int(sys.argv[1]) if len(sys.argv) > 1 else 80000

FIRST = ["Ann", "bob", "Cleo", "dave", "Eve", "frank", "Gus", "hana", "Ivan", "judy"]
LAST = ["Smith", "jones", "Brown", "taylor", "Lee", "martin", "Wong", "garcia"]


class Employee:
    __slots__ = ("name", "dept", "salary", "age")

    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age


s = 1
rows = []
for i in range(N):
    s = (s * 69069 + 1) & 0xFFFFFFFF
    rows.append((FIRST[s % 10] + " " + LAST[(s >> 8) % 8], "D%02d" % ((s >> 12) % 12),
                 30000 + (s >> 16) % 90000, 20 + (s >> 3) % 45))

by_name = sorted(rows, key=lambda r: r[0].lower())
by_dept_salary = sorted(rows, key=itemgetter(1, 2))
desc = sorted(rows, key=lambda r: (-r[2], r[3], r[0]))
stable = sorted(sorted(rows, key=itemgetter(3)), key=itemgetter(1), reverse=True)
print("by name", by_name[0], by_name[-1])
print("by dept/salary", by_dept_salary[0], by_dept_salary[-1])
print("top paid", desc[:2])
print("stable", stable[0], stable[-1])

staff = [Employee(*r) for r in rows]
staff.sort(key=attrgetter("dept", "age"))
print("attrgetter", staff[0].name, staff[0].dept, staff[0].age, staff[-1].name, staff[-1].dept)
words = [r[0] for r in rows[:2000]]
words.sort(key=len)
print("len sort", words[:3], words[-1])
print("sorted str", sorted(set(words))[:3], max(words), min(words, key=str.swapcase))

salaries = sorted(r[2] for r in rows)
queries = [35000, 50000, 75000, 119999]
print("bisect", [bisect.bisect_left(salaries, q) for q in queries],
      [bisect.bisect_right(salaries, q) for q in queries])
window = []
for r in rows[:5000]:
    bisect.insort(window, r[2])
print("insort median", window[len(window) // 2])
print("nlargest", heapq.nlargest(3, rows, key=itemgetter(2)))
print("nsmallest", heapq.nsmallest(3, rows, key=lambda r: (r[3], r[0])))
print("reversed", sorted(range(20), key=lambda x: (x % 3, -x)))
