# Format a numeric table using width, precision, alignment, sign and grouping specs
rows = [
    ("Revenue", 1234567.891, 0.1234),
    ("Costs", -987654.321, -0.0567),
    ("Tax", 45000.0, 0.0),
    ("Net", 291913.57, 0.0667),
]
print(f"{'Item':<10}|{'Amount':>16}|{'Change':>9}|")
print("-" * 10 + "+" + "-" * 16 + "+" + "-" * 9 + "+")
for name, amount, change in rows:
    print(f"{name:<10}|{amount:>16,.2f}|{change:>+9.1%}|")

print()
n = 1234567.891
specs = ["", ".2f", ",.2f", "_.2f", ".3e", ".3E", ".4g", "g", "015.3f", "+.1f",
         " .1f", "^20.2f", "*>20,.1f", "-<15.0f", ".0%", ",", "_"]
for s in specs:
    val = n if s not in (",", "_") else int(n)
    print(f"{s!r:>12} -> [{format(val, s)}]")

for x in [0.00001234, 123456789.0, 1e-10, 0.5, 100.0]:
    print(f"{x:g} | {x:.2g} | {x:#.3g} | {x:e}")
