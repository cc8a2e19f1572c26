# Align uneven survey answer columns using zip_longest and print a padded table
from itertools import zip_longest

answers = {
    "Q1 favourite language": ["Python", "Rust", "Go", "Python", "TypeScript"],
    "Q2 editor": ["VS Code", "Neovim", "Helix"],
    "Q3 OS": ["Linux", "macOS", "Linux", "Windows"],
}

headers = [h.split(" ", 1)[0] for h in answers]
rows = list(zip_longest(*answers.values(), fillvalue="-"))
widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
print(" | ".join(h.ljust(w) for h, w in zip(headers, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))

print("\nResponses per question:", {h: len(v) for h, v in zip(headers, answers.values())})
print("plain zip truncates to", len(list(zip(*answers.values()))), "rows")
pairs = list(zip_longest("abc", [1, 2]))
print(pairs)
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as exc:
    print("strict zip:", exc)
