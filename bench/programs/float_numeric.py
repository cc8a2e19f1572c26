# Floating-point numerics: Simpson integration, Newton's method, series, a least-squares
# fit, running statistics (Welford) and the math module.
import math
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 550000


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def newton(f, df, x, tol=1e-13):
    for i in range(100):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    return x, 100


def linear_fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx
    return slope, my - slope * mx


def welford(values):
    n, mean, m2 = 0, 0.0, 0.0
    for v in values:
        n += 1
        d = v - mean
        mean += d / n
        m2 += d * (v - mean)
    return mean, math.sqrt(m2 / (n - 1))


print("simpson sin %.12f" % simpson(math.sin, 0.0, math.pi, N))
print("simpson gauss %.12f" % simpson(lambda x: math.exp(-x * x), -5.0, 5.0, N))
print("newton", "%.15f %d" % newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0))
roots = [newton(lambda x, k=k: math.cos(x) - k * x, lambda x, k=k: -math.sin(x) - k, 1.0)[0] for k in range(1, 200)]
print("newton family %.12f" % sum(roots))
leibniz = sum((-1) ** k / (2 * k + 1) for k in range(N))
print("leibniz %.12f basel %.12f" % (4 * leibniz, math.sqrt(6 * sum(1.0 / (k * k) for k in range(1, N)))))
xs = [i / 100 for i in range(N // 10 + 2)]
ys = [3.25 * x - 1.5 + 0.01 * math.sin(17 * x) for x in xs]
print("fit %.9f %.9f" % linear_fit(xs, ys))
vals = [math.sin(i) * 100 + math.log1p(i) for i in range(N)]
print("welford %.9f %.9f" % welford(vals))
print("fsum %.12f sum %.12f" % (math.fsum(vals), sum(vals)))
print("misc", math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), round(math.degrees(1), 10), math.copysign(3, -0.0),
      math.isclose(0.1 + 0.2, 0.3), math.frexp(1000.0), math.ldexp(0.75, 4), math.modf(-3.25))
print("repr", 0.1 * 3, 2 / 3, 1e-7 / 3, 123456.789e10, -1.5e-300 * 1e-10, float("inf") - 1e308, 7.0 // 2, 7.5 % 2)
