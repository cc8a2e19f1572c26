# Old-style %-formatting for a small inventory report
inventory = [
    ("widget", 120, 2.5),
    ("gadget", 8, 19.99),
    ("doohickey", 0, 7.125),
    ("thingamajig", 1500, 0.3333),
]

print("%-12s %6s %10s %12s" % ("name", "qty", "price", "value"))
print("%s" % ("=" * 43))
total = 0.0
for name, qty, price in inventory:
    value = qty * price
    total += value
    print("%-12s %6d %10.2f %12.2f" % (name, qty, price, value))
print("%-12s %6s %10s %12.2f" % ("TOTAL", "", "", total))
print()
print("Percent in stock: %.1f%%" % (100.0 * sum(1 for _, q, _ in inventory if q) / len(inventory)))
print("Scientific: %e | %E | %.2e" % (total, total, 0.000123))
print("General: %g | %g | %g | %G" % (total, 1e-7, 123456789.0, 1e-20))
print("Padded: [%08.3f] [%-8d] [%+d] [% d]" % (3.14159, 42, 7, 7))
print("Dict style: %(name)s has %(qty)03d units" % {"name": "widget", "qty": 5})
print("Star width: [%*d] [%-*.*f]" % (6, 42, 10, 2, 2.71828))
print("repr vs str: %r %s" % ("text", "text"))
print("char: %c%c%c" % (80, 121, 0x21))
print("int of float: %d %i" % (3.99, -3.99))
print("octal/hex: %o %x %X %#o %#X" % (64, 255, 255, 64, 255))
