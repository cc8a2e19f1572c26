# Encrypt and decrypt with Caesar and Vigenere ciphers, then crack Caesar by frequency
import string
from collections import Counter

ALPHA = string.ascii_lowercase


def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if ch.islower():
            out.append(ALPHA[(ALPHA.index(ch) + shift) % 26])
        elif ch.isupper():
            out.append(ALPHA[(ALPHA.index(ch.lower()) + shift) % 26].upper())
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out, k = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            shift = ALPHA.index(key[k % len(key)].lower()) * (-1 if decrypt else 1)
            out.append(caesar(ch, shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(cipher: str) -> int:
    letters = [c for c in cipher.lower() if c in ALPHA]
    most, _ = Counter(letters).most_common(1)[0]
    return (ALPHA.index(most) - ALPHA.index("e")) % 26


plain = "Meet me near the old tree at seven; bring the secret letter!"
for shift in (3, 13, -1, 52):
    enc = caesar(plain, shift)
    print(f"shift {shift:>3}: {enc}")
    assert caesar(enc, -shift) == plain

secret = caesar(plain, 7)
guess = crack_caesar(secret)
print(f"cracked shift = {guess}: {caesar(secret, -guess)}")

key = "Lemon"
enc = vigenere("Attack at dawn! Ünïcode stays.", key)
print("vigenere:", enc)
print("decrypted:", vigenere(enc, key, decrypt=True))
