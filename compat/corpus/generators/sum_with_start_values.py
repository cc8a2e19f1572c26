# sum() with start values: lists, tuples, Fractions, Decimals, timedeltas, Counters and float accuracy
from fractions import Fraction
from decimal import Decimal
from datetime import timedelta
from collections import Counter
import math

nested = [[1, 2], [3], [], [4, 5, 6]]
print("flatten via sum:", sum(nested, []))
print("tuples:", sum(((1, 2), (3,)), ()))
print("with int start:", sum(range(10), 100), sum([], 42))
print("fractions:", sum(Fraction(1, n) for n in range(1, 11)))
print("fraction start:", sum([Fraction(1, 3)] * 3, Fraction(0)))
print("decimals:", sum([Decimal("0.1")] * 10, Decimal("0")), "vs floats:", sum([0.1] * 10))
print("math.fsum:", math.fsum([0.1] * 10), "fsum big/small:", math.fsum([1e16, 1.0, -1e16]), sum([1e16, 1.0, -1e16]))
durations = [timedelta(minutes=m) for m in (25, 50, 15, 90)]
print("timedelta total:", sum(durations, timedelta()))
try:
    sum(durations)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
word_counts = [Counter("hello"), Counter("world"), Counter("lol")]
print("counter sum:", sorted(sum(word_counts, Counter()).items()))
print("bools:", sum([True, False, True, True]), "complex:", sum([1 + 2j, 3 - 1j], 0j))
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.19}
cart = [("apple", 6), ("bread", 1), ("milk", 2)]
print("cart total:", round(sum(prices[item] * qty for item, qty in cart), 2))
print("weighted avg:", sum(w * x for w, x in zip([1, 2, 3], [10, 20, 30])) / sum([1, 2, 3]))
print("sum of squares gen:", sum(x * x for x in range(1, 101)), "sum big ints:", sum(2**k for k in range(100)))
