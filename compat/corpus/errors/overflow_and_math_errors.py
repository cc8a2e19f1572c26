# Numeric edge cases: OverflowError, math domain errors, float/int conversion limits and Decimal traps
import math
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from fractions import Fraction

checks = [
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("float(10**400)", lambda: float(10 ** 400)),
    ("2.0 ** 5000", lambda: 2.0 ** 5000),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log(-1)", lambda: math.log(-1)),
    ("math.sqrt(-4)", lambda: math.sqrt(-4)),
    ("math.acos(2)", lambda: math.acos(2)),
    ("math.factorial(-1)", lambda: math.factorial(-1)),
    ("math.factorial(2.5)", lambda: math.factorial(2.5)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("Fraction(1, 0)", lambda: Fraction(1, 0)),
    ("(10**400) / 3", lambda: (10 ** 400) / 3),
    ("round(inf)", lambda: round(float("inf"))),
    ("range step 0", lambda: range(0, 10, 0)),
    ("[0] * 2**64", lambda: [0] * (2 ** 64)),
]

for label, fn in checks:
    try:
        result = fn()
        print(f"{label:<20} = {result!r}")
    except (ArithmeticError, ValueError, TypeError) as e:
        print(f"{label:<20} {type(e).__name__}: {e}")

print("inf arithmetic:", float("inf") - float("inf"), math.isnan(float("inf") * 0), 1e308 * 10)
print("big ints fine:", len(str(2 ** 1000)), (10 ** 400) // 3 % 1000)

with localcontext() as ctx:
    for label, fn in [("Decimal(1)/0", lambda: Decimal(1) / 0), ("Decimal(0)/0", lambda: Decimal(0) / 0),
                      ("sqrt(-1)", lambda: Decimal(-1).sqrt())]:
        try:
            fn()
        except (DivisionByZero, InvalidOperation) as e:
            print(f"{label:<14} {type(e).__name__} {issubclass(type(e), ZeroDivisionError)}")
    ctx.traps[DivisionByZero] = False
    print("untrapped:", Decimal(1) / 0, Decimal(-3) / 0)
