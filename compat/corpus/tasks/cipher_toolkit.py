# Classical cipher toolkit: Caesar, Vigenere, ROT13 via codecs, and frequency-based Caesar cracking
import codecs
import string
from collections import Counter

ENGLISH_FREQ = {
    "e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0,
    "d": 4.3, "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0,
    "p": 1.9, "b": 1.5, "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07,
}


def caesar(text: str, shift: int) -> str:
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out, i = [], 0
    shifts = [ord(c) - ord("a") for c in key.lower()]
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = shifts[i % len(shifts)] * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + s) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def chi_squared(text: str) -> float:
    letters = [c for c in text.lower() if c in ENGLISH_FREQ]
    counts = Counter(letters)
    n = len(letters) or 1
    return sum((counts.get(c, 0) - n * f / 100) ** 2 / (n * f / 100) for c, f in ENGLISH_FREQ.items())


def crack_caesar(ciphertext: str):
    scores = sorted((chi_squared(caesar(ciphertext, -s)), s) for s in range(26))
    return scores[0][1], scores[:3]


message = "Meet me at the old lighthouse at midnight. Bring the map and tell no one!"
secret = caesar(message, 11)
print("caesar(11):", secret)
print("decrypted :", caesar(secret, -11))
shift, top = crack_caesar(secret)
print("cracked shift:", shift, "| top candidates:", [(s, round(score, 1)) for score, s in top])
print("cracked text:", caesar(secret, -shift))

v = vigenere(message, "LEMON")
print("vigenere:", v)
print("roundtrip:", vigenere(v, "LEMON", decrypt=True) == message)
print("rot13:", codecs.encode("Hello, World!", "rot_13"), "| twice:", codecs.encode(codecs.encode("Hello", "rot13"), "rot13"))
letters = Counter(c for c in secret.lower() if c.isalpha())
print("most common ciphertext letters:", letters.most_common(4))
atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("atbash:", "wizard".translate(atbash), "->", "wizard".translate(atbash).translate(atbash))
