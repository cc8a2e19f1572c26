# Toy RSA key generation and encryption with pow() modular inverse and big ints
import math

def is_prime(n: int) -> bool:
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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

def next_prime(n: int) -> int:
    while not is_prime(n):
        n += 1
    return n

p = next_prime(10 ** 20 + 12345)
q = next_prime(3 * 10 ** 19 + 777)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
assert math.gcd(e, phi) == 1
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n =", n, f"({n.bit_length()} bits)")
print("d =", d)

message = "Hi RSA!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print("message int:", m)
print("cipher:", c)
print("decrypted:", back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print("sig check:", pow(pow(m, d, n), e, n) == m)
print("primes below 60:", [k for k in range(60) if is_prime(k)])
