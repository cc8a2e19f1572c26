# Temperature class with property getter/setter/deleter and unit-converting computed properties
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius=None):
        self._celsius = None
        if celsius is not None:
            self.celsius = celsius

    @property
    def celsius(self):
        if self._celsius is None:
            raise AttributeError("temperature not set")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        value = float(value)
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  clearing reading")
        self._celsius = None

    @property
    def fahrenheit(self):
        return round(self.celsius * 9 / 5 + 32, 2)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self.celsius - self.ABSOLUTE_ZERO, 2)

    def __repr__(self):
        return "Temperature(unset)" if self._celsius is None else f"Temperature({self._celsius:.2f}°C)"


t = Temperature(21.5)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t, t.celsius, t.kelvin)
del t.celsius
print(t, hasattr(t, "celsius"))
try:
    t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
for raw in ["-40", -300, "abc"]:
    try:
        t.celsius = raw
        print(f"set {raw!r}: {t} = {t.fahrenheit}F")
    except ValueError as e:
        print(f"set {raw!r} failed: {e}")
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
print(Temperature.kelvin.fset)
