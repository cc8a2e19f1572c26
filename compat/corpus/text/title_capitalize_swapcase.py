# Compare title, capitalize, swapcase, upper and lower on assorted strings
samples = [
    "hello world",
    "HELLO WORLD",
    "they're bill's friends from the UK",
    "o'neil and mcdonald",
    "python3.11 is great",
    "sWaP cAsE",
    "élan vital",
    "ß and ǆ",
]

width = max(len(s) for s in samples)
print(f"{'original':<{width}} | {'title':<{width}} | {'capitalize':<{width}} | swapcase")
print("-" * (width * 3 + 20))
for s in samples:
    print(f"{s:<{width}} | {s.title():<{width}} | {s.capitalize():<{width}} | {s.swapcase()}")

print()
for s in samples:
    print(f"{s!r}: istitle={s.istitle()} isupper={s.isupper()} islower={s.islower()}")

def smart_title(s: str) -> str:
    small = {"and", "of", "the", "in", "a", "an", "to"}
    words = s.split()
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in small:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)

print()
for t in ["the lord of the rings", "war AND peace", "a tale of two cities"]:
    print(f"{t!r} -> {smart_title(t)!r} vs {t.title()!r}")
print("swapcase twice:", "ß".swapcase(), "ß".swapcase().swapcase())
