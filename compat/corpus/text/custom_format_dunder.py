# Implement __format__, __str__ and __repr__ on domain classes used in f-strings
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "USD"

    def __str__(self) -> str:
        return f"{self.cents / 100:,.2f} {self.currency}"

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return f"{self.cents // 100}{'$' if self.currency == 'USD' else self.currency}"
        if spec.endswith("c"):
            return format(str(self.cents), spec[:-1])
        return format(str(self), spec)


class Temperature:
    def __init__(self, celsius: float):
        self.celsius = celsius

    def __format__(self, spec: str) -> str:
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        if num_spec[-1:].isdigit():
            num_spec += "f"
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return f"{format(value, num_spec or '.1f')}°{unit}"

    def __repr__(self) -> str:
        return f"Temperature({self.celsius!r})"


price = Money(123456)
print(f"str:    {price}")
print(f"repr:   {price!r}")
print(f"short:  {price:short}")
print(f"padded: [{price:>20}] [{price:*^22}]")
print(f"cents:  [{price:>10c}]")
print("format():", format(Money(99, "EUR"), "short"), "{:<15}|".format(Money(5)))

t = Temperature(21.5)
for spec in ["", "C", ".0F", "8.2K", ">10.3F"]:
    print(f"{spec!r:<9} -> [{t:{spec}}]")
print([t], str(t) == repr(t))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
