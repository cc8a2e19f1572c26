# Modular exponentiation and inverses: toy RSA, Fermat test, CRT using pow(a, b, m) and pow(a, -1, m)
from math import gcd

def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n

p = next_prime(10**12 + 3)
q = next_prime(2 * 10**12 + 11)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
assert gcd(e, phi) == 1
d = pow(e, -1, phi)
print("p =", p, "q =", q)
print("n =", n)
print("d =", d)
for msg in [42, 123456789, 10**20 + 7]:
    c = pow(msg, e, n)
    back = pow(c, d, n)
    print(f"msg={msg} cipher={c} decrypted={back} ok={back == msg}")

def crt(residues, moduli):
    x, m = 0, 1
    for r, mi in zip(residues, moduli):
        t = ((r - x) * pow(m, -1, mi)) % mi
        x += m * t
        m *= mi
    return x % m, m

print("CRT:", crt([2, 3, 2], [3, 5, 7]))
print("CRT big:", crt([1, 2, 3, 4], [101, 103, 107, 109]))
carmichael = [561, 1105, 1729, 2465]
for c in carmichael:
    fermat = pow(2, c - 1, c) == 1
    print(f"{c}: fermat says prime={fermat}, miller-rabin={is_probable_prime(c)}")
print("inverse of 3 mod 11:", pow(3, -1, 11), "pow(-3, 3, 7):", pow(-3, 3, 7))
try:
    pow(6, -1, 9)
except ValueError as exc:
    print("ValueError:", exc)
print("mersenne 2^127-1 prime:", is_probable_prime(2**127 - 1))
