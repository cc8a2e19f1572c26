# Big-integer math: factorial of 500, fibonacci(1000), digit sums, trailing zeros and Catalan numbers
import math

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_fast(n):
    # fast doubling
    def go(k):
        if k == 0:
            return (0, 1)
        a, b = go(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]

f1000 = fib(1000)
print("fib(1000) digits:", len(str(f1000)))
print("fib(1000) =", str(f1000)[:30] + "..." + str(f1000)[-10:])
print("fast doubling agrees:", fib_fast(1000) == f1000)
print("fib(10000) digit sum:", sum(map(int, str(fib_fast(10000)))))

fact = math.factorial(500)
s = str(fact)
print("500! digits:", len(s))
print("500! trailing zeros:", len(s) - len(s.rstrip("0")))
print("by Legendre:", sum(500 // 5**k for k in range(1, 5)))
print("100! digit sum:", sum(int(c) for c in str(math.factorial(100))))

catalan = [math.comb(2 * n, n) // (n + 1) for n in range(15)]
print("catalan:", catalan)
print("C(100, 50) =", math.comb(100, 50))
print("2**256 =", 2**256)
print("2**256 - 1 in hex:", hex(2**256 - 1)[:20] + "...")
big = 10**40 + 123
print("divmod:", divmod(big, 97), "negative floor div:", -big // 10**39, -big % 7)
print("gcd:", math.gcd(fact, 2**400 * 3**50), "lcm 1..30:", math.lcm(*range(1, 31)))
print("isqrt(10**50):", math.isqrt(10**50 + 12345))
