# Show !r, !s and !a conversions on various values in a small audit log
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


@dataclass
class Change:
    field: str
    old: object
    new: object

    def __str__(self) -> str:
        return f"{self.field}: {self.old!s} -> {self.new!s}"


changes = [
    Change("name", "Zoë", "Zoe"),
    Change("price", Decimal("9.90"), Decimal("10.00")),
    Change("ratio", Fraction(1, 3), Fraction(2, 3)),
    Change("tags", ["a", "b"], ("a", "b", "c")),
    Change("note", "line1\nline2", 'say "hi"'),
    Change("emoji", "🙂", None),
]

for c in changes:
    print(str(c))
    print(f"  repr : {c.old!r} -> {c.new!r}")
    print(f"  ascii: {c.old!a} -> {c.new!a}")

print()
print(repr(changes[0]))
print("{0!r:>12}|{0!s:>12}|{0!a:>14}|".format("naïve"))
print("%r %s %a" % ("ü", "ü", "ü"))
print(f"{b'bytes'!s} {bytearray(b'ab')!r} {1.0!r} {1e16!r} {0.1+0.2!r}")
print(f"{'x'!r:^9}|{None!s:*<6}|")
