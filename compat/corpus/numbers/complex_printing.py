# Printing and manipulating complex numbers in various formats
values = [1j, 2 + 3j, -1 - 1j, complex(0, 0), complex(-0.0, 0), 1.5 - 0.25j,
          complex(1e20, 1e-20), complex(float("inf"), -1), 3 + 0j, -2j]
for v in values:
    print(f"repr={v!r:<28} str={str(v):<28} real={v.real} imag={v.imag}")

z = 3 + 4j
w = 1 - 2j
print("z + w =", z + w)
print("z - w =", z - w)
print("z * w =", z * w)
print("z / w =", z / w)
print("z ** 2 =", z ** 2)
print("z.conjugate() =", z.conjugate())
print("abs(z) =", abs(z))
print(f"formatted: {z:.2f} | {w:>20.3f} | {z:g} | {1/3 + 2/3j:.4}")
print("complex('1+2j') =", complex("1+2j"), complex(" -3.5j "), complex("7"))
print("complex(1, 2) == 1 + 2j:", complex(1, 2) == 1 + 2j)
print("sum of list:", sum([1 + 1j, 2 - 3j, 0.5j]))
print("1j ** 2 =", 1j ** 2, "(1j) ** 0.5 =", 1j ** 0.5)
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
impedances = {"R": 50 + 0j, "L": 0 + 31.4j, "C": 0 - 15.9j}
total = sum(impedances.values())
print("series impedance:", total, "magnitude %.3f ohm" % abs(total))
