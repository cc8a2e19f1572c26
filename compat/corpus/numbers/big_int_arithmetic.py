# Arbitrary-precision integer arithmetic: factorials, Fibonacci, powers and digit sums
import math

def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f100 = fib(100)
f500 = fib(500)
print("fib(100) =", f100)
print("fib(500) has", len(str(f500)), "digits; last 10:", str(f500)[-10:])
print("100! =", math.factorial(100))
print("digit sum of 100!:", sum(int(d) for d in str(math.factorial(100))))
print("trailing zeros of 1000!:", len(str(math.factorial(1000))) - len(str(math.factorial(1000)).rstrip("0")))
print("2**256 =", 2 ** 256)
print("2**256 hex =", hex(2 ** 256 - 1))
print("3**200 // 7**50 =", 3 ** 200 // 7 ** 50)
print("(10**40 + 1) * (10**40 - 1) =", (10 ** 40 + 1) * (10 ** 40 - 1))
print("-(2**100) // 3 =", -(2 ** 100) // 3, "rem", -(2 ** 100) % 3)
print("pow(3, 10**6, 10**9 + 7) =", pow(3, 10 ** 6, 10 ** 9 + 7))
print("isqrt(10**50) =", math.isqrt(10 ** 50))
print("gcd of fibs:", math.gcd(fib(60), fib(45)), "== fib(15):", fib(15))
n = 2 ** 127 - 1
print("Mersenne M127 =", n, "bit_length", n.bit_length(), "bit_count", n.bit_count())
print("float of big:", float(2 ** 200), "big/3 true div:", 10 ** 30 / 3)
print("abs and sign:", abs(-10 ** 25), -10 ** 25 < 0)
print("big int repr with separators: {:,}".format(2 ** 70))
