# Convert lengths and weights between metric and imperial using lookup tables
LENGTH_TO_M = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
               "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS_TO_KG = {"g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237, "st": 6.35029318}

def convert(value: float, src: str, dst: str, table: dict) -> float:
    return value * table[src] / table[dst]

print("Length conversions:")
for value, src, dst in [(1, "mi", "km"), (100, "m", "ft"), (6, "ft", "cm"), (42.195, "km", "mi"),
                        (12, "in", "mm"), (1, "km", "yd")]:
    print(f"  {value:>8} {src:<2} = {convert(value, src, dst, LENGTH_TO_M):>12.4f} {dst}")

print("Mass conversions:")
for value, src, dst in [(1, "kg", "lb"), (150, "lb", "kg"), (11, "st", "kg"), (500, "g", "oz"),
                        (1, "t", "lb")]:
    print(f"  {value:>8} {src:<2} = {convert(value, src, dst, MASS_TO_KG):>12.4f} {dst}")

units = ["in", "ft", "yd", "m"]
print()
print("      " + "".join(f"{u:>12}" for u in units))
for a in units:
    print(f"{a:>6}" + "".join(f"{convert(1, a, b, LENGTH_TO_M):>12.6g}" for b in units))

height_cm = 183
total_in = height_cm / 2.54
feet, inches = divmod(total_in, 12)
print(f"\n{height_cm} cm is {int(feet)}' {inches:.1f}\"")
print("raw float:", convert(1, "mi", "km", LENGTH_TO_M))
