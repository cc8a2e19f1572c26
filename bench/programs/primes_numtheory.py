# Number theory on machine-sized and large integers: a sieve, Miller-Rabin, extended
# Euclid and modular inverses, a toy RSA round trip, Pollard rho factorisation.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    return [i for i in range(n + 1) if flags[i]]


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def pollard_rho(n, c=1):
    x = y = 2
    d = 1
    while d == 1:
        x = (x * x + c) % n
        y = (y * y + c) % n
        y = (y * y + c) % n
        d = egcd(abs(x - y), n)[0]
    return d


primes = sieve(N)
print("primes", len(primes), primes[-3:], sum(primes) % 1000000007)
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twin pairs", twins)
mr = [n for n in range(N, N + 2000) if is_probable_prime(n)]
print("miller-rabin", len(mr), mr[:3], all(is_probable_prime(p) for p in primes[-200:]))
big = [(1 << 61) - 1, (1 << 89) - 1, 10**18 + 3, 10**30 + 57, 2**127 - 1]
print("big primes", [is_probable_prime(b) for b in big])
p, q = 1000000007, 998244353
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = egcd(e, phi)[1] % phi
msgs = [(m * 7919 + 13) % n for m in range(N // 100)]
ok = all(pow(pow(m, e, n), d, n) == m for m in msgs)
print("rsa d", d, "round trip", ok, "inverse", pow(e, -1, phi) == d)
composites = [1000003 * 1000033, 999983 * 4294967291, 600851475143]
print("rho", [sorted((f, c // f)) for c in composites for f in [pollard_rho(c)]])
