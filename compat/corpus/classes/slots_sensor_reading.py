# __slots__ classes for many small records: no __dict__, fixed attributes, inheritance
class Reading:
    __slots__ = ("sensor", "value", "unit")

    def __init__(self, sensor, value, unit="C"):
        self.sensor = sensor
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"Reading({self.sensor!r}, {self.value}, {self.unit!r})"


class CalibratedReading(Reading):
    __slots__ = ("offset",)

    def __init__(self, sensor, value, offset, unit="C"):
        super().__init__(sensor, value, unit)
        self.offset = offset

    @property
    def corrected(self):
        return round(self.value + self.offset, 2)


class LooseReading(Reading):
    pass  # no __slots__, so instances get a __dict__ again


readings = [Reading("t1", 21.5), Reading("t2", 19.0), CalibratedReading("t3", 20.1, -0.35)]
print(readings)
print(Reading.__slots__, CalibratedReading.__slots__)
print(hasattr(readings[0], "__dict__"), hasattr(LooseReading("x", 1), "__dict__"))
print("corrected:", readings[2].corrected)

try:
    readings[0].location = "lab"
except AttributeError as e:
    print("AttributeError:", e)

r = Reading("t9", 0.0)
del r.unit
try:
    print(r.unit)
except AttributeError as e:
    print("AttributeError:", e)

loose = LooseReading("t4", 3.3)
loose.note = "temporary"
print(loose, loose.__dict__)
print(type(Reading.value).__name__, Reading.value.__name__)
avg = sum(x.value for x in readings) / len(readings)
print(f"average {avg:.3f}")
