# Lazy infinite generators: incremental prime sieve, twin primes, and prime factor streams with islice
from itertools import count, islice, takewhile, pairwise

def primes():
    """Incremental sieve of Eratosthenes (unbounded)."""
    composites = {}
    for n in count(2):
        factor = composites.pop(n, None)
        if factor is None:
            composites[n * n] = n
            yield n
        else:
            nxt = n + factor
            while nxt in composites:
                nxt += factor
            composites[nxt] = factor

def twin_primes():
    for p, q in pairwise(primes()):
        if q - p == 2:
            yield p, q

def prime_factors(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n

print("first 20 primes:", list(islice(primes(), 20)))
print("1000th prime:", next(islice(primes(), 999, None)))
print("primes below 100:", len(list(takewhile(lambda p: p < 100, primes()))))
print("first 8 twin pairs:", list(islice(twin_primes(), 8)))
for n in [84, 97, 1001, 65536, 999983 * 2]:
    print(f"factors of {n}: {list(prime_factors(n))}")

def goldbach(n):
    ps = set(takewhile(lambda p: p <= n, primes()))
    return next(((p, n - p) for p in sorted(ps) if n - p in ps), None)

print("goldbach:", {n: goldbach(n) for n in range(4, 41, 6)})
gen = primes()
print("manual next calls:", next(gen), next(gen), next(gen))
gaps = (q - p for p, q in pairwise(primes()))
print("first gap of 10+:", next(i for i, g in enumerate(gaps) if g >= 10))
