# Built-ins that take arguments by keyword as CPython's: int(x, base=), round(number,
# ndigits=), pow(base, exp, mod=), and functools.partial over them; their errors.
from functools import partial

tests = [
    "int('ff', base=16)", "int('11', 2)", "int('0x1f', base=0)", "int(b'101', base=2)",
    "int(bytearray(b'7'), base=8)", "int(' -7 ', base=10)", "int('z', base=36)",
    "int(x='5')", "int('5', base=None)", "int('1', base=1)", "int('1', base=37)", "int('1', base=-2)",
    "int(3.5, base=2)", "int(7, base=10)", "int('1', bas=2)", "int(1, 2, 3)", "int('1', 2, base=2)",
    "int(base=2)", "int('1', base=2.0)", "int('12', base=True)", "int('8', base=8)", "int('', base=10)",
    "round(2.567, ndigits=1)", "round(number=2.5)", "round(2.567, ndigits=None)", "round(25, ndigits=-1)",
    "round(1, 2, 3)", "round()", "round(ndigits=2)", "round(1.5, number=2)", "round(1.5, digits=1)",
    "round('x', ndigits=1)", "round(2.5, None)",
    "pow(2, 5, mod=7)", "pow(base=2, exp=3)", "pow(2, exp=3)", "pow(2, -1, mod=5)", "pow(2.0, 3, mod=None)",
    "pow(2, 3, None)", "pow(1)", "pow(1, 2, 3, 4)", "pow(2, 3, base=2)", "pow(exp=2)", "pow(2, 3, modulo=4)",
    "pow(2, 3, mod=0)", "pow(2.0, 3, mod=5)",
    "complex(real=1, imag=2)", "complex(imag=2)", "complex(1, imag=2.5)", "complex(real=3)", "complex(1j, imag=1j)",
    "complex('1', imag=2)", "complex(1, '2')", "complex(real=1, real2=2)", "complex(1, 2, imag=3)", "complex(1, real=2)",
    "partial(int, base=2)('1111')", "partial(int, base=16)('ff')", "partial(round, ndigits=1)(3.14159)",
    "partial(pow, 2)(10)", "partial(pow, mod=7)(2, 10)", "partial(partial(int, base=2), '1111')()",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)


class MyInt(int):
    pass


class MyStr(str):
    pass


print(MyInt("ff", base=16), type(MyInt("11", base=2)).__name__, int(MyStr("12"), base=3))
