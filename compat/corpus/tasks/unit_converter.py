# Unit conversion utility: length, mass, temperature and data sizes parsed from text queries
import re

LINEAR = {
    "length": {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048,
               "yd": 0.9144, "mi": 1609.344},
    "mass": {"g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237},
    "data": {"B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3, "KiB": 1024, "MiB": 1024**2,
             "GiB": 1024**3},
}
TEMPERATURE = {"C", "F", "K"}


class ConversionError(ValueError):
    pass


def dimension_of(unit):
    for dim, table in LINEAR.items():
        if unit in table:
            return dim
    if unit in TEMPERATURE:
        return "temperature"
    raise ConversionError(f"unknown unit {unit!r}")


def convert_temperature(value, src, dst):
    kelvin = {"C": lambda v: v + 273.15, "F": lambda v: (v - 32) * 5 / 9 + 273.15, "K": lambda v: v}[src](value)
    if kelvin < 0:
        raise ConversionError(f"{value} {src} is below absolute zero")
    return {"C": kelvin - 273.15, "F": (kelvin - 273.15) * 9 / 5 + 32, "K": kelvin}[dst]


def convert(value, src, dst):
    d1, d2 = dimension_of(src), dimension_of(dst)
    if d1 != d2:
        raise ConversionError(f"cannot convert {d1} ({src}) to {d2} ({dst})")
    if d1 == "temperature":
        return convert_temperature(value, src, dst)
    table = LINEAR[d1]
    return value * table[src] / table[dst]


QUERY = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)\s+(?:to|in)\s+([A-Za-z]+)\s*$")


def answer(query):
    m = QUERY.match(query)
    if not m:
        return f"could not parse {query!r}"
    value, src, dst = float(m.group(1)), m.group(2), m.group(3)
    try:
        result = convert(value, src, dst)
    except ConversionError as e:
        return f"error: {e}"
    return f"{value:g} {src} = {result:.6g} {dst}"


queries = [
    "5 km to mi", "6 ft in cm", "100 F to C", "-40 C to F", "0 K to C", "-300 C to K",
    "12 oz to g", "2.5 t in lb", "1 GiB to MB", "750 MB in GiB", "3 kg to m",
    "ten km to mi", "42 furlong to m",
]
for q in queries:
    print(f"{q:<16} -> {answer(q)}")
