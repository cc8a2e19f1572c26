# Produce a sales report exercising format spec alignment, fill, width, sign and grouping
sales = [
    ("North", 1234567.891, 0.1234, 42),
    ("South", 98765.4, -0.0567, 7),
    ("East", 0.5, 0.0, 1000),
    ("West-Central", 12345678901.0, 1.5, -3),
]

print(f"{'Region':<14}|{'Revenue':>20}|{'Growth':>9}|{'Units':^8}|")
print(f"{'':-<14}+{'':->20}+{'':->9}+{'':-^8}+")
for region, revenue, growth, units in sales:
    print(f"{region:<14}|{revenue:>20,.2f}|{growth:>+9.1%}|{units:^8d}|")

total = sum(r[1] for r in sales)
print(f"{'TOTAL':*<14}|{total:>20_.1f}|{'':9}|{sum(r[3] for r in sales):^8}|")

print()
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#010x} {n:_b}")
print(f"[{-42:=+8d}] [{42:=+8d}] [{42: d}] [{-42: d}] [{42:08,d}]")
print(f"[{3.14159:.3e}] [{3.14159:.3E}] [{1234.5:g}] [{0.00001234:g}] [{1e20:g}] [{12345678.0:.3g}]")
print(f"[{'text':>10}] [{'text':<10}] [{'text':^10}] [{'text':_^11}] [{'text':.2}]")
print(f"[{1.0:%}] [{0.256:.0%}] [{float('inf'):>6}] [{float('nan'):^7}] [{-0.0:+.1f}]")
print("{:,}".format(10**12), "{:_x}".format(0xDEADBEEF), format(1234.5678, ",.2f"), format(5, "03"))
print(f"{'left':<{12}}|{'right':>{12}}|{3.14159:{8}.{3}f}|")
