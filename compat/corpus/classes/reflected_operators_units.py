# Physical quantity with units: NotImplemented, reflected operators, and cross-type comparisons
class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"{self.value:g} {self.unit}"

    def _same_unit(self, other):
        if not isinstance(other, Quantity):
            return False
        if other.unit != self.unit:
            raise ValueError(f"unit mismatch: {self.unit} vs {other.unit}")
        return True

    def __add__(self, other):
        if not self._same_unit(other):
            return NotImplemented
        return Quantity(self.value + other.value, self.unit)

    def __mul__(self, other):
        print(f"  {self!r}.__mul__({other!r})")
        if isinstance(other, (int, float)):
            return Quantity(self.value * other, self.unit)
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, f"{self.unit}*{other.unit}")
        return NotImplemented

    def __rmul__(self, other):
        print(f"  {self!r}.__rmul__({other!r})")
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.unit == self.unit:
                return self.value / other.value
            return Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return (self.value, self.unit) == (other.value, other.unit)

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        self._same_unit(other)
        return self.value < other.value


class Meters(Quantity):
    def __init__(self, value):
        super().__init__(value, "m")

    def __rmul__(self, other):
        print("  Meters.__rmul__ (subclass gets priority)")
        return Meters(self.value * other) if isinstance(other, (int, float)) else NotImplemented


d = Quantity(120, "m")
t = Quantity(8, "s")
print(d / t, d / Quantity(40, "m"))
print(3 * d)
print(d * 2)
print(Quantity(2, "m") * Meters(3))
print(d + Quantity(5, "m"))
print(d == Quantity(120, "m"), d == 120, d != "120 m")
print(sorted([Quantity(3, "kg"), Quantity(1, "kg"), Quantity(2, "kg")]))
for expr in (lambda: d + 5, lambda: d < 5, lambda: "x" * t):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
try:
    d + t
except ValueError as e:
    print("ValueError:", e)
