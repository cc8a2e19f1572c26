# the math module as CPython 3.11
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['isqrt', 'gcd', 'lcm', 'comb', 'perm', 'prod', 'fsum', 'hypot', 'dist', 'cbrt', 'exp2',
             'nextafter', 'ulp', 'remainder', 'copysign', 'fmod', 'frexp', 'ldexp', 'modf', 'trunc',
             'floor', 'ceil', 'isfinite', 'isinf', 'isnan', 'isclose', 'log', 'log2', 'log10', 'log1p',
             'expm1', 'factorial', 'degrees', 'radians', 'erf', 'erfc', 'gamma', 'lgamma', 'sin', 'cos',
             'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
             'sqrt', 'exp', 'pow', 'fabs']:
    print(name, hasattr(math, name))
print(math.pi, math.e, math.tau, math.inf, math.nan)
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 100 - 1, 10 ** 50 + 12345, True]:
    show(lambda: math.isqrt(n))
show(lambda: math.isqrt(-1))
show(lambda: math.isqrt(2.0))
show(lambda: (math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50)))
show(lambda: (math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 30)))
show(lambda: math.gcd(1.5, 2))
show(lambda: (math.comb(10, 3), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.comb(1000, 3)))
show(lambda: (math.perm(5), math.perm(5, 2), math.perm(5, 6), math.perm(30, 10)))
show(lambda: math.comb(-1, 2))
show(lambda: math.comb(5, -2))
show(lambda: math.comb(5.0, 2))
show(lambda: math.perm(-3))
show(lambda: (math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 30))))
show(lambda: (math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([])))
show(lambda: math.fsum([float('inf'), 1]))
show(lambda: math.fsum([float('inf'), float('-inf')]))
show(lambda: math.fsum([1e308, 1e308]))
show(lambda: math.fsum([float('nan'), 1]))
show(lambda: (math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(1e-320, 1e-320), math.hypot(0.1, 0.2, 0.3)))
show(lambda: (math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1)))
show(lambda: (math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,))))
show(lambda: math.dist((1, 2), (1,)))
show(lambda: (math.cbrt(-8), math.exp2(10), math.exp2(0.5)))
show(lambda: math.exp2(2000))
show(lambda: (math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(float('inf'))))
show(lambda: (math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, float('inf'))))
show(lambda: math.remainder(1, 0))
show(lambda: (math.copysign(1, -0.0), math.fmod(-7, 3), math.fmod(7, -3), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.75, 4), math.modf(-3.25), math.modf(float('inf'))))
show(lambda: math.fmod(1, 0))
show(lambda: math.ldexp(1.0, 2000))
show(lambda: math.ldexp(1.0, -2000))
show(lambda: math.ldexp(1.0, 2.0))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
show(lambda: (math.floor(F()), math.ceil(F()), math.trunc(F())))
show(lambda: (math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(2 ** 70), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9), math.floor(True)))
show(lambda: math.floor(float('inf')))
show(lambda: math.floor(float('nan')))
show(lambda: math.floor('x'))
show(lambda: math.trunc('x'))
show(lambda: math.floor(1e300))
show(lambda: (math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf'))))
show(lambda: math.isclose(1, 2, rel_tol=-1))
show(lambda: (math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000), math.log1p(1e-20), math.expm1(1e-10)))
show(lambda: (math.log(10 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(2 ** 10000, 2), math.log(10 ** 400, 10)))
for f, x in [(math.log, 0), (math.log, -1), (math.log, 0.0), (math.log2, -0.5), (math.log10, 0), (math.log1p, -1),
             (math.sqrt, -1), (math.acos, 2), (math.asin, -2), (math.atanh, 1), (math.acosh, 0.5),
             (math.exp, 1000), (math.exp, -1000), (math.expm1, 1000), (math.cosh, 1000), (math.sinh, -1000),
             (math.gamma, 0), (math.gamma, -1), (math.gamma, 172), (math.gamma, 5),
             (math.lgamma, 0), (math.lgamma, -2), (math.lgamma, 1e308), (math.lgamma, 1), (math.erf, 0.5),
             (math.erfc, 0.5), (math.tan, math.pi / 4), (math.sin, float('inf')), (math.log, 2 ** 1024),
             (math.log, -(10 ** 400)), (math.exp, float('inf')), (math.exp, float('-inf')), (math.sqrt, float('inf'))]:
    show(lambda: f(x))
show(lambda: math.log(10, 1))
show(lambda: math.log(10, 0))
show(lambda: (math.pow(2, 10), math.pow(0, 0), math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(-8, 1 / 3) if False else 0))
show(lambda: math.pow(0, -1))
show(lambda: math.pow(10, 400))
show(lambda: math.pow(-1, 0.5))
show(lambda: (math.pow(float('inf'), -1), math.pow(-float('inf'), 3), math.pow(0.5, float('inf')), math.pow(2, float('-inf'))))
show(lambda: (math.factorial(0), math.factorial(5), math.factorial(20), len(str(math.factorial(1000)))))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(5.0))
show(lambda: math.factorial(5.5))
show(lambda: math.factorial('5'))
show(lambda: (math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.atan2(float('inf'), float('inf'))))
show(lambda: math.sqrt('x'))
