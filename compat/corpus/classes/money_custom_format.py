# Money value type with __format__ specs, __str__/__repr__ and Decimal arithmetic
from decimal import Decimal, ROUND_HALF_UP


class Money:
    SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return format(self, "s")

    def __format__(self, spec):
        # "s" symbol, "c" code, "a" accounting (negatives in parens); default -> symbol
        spec = spec or "s"
        value = f"{abs(self.amount):,}"
        if spec == "c":
            text = f"{value} {self.currency}"
        else:
            text = f"{self.SYMBOLS.get(self.currency, '?')}{value}"
        if self.amount < 0:
            return f"({text})" if spec == "a" else f"-{text}"
        return text

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"cannot add {self.currency} and {other.currency}")
            return Money(self.amount + other.amount, self.currency)
        return NotImplemented

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    def __neg__(self):
        return Money(-self.amount, self.currency)


lines = [Money("19.99"), Money(5), Money("0.015"), Money(1234.5)]
total = sum(lines)
print(repr(total))
print(f"Total: {total}  code: {total:c}  acct: {total:a}")
refund = -Money(42.1, "EUR")
print(f"{refund}|{refund:c}|{refund:a}|{refund!r}")
print(str(Money(1000000, "JPY")), Money(2.675, "GBP"))
print([f"{m * 1.2}" for m in lines])
print(f"{'Subtotal':<10}|{Money(3)!s:>12}|{str(-Money(7.5)):>10}|")
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
