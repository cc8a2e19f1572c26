# Sieve of Eratosthenes with statistics about prime gaps and twin primes
from collections import Counter

def sieve(limit: int) -> list[int]:
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytearray(len(is_prime[i * i::i]))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100_000)
print("count below 100000:", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
for bound in (10, 100, 1000, 10000, 100000):
    import math
    count = sum(1 for p in primes if p < bound)
    print(f"pi({bound:>6}) = {count:>5}   x/ln x = {bound / math.log(bound):>9.1f}   ratio {count / (bound / math.log(bound)):.4f}")

gaps = Counter(b - a for a, b in zip(primes, primes[1:]))
print("most common gaps:", gaps.most_common(5))
max_gap = max(gaps)
idx = next(i for i in range(len(primes) - 1) if primes[i + 1] - primes[i] == max_gap)
print(f"largest gap {max_gap} between {primes[idx]} and {primes[idx + 1]}")
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin prime pairs:", len(twins), "last:", twins[-1])
print("sum of primes below 1000:", sum(p for p in primes if p < 1000))
print("last digit distribution:", sorted(Counter(p % 10 for p in primes).items()))
