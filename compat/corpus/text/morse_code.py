# Translate text to and from Morse code with a lookup table
MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
    ".": ".-.-.-", ",": "--..--", "?": "..--..", "!": "-.-.--",
}
REVERSE = {v: k for k, v in MORSE.items()}


def encode(text: str) -> str:
    words = []
    for word in text.upper().split():
        words.append(" ".join(MORSE.get(ch, "?") for ch in word))
    return " / ".join(words)


def decode(code: str) -> str:
    return " ".join("".join(REVERSE.get(sym, "#") for sym in word.split()) for word in code.split(" / "))


for msg in ["SOS", "Hello World", "Python 3.11!", "ümlaut ok"]:
    code = encode(msg)
    print(f"{msg!r:<16} {code}")
    print(f"{'':<16} -> {decode(code)!r}")

stats = {"dots": 0, "dashes": 0}
for sym in encode("the quick brown fox jumps over the lazy dog"):
    if sym == ".":
        stats["dots"] += 1
    elif sym == "-":
        stats["dashes"] += 1
print(stats)
longest = max(MORSE.items(), key=lambda kv: (len(kv[1]), kv[0]))
print("longest code:", longest)
