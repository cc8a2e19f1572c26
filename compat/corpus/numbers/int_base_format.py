# Integer formatting in hex, octal, binary with prefixes, padding and grouping
numbers = [0, 1, 7, 8, 15, 255, 256, 1023, 65535, -42, 3735928559]
print(f"{'dec':>12} {'hex':>12} {'oct':>14} {'bin':>36}")
for n in numbers:
    print(f"{n:>12} {n:>#12x} {n:>#14o} {n:>#36b}")

print()
value = 0xDEADBEEF
print(f"{value:08X}", f"{value:_x}", f"{value:#_b}")
print(f"{255:#010b}", f"{255:010b}", f"{5:#06x}", f"{-5:#06x}")
print(hex(255), oct(255), bin(255), hex(-255), bin(-5))
print(f"{1234567890:_}", f"{1234567890:,}", f"{-1234567890:+,}")
print(format(42, "c"), format(0x263A, "c"))
for width in (4, 8, 16):
    print(f"{10:0{width}b}")
print("%x %X %o %#x %#o %05d %-5d| %+d" % (255, 255, 8, 255, 8, 42, 42, 42))
