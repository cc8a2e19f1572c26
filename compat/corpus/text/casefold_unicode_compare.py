# Case-insensitive comparison using casefold versus lower on Unicode strings
pairs = [
    ("Straße", "STRASSE"),
    ("straße", "strasse"),
    ("Σίσυφος", "ΣΊΣΥΦΟΣ"),
    ("İstanbul", "istanbul"),
    ("ﬁle", "FILE"),
    ("Python", "PYTHON"),
    ("µ", "μ"),
]

print(f"{'a':<10} {'b':<10} {'lower==':<8} {'casefold=='}")
for a, b in pairs:
    print(f"{a:<10} {b:<10} {str(a.lower() == b.lower()):<8} {a.casefold() == b.casefold()}")

print()
for s in ["Straße", "ﬁle", "İ", "ΣΊΣΥΦΟΣ", "µ"]:
    print(f"{s!r}: lower={s.lower()!r} casefold={s.casefold()!r} len {len(s)}->{len(s.casefold())}")

names = ["zoë", "Zebra", "apple", "Äpfel", "Banana", "éclair", "straße"]
print()
print("sorted default :", sorted(names))
print("sorted casefold:", sorted(names, key=str.casefold))

index = {}
for n in ["Müller", "MÜLLER", "muller", "Mueller", "müller"]:
    index.setdefault(n.casefold(), []).append(n)
for key in sorted(index):
    print(f"{key!r}: {index[key]}")
