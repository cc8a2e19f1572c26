# Legacy %-formatting as found in older logging and report code
records = [
    ("disk0", 512.0, 430.25, 7),
    ("disk1", 2048.0, 97.5, 120),
    ("tmpfs", 16.0, 0.0, 0),
]

print("%-8s %10s %10s %6s %5s" % ("device", "size(GB)", "used(GB)", "use%", "err"))
for dev, size, used, errs in records:
    pct = used / size * 100
    print("%-8s %10.1f %10.2f %5.1f%% %5d" % (dev, size, used, pct, errs))

print()
print("%s has %d items costing $%.2f" % ("cart", 3, 19.989))
print("%(user)s logged in from %(ip)s (%(count)03d)" % {"user": "ann", "ip": "10.0.0.1", "count": 7})
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#o|%e|%g" % ("ab", "ab", 42, 42, 42, 255, 255, 8, 12345.678, 0.0001))
print("%r vs %s vs %a" % ("tab\t", "tab\t", "é"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%c%c%c" % (72, "i", 33))
print("100%% done, %s" % ("single-tuple",))
print("%s" % [1, 2], "%s" % ((1, 2),))
print(b"%s=%d (%x)" % (b"key", 10, 255))
try:
    print("%d items" % "three")
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("%s %s" % ("only one",))
except TypeError as exc:
    print("TypeError:", exc)
