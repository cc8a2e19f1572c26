# Sieve of Eratosthenes, segmented counting, twin primes, prime gaps and factorization
import math

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

N = 100_000
primes = sieve(N)
print("primes below", N, ":", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin prime pairs:", len(twins), "largest:", twins[-1])
gaps = [(q - p, p) for p, q in zip(primes, primes[1:])]
g, at = max(gaps)
print(f"max gap {g} after {at}")
for bound in (10, 100, 1000, 10000, 100000):
    count = sum(1 for p in primes if p < bound)
    print(f"pi({bound}) = {count}, n/ln n = {bound / math.log(bound):.1f}")
for n in [360, 9973, 2**32 + 1, 600851475143, 1234567890]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
