# Integer math helpers: isqrt, gcd, lcm, comb, perm, prod, factorial
import math

print("isqrt:", [math.isqrt(n) for n in (0, 1, 15, 16, 17, 99, 100, 10**20, 2**61 - 1)])
print("gcd:", math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 30), math.gcd())
print("lcm:", math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(21, 6, 14))
print("comb:", [math.comb(10, k) for k in range(11)])
print("perm:", math.perm(5), math.perm(5, 2), math.perm(10, 3), math.perm(3, 5))
print("prod:", math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([]), math.prod([2, 3], start=10))
print("factorial(25):", math.factorial(25))
print("comb(100, 50):", math.comb(100, 50))

def is_perfect_square(n: int) -> bool:
    r = math.isqrt(n)
    return r * r == n

squares = [n for n in range(200) if is_perfect_square(n)]
print("perfect squares < 200:", squares)

# Pascal's triangle
for row in range(8):
    line = " ".join(str(math.comb(row, k)) for k in range(row + 1))
    print(line.center(40))

# Lottery odds
odds = math.comb(49, 6)
print(f"Lotto 6/49 odds: 1 in {odds:,}")
print(f"Probability: {1 / odds:.3e}")
