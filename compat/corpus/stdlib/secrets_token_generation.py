# Generate API tokens and one-time codes with secrets, checking only lengths and formats
import secrets
import string
import re

token = secrets.token_hex(16)
print("token_hex length:", len(token), "is hex:", all(c in string.hexdigits for c in token))
url_token = secrets.token_urlsafe(24)
print("urlsafe chars ok:", re.fullmatch(r"[A-Za-z0-9_-]+", url_token) is not None, "length:", len(url_token))
raw = secrets.token_bytes(32)
print("token_bytes:", type(raw).__name__, len(raw))
print("default lengths:", len(secrets.token_hex()), len(secrets.token_bytes()))

alphabet = string.ascii_letters + string.digits
def make_password(n=16):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(n))
        if any(c.islower() for c in pw) and any(c.isupper() for c in pw) and sum(c.isdigit() for c in pw) >= 2:
            return pw


pw = make_password()
print("password length:", len(pw), "only alphabet:", set(pw) <= set(alphabet))
otp = f"{secrets.randbelow(10**6):06d}"
print("otp digits:", len(otp), otp.isdigit())
bits = secrets.randbits(20)
print("randbits in range:", 0 <= bits < 2**20)

stored = secrets.token_hex(8)
print("compare equal:", secrets.compare_digest(stored, stored))
print("compare differ:", secrets.compare_digest(stored, stored[::-1] + "x"))
print("compare bytes:", secrets.compare_digest(b"abc", b"abc"))

tokens = {secrets.token_hex(8) for _ in range(100)}
print("100 unique tokens:", len(tokens) == 100)
sr = secrets.SystemRandom()
sample = sr.sample(range(1000), 5)
print("sample size:", len(sample), "distinct:", len(set(sample)) == 5)
