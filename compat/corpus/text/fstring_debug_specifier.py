# Debug-print intermediate values using the f-string = specifier
import math

width = 12
height = 7.5
area = width * height
name = "rectangle"
items = ["a", "b"]
print(f"{width=}")
print(f"{height=}, {area=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{area=:.3f}")
print(f"{width * height = }")
print(f"{math.pi=:10.4f}|")
print(f"{items=}, {len(items)=}")
print(f"{name.upper()=:>12}")
print(f"{ width = }")
print(f"{None=} {True=} {3//2=}")

def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    print(f"{n=} {mean=:.2f} {var=:.3f} {math.sqrt(var)=:.3f}")
    return mean

stats([2, 4, 4, 4, 5, 5, 7, 9])
d = {"k": 1}
print(f"{d['k']=}  {d=!r}")
