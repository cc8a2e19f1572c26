# float repr/str (shortest round-trip), parsing, formatting, rounding
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 1.5e300, 5e-324,
        2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0, 1.0, -2.5, 100.0,
        float('inf'), float('-inf'), float('nan'), 1/3, 2/3, 9007199254740993.0, 0.3,
        12345.678, 1e100, 123e-20, 4.35, 0.1 * 3, 1.1 * 1.1, 3.14159, 2 ** 0.5]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, 0.2, 1e-7], (1.5,), {1.25: 2.5})
for s in ['0.1', '1.00000000000000011102230246251565404236316680908203125', '  -1.5e3 ',
          '1_000.5', 'inf', '-Infinity', 'nAn', '+inf', '1e500', '-1e-500', '.5', '5.', '0x10',
          '1__0', '_1', '1_', '', ' ', '.', 'e5', '1e', '1.2.3', 'infinit', '9' * 400,
          '2.4703282292062327e-324', '2.4703282292062328e-324', '1' + '0' * 30 + '.5']:
    show(lambda: float(s))
print(0.1 + 0.7, 1.0000000000000002, 4.35 * 100)
print(1e16, 1.5e16, 9999999999999998.0, 0.00001234, 0.0001234)
# formatting
# (format specs without a type and 'z' belong to str.format's parser, tested elsewhere)
for spec in ['e', '.2e', 'E', 'f', '.2f', '.0f', '#.0f', 'g', '.3g', '#g',
             'G', '%', '.1%', '+.2f', '.20f', '.30e', 'n', '10.3f',
             '<10.2f', '^12.3e', '010.2f', '=+10.1f', '+g', ' e', '#.0e', '.0g', '.0%']:
    for v in [0.0, -0.0, 1.0, 2.675, 1234.5, 1e16, 1e-5, 123456789.123, -0.001, 0.5, 1.5,
              2.5, float('inf'), float('nan'), -float('inf'), 1e300]:
        show(lambda: format(v, spec))
print('%.3f %e %g %10.4f %-8.2e| %G %.0f %.0f %r %s' % (3.14159, 0.000123, 1e-10, 2.5, 12345.678,
      1e20, 0.5, 1.5, 0.1, 0.2 + 0.1))
print('{:.2f} {:e} {} {!r} {:.15g}'.format(2.675, 1e100, 1.1, 2.2, 0.1))
print(f'{0.1+0.2} {1e16:.3g} {3.0:.1f} {1/7:.20f}')
# round
for x, n in [(2.675, 2), (2.5, None), (0.5, None), (1.5, None), (-0.5, None), (-2.5, None),
             (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (5.0, -1),
             (15.0, -1), (25.0, -1), (1e300, 2), (1.23456789e-10, 15), (-1.005, 2), (0.1, 30),
             (123.456, 0), (-0.4, 0), (1e16, -16), (5e15, -16), (float('inf'), 2), (0.5, 0)]:
    show(lambda: round(x) if n is None else round(x, n))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(2.5, None))
show(lambda: round(7, -1))
show(lambda: round(15, -1))
show(lambda: round(25, -1))
show(lambda: round(-25, -1))
show(lambda: round(True))
show(lambda: round(12345678901234567890123, -5))
show(lambda: round('x'))
