# float methods, conversions, arithmetic edge cases
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [1.5, -0.1, 0.0, -0.0, 1e308, 5e-324, 2.2250738585072014e-308, 3.0, 1/3, float('inf'), float('-inf'), float('nan')]:
    show(lambda: v.hex())
    show(lambda: v.as_integer_ratio())
    show(lambda: v.is_integer())
    show(lambda: (v.real, v.imag, v.conjugate()))
for s in ['0x1.8p1', '0X1.8P+1', '1.8', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', 'inf',
          '-infinity', 'nan', '0x1p1024', '0x1.fffffffffffff8p1023', '', 'x', '0x', '0x.p1',
          '  0x10  ', '0x1.p', '1p', '0xg']:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex((1/3).hex()) == 1/3)
show(lambda: int(1e300))
show(lambda: int(-1.5e20))
show(lambda: int(float('inf')))
show(lambda: int(float('nan')))
show(lambda: float(10 ** 400))
show(lambda: float(-(10 ** 400)))
show(lambda: 10 ** 400 * 1.0)
show(lambda: float(2 ** 53 + 1))
show(lambda: float(2 ** 1023 * 2 - 1))
show(lambda: float(2 ** 64 + 2 ** 11))
show(lambda: float(2 ** 64 + 2 ** 11 + 1))
show(lambda: float(3 ** 100))
show(lambda: 10 ** 20 / 3)
for a, b in [(-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-1e-300, 1e300), (5.0, float('inf')),
             (-5.0, float('inf')), (0.0, -3.0), (-0.0, 3.0), (1e308, 1e-308)]:
    show(lambda: (divmod(a, b), a % b, a // b))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0))
show(lambda: 2.0 ** 10000)
show(lambda: 0.0 ** -1)
show(lambda: pow(2.0, -1074))
show(lambda: (1.5).__trunc__())
show(lambda: (1.5).__floor__())
show(lambda: (-1.5).__ceil__())
show(lambda: (2.5).__round__())
show(lambda: (2.675).__round__(2))
import math
show(lambda: (math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5)))
print(1.0 == 1, 0.1 + 0.2 == 0.3, float('nan') == float('nan'), 2 ** 53 == 2.0 ** 53)
print(2 ** 80 + 1 == 2.0 ** 80, 2 ** 80 == 2.0 ** 80, 1e308 < 10 ** 400, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 1 < float('inf'))
