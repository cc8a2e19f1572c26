# timedelta construction, normalization, arithmetic, str and repr
from datetime import timedelta

deltas = [
    timedelta(days=1, hours=2, minutes=3, seconds=4),
    timedelta(hours=36),
    timedelta(minutes=-5),
    timedelta(seconds=86399.999999),
    timedelta(weeks=2, days=-1),
    timedelta(milliseconds=1500),
    timedelta(microseconds=1),
    timedelta(days=-1, seconds=1),
    timedelta(0),
    timedelta(hours=1.5),
]
for d in deltas:
    print(f"{str(d):>24} | {d!r:<55} | total {d.total_seconds()}")

a = timedelta(hours=10, minutes=30)
b = timedelta(hours=2, minutes=45)
print("a + b =", a + b)
print("a - b =", a - b)
print("b - a =", b - a)
print("a * 3 =", a * 3, "| a * 0.5 =", a * 0.5)
print("a / b =", a / b, "| a // b =", a // b, "| a % b =", a % b)
print("divmod:", divmod(a, b))
print("a / 4 =", a / 4, "| a // 7 =", a // 7)
print("-a =", -a, "| abs(-a) =", abs(-a))
print("days/seconds/micro of -a:", (-a).days, (-a).seconds, (-a).microseconds)
print("max:", timedelta.max, "| min:", timedelta.min, "| resolution:", timedelta.resolution)
print("comparisons:", a > b, timedelta(hours=24) == timedelta(days=1))
print("sum:", sum([a, b, timedelta(minutes=15)], timedelta()))
print("bool:", bool(timedelta(0)), bool(timedelta(microseconds=1)))
