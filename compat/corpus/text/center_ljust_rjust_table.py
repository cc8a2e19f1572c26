# Render a boxed table with center, ljust and rjust
products = [
    ("Widget", 4, 3.5),
    ("Gadget Pro", 12, 19.99),
    ("Thingamajig", 1, 249.0),
    ("Nut", 500, 0.02),
]

headers = ("Item", "Qty", "Unit", "Total")
rows = [(name, str(q), f"{p:.2f}", f"{q * p:,.2f}") for name, q, p in products]
widths = [max(len(h), *(len(r[i]) for r in rows)) + 2 for i, h in enumerate(headers)]

def sep(char="-", joint="+"):
    return joint + joint.join(char * w for w in widths) + joint

title = "INVENTORY REPORT"
total_width = len(sep())
print(title.center(total_width, "="))
print(sep())
print("|" + "|".join(h.center(w) for h, w in zip(headers, widths)) + "|")
print(sep("="))
for r in rows:
    cells = [r[0].ljust(widths[0])] + [c.rjust(widths[i]) for i, c in enumerate(r[1:], 1)]
    print("|" + "|".join(cells) + "|")
print(sep())
grand = sum(q * p for _, q, p in products)
label = "Grand total"
print("|" + label.ljust(sum(widths[:3]) + 2) + "|" + f"{grand:,.2f}".rjust(widths[3]) + "|")
print(sep())
print("end".center(total_width, "~"))
print(repr("ab".center(7, "*")), repr("ab".center(6, "*")), repr("abc".center(6)))
print(repr("x".ljust(0)), repr("toolong".rjust(3)))
