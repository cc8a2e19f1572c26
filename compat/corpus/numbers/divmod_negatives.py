# Floor division, modulo and divmod with negative operands and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10, 3), (-10, 3)]
print(f"{'a':>4} {'b':>4} {'a//b':>6} {'a%b':>5} {'divmod':>10} {'int(a/b)':>9}")
for a, b in pairs:
    print(f"{a:>4} {b:>4} {a // b:>6} {a % b:>5} {str(divmod(a, b)):>10} {int(a / b):>9}")

print()
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-1.0, 0.3), (5.0, 1.5)]
for a, b in fpairs:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = ({q!r}, {r!r});  {a} % {b} = {a % b!r};  {a} // {b} = {a // b!r}")

import math
print()
for a, b in [(7, 2), (-7, 2), (7.5, -2.0)]:
    print(f"math.fmod({a}, {b}) = {math.fmod(a, b)}   remainder = {math.remainder(a, b)}")

seconds = 100000
days, rem = divmod(seconds, 86400)
hours, rem = divmod(rem, 3600)
minutes, secs = divmod(rem, 60)
print(f"{seconds}s = {days}d {hours}h {minutes}m {secs}s")
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -(17 // 5))
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
