# Temperature conversion table between Celsius, Fahrenheit and Kelvin
def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32

def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9

def c_to_k(c: float) -> float:
    return c + 273.15

print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print("-" * 32)
for c in range(-40, 101, 20):
    print(f"{c:>8} | {c_to_f(c):>10.1f} | {c_to_k(c):>8.2f}")

print()
landmarks = {"absolute zero": -273.15, "water freezes": 0, "body temp": 37, "water boils": 100}
for name, c in landmarks.items():
    print(f"{name:<14} {c:>8}C = {c_to_f(c):>8.2f}F = {c_to_k(c):.2f}K")

print()
for f in (0, 32, 98.6, 212, 451):
    c = f_to_c(f)
    print(f"{f}F -> {c!r} C -> rounded {round(c, 2)}")
print("round trip 37C:", f_to_c(c_to_f(37)))
print("where C == F:", [t for t in range(-100, 101) if c_to_f(t) == t])
