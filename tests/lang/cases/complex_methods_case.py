# complex's methods and cmath's constants, predicates, isclose and CPython's algorithms
# for sqrt, log and abs (patch 0224).
import cmath
import math

z = 3 + 4j
print(z.conjugate(), (-1.5j).conjugate(), complex(0, -0.0).conjugate(), z.__complex__(), z.__getnewargs__())
print(complex.conjugate(1 - 2j), hasattr(1j, "__complex__"), hasattr(complex, "conjugate"))
print(complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(1j, -0.0), complex(0.0, 1j), complex(-0.0, 1j), complex(1 + 2j, 3 + 4j))
for a, b in ((1j, 1j), (1, 2j), (-0.0, 1j), (3 + 4j, 1 - 2j), (1e300 + 1e300j, 1e300 - 1e300j), (1, -3j), (0j, -1), (-1j, 0.5), (1, complex(0, math.nan))):
    print(a / b, end=' ')
print()
for a in (1, 1j, 0j):
    try:
        a / 0j
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
print(abs(z), abs(-2j), abs(complex(1e308, 1e308 / 10)), abs(complex(3e-320, 4e-320)), abs(complex(math.inf, math.nan)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)


class C(complex):
    pass


c = C(1, 2)
print(c.conjugate(), type(c.conjugate()).__name__, c.__complex__(), type(c.__complex__()).__name__)
try:
    complex.conjugate(5)
except TypeError:
    print("TypeError")
for v in [-4, -1, 4, 2j, -2j, 1 + 1j, -3 - 4j, complex(-0.0, 0.0), complex(0.0, -0.0), 1e-320, -1e-320j, 1e308 - 1e308j, 0.5]:
    print(v, cmath.sqrt(v), cmath.log(v) if v else "-", cmath.log10(v) if v else "-", cmath.polar(v))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, -1), cmath.log(0.5 + 0.5j))
for bad in (0, 0j):
    for f in (cmath.log, cmath.log10):
        try:
            f(bad)
        except ValueError as e:
            print("ValueError:", e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isinf(complex(math.inf, 0)), cmath.isinf(1j), cmath.isnan(cmath.nanj), cmath.isnan(1),
      cmath.isfinite(1 + 1j), cmath.isfinite(cmath.infj), cmath.isfinite(complex(1, math.nan)))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isclose(1 + 1j, 1 + 1j),
      cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.inf, 1e308), cmath.isclose(cmath.nanj, cmath.nanj),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(a=1, b=1))
for kw in ({"rel_tol": -1}, {"abs_tol": -0.1}):
    try:
        cmath.isclose(1, 1, **kw)
    except ValueError as e:
        print("ValueError:", e)
for args in ((1,), (1, 2, 3), ("a", 1)):
    try:
        cmath.isclose(*args)
    except TypeError:
        print("TypeError")
print(cmath.exp(1j * math.pi), cmath.sin(1 + 1j), cmath.cos(1 - 1j), cmath.rect(2, math.pi / 2), cmath.phase(-1 - 0j))
for a, b in ((3 + 4j, 2), (1j, 2), (1j, 0.5), (2 + 1j, -3), (0j, 0), (1 + 1j, 1 + 1j), (2, 1j), (1.5 - 2j, 100),
             (1 + 1j, -100), (1j, 101), (0.5j, 10 ** 20), (1e200j, 2), (0j, -1), (0j, 1j), (0j, -2.5), (0, -1j), (-8, 1 / 3 + 0j)):
    try:
        print(a ** b, end=" ")
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e, end=" ")
print()
print(pow(1j, 3), 1j ** -1, (1 + 2j) ** 2.0, sum([1 + 1j, 2 - 3j, 0.5j]), 2 ** 1j)
