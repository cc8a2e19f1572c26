# Explore getcontext().prec effects on Decimal division and powers
from decimal import Decimal, getcontext, InvalidOperation, DivisionByZero

ctx = getcontext()
print("default prec:", ctx.prec, "rounding:", ctx.rounding)
for prec in (5, 10, 28, 50):
    ctx.prec = prec
    third = Decimal(1) / Decimal(3)
    root2 = Decimal(2).sqrt()
    print(f"prec={prec:>2}: 1/3={third}  sqrt(2)={root2}")

ctx.prec = 28
print("exp(1):", Decimal(1).exp())
print("ln(10):", Decimal(10).ln())
print("log10(2):", Decimal(2).log10())
print("2 ** 100:", Decimal(2) ** 100)
print("1.1 ** 20:", Decimal("1.1") ** 20)
print("big * small:", Decimal("123456789.123456789") * Decimal("0.000000001"))
print("scaleb:", Decimal("1.5").scaleb(3), "fma:", Decimal(2).fma(3, 4))
print("compare:", Decimal("1.0") == Decimal("1.00"), Decimal("1.0").compare(Decimal("2")))
print("sorted:", sorted([Decimal("3.1"), Decimal("-1"), Decimal("2.50"), Decimal("2.5")]))
print("max/min:", max(Decimal("1.10"), Decimal("1.1")), Decimal("7").max(Decimal("3")))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation raised for 'abc'")
print("special:", Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"), Decimal("-0"))
print("Decimal from float:", Decimal(1.1))
print("Decimal from tuple:", Decimal((0, (3, 1, 4), -2)))
