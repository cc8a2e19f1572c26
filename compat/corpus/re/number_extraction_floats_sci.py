# Extract integers, decimals, scientific notation and thousands-separated numbers from text
import re

NUMBER = re.compile(r"""
    (?<![\w.])
    (?P<sign>[-+])?
    (?:
        (?P<grouped>\d{1,3}(?:,\d{3})+)(?:\.(?P<gfrac>\d+))?
      | (?P<int>\d+)?(?:\.(?P<frac>\d+))?(?:[eE](?P<exp>[-+]?\d+))?
    )
    (?P<pct>%)?
    (?![\w.]*\d)
""", re.X)

text = ("Revenue grew 12.5% to $1,234,567.89 while costs were -3,400. Avogadro is 6.022e23, "
        "Planck 6.626E-34, pi ~ 3.14159, version v2.0.1 ignored, .5 cup, +7 degrees, 1e3ms no, 42.")

values = []
for m in NUMBER.finditer(text):
    if not m.group().strip("+-%"):
        continue
    g = m.groupdict()
    if g["grouped"]:
        number = float(g["grouped"].replace(",", "") + "." + (g["gfrac"] or "0"))
    else:
        number = float(f"{g['int'] or '0'}.{g['frac'] or '0'}e{g['exp'] or '0'}")
    if g["sign"] == "-":
        number = -number
    if g["pct"]:
        number /= 100
    values.append(number)
    print(f"{m.group():<14} -> {number!r}")

print("count:", len(values))
print("simple floats:", [float(x) for x in re.findall(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?", "a1 b-2.5 c.75 d3e-2 e+4.")])
print("ints only:", list(map(int, re.findall(r"(?<![\d.])\d+(?![\d.])", "10 2.5 300 4.0 7"))))
