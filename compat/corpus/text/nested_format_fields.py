# Build dynamic layouts using nested replacement fields and format_map
rows = [
    {"name": "alpha", "value": 3.14159, "unit": "rad"},
    {"name": "beta-long-name", "value": 2718.28, "unit": "m"},
    {"name": "g", "value": -0.000123, "unit": "kg"},
]

name_w = max(len(r["name"]) for r in rows)
for precision in (1, 3):
    print(f"precision={precision}")
    for r in rows:
        print(f"  {r['name']:>{name_w}} = {r['value']:{'+' if precision > 2 else ''}{12}.{precision}f} {r['unit']}")

print()
template = "{name:{align}{width}} | {value:{fmt}}"
for align, width, fmt in [("<", 16, ".2f"), (">", 16, ".3e"), ("^", 16, "g")]:
    for r in rows[:2]:
        print(template.format(align=align, width=width, fmt=fmt, **r))

print()
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{0:{1}}|{0:{2}}".format(42, "05d", "+x"))
print("{p[name]} {p[value]:.1f} {p[unit]!r}".format(p=rows[0]))
print("{0[0]}{0[2]} {1.real} {1.imag}".format("abc", 3 + 4j))

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"

print("Dear {title} {last}, your order {order} shipped.".format_map(Defaulting(last="Smith", order="#123")))
print("{{literal}} {0}".format("braces"))
