from decimal import (Decimal, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero, FloatOperation, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_05UP, Inexact, Rounded)
import decimal

print(Decimal("1.1") + Decimal("2.2"), Decimal(0.1), Decimal(10) / Decimal(3))
print(repr(Decimal("3.14")), str(Decimal("-0")), Decimal("1e-7"), Decimal("12345678901234567890.5"))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
             ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP):
    print(mode, [str(Decimal(x).quantize(Decimal("0.1"), rounding=mode))
                 for x in ("2.25", "2.35", "-2.25", "2.21", "-2.29", "2.05")])
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln())
print(getcontext().prec, Decimal(2).sqrt())
print(Decimal("1.30") == Decimal("1.3"), hash(Decimal("1.5")) == hash(1.5), Decimal("0.1") < 1)
print(sorted([Decimal("2.5"), Decimal("-1"), Decimal("0.333")]), sum([Decimal("0.1")] * 10))
print(Decimal("123.456").as_tuple(), Decimal("7.50").normalize(), Decimal("1E+3").to_integral_value())
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.000123'):e} {Decimal('42'):>8} {Decimal('0.5'):%}")
print(round(Decimal("2.675"), 2), int(Decimal("-7.9")), float(Decimal("1.25")), divmod(Decimal(7), Decimal(-2)))
print(Decimal("NaN").is_nan(), Decimal("-Infinity"), Decimal("inf") > 10**100)
for bad in ("abc", "1..2", ""):
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
c = Context(prec=5, rounding=ROUND_DOWN, traps=[])
print(c.divide(Decimal(1), Decimal(7)), c.flags[Inexact], c.flags[Rounded])
c2 = getcontext().copy()
c2.traps[FloatOperation] = True
try:
    c2.create_decimal(0.5)
except FloatOperation as e:
    print("FloatOperation", isinstance(e, TypeError))
print(Decimal("100").quantize(Decimal("1e1")), Decimal("3.14159").quantize(Decimal("0.001")))
try:
    Decimal("1e30").quantize(Decimal("0.1"), context=Context(prec=10))
except InvalidOperation:
    print("quantize InvalidOperation")
print(Decimal(5).fma(2, 3), Decimal(-3).copy_abs(), Decimal("2").compare(Decimal("3")), Decimal(2) ** 100)
print(decimal.MAX_PREC > 10**8, Decimal.from_float(0.25), Decimal("1.1").__class__.__module__)
