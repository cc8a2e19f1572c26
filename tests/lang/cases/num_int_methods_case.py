# int methods, parsing limits, pow, hash
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 5, -5, 255, 256, 2 ** 31, 2 ** 62, 2 ** 64 - 1, -(2 ** 100), 10 ** 30]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__index__())
for args, kw in [((1024, 2), {}), ((), {}), ((2,), {'byteorder': 'little'}), ((4, 'big'), {'signed': True}),
                 ((256,), {}), ((0,), {}), ((8, 'little'), {})]:
    for v in [1024, 0, 255, -1, -129, 2 ** 64, -(2 ** 63)]:
        show(lambda: v.to_bytes(*args, **kw))
show(lambda: (5).to_bytes(1, 'middle'))
show(lambda: (5).to_bytes(-1))
for b, kw in [(b'\x01\x00', {}), (b'\x01\x00', {'byteorder': 'little'}), (b'\xff\xff', {'signed': True}),
              (b'\xff\xff', {}), (b'', {}), (b'\x80' + b'\x00' * 10, {'signed': True}), ([1, 2, 3], {}),
              (bytearray(b'\x7f'), {'byteorder': 'big', 'signed': True})]:
    show(lambda: int.from_bytes(b, **kw))
show(lambda: int.from_bytes('ab'))
for s, base in [('1_000', 0), ('0x_ff', 0), ('0b101', 0), ('0o17', 0), ('  42  ', 10), ('-0x10', 16),
                ('010', 0), ('z', 36), ('1__0', 10), ('_1', 10), ('12', 2), ('', 10), ('1_2_3', 10), ('0b_1', 0), ('0_7', 0), ('1 _2', 10),
                ('9' * 4300, 10), ('9' * 4301, 10), ('f' * 5000, 16)]:
    show(lambda: int(s, base) if len(s) < 100 else len(str(int(s, base))) if base == 10 else int(s, base).bit_length())
show(lambda: str(10 ** 4299)[:5])
show(lambda: str(10 ** 4300))
show(lambda: str(-(10 ** 4300)))
show(lambda: repr(10 ** 5000))
show(lambda: hex(10 ** 5000)[:10])
for a, b, m in [(3, -1, 7), (2, -1, 4), (10, -2, 17), (2, 10, -7), (-3, 3, 7), (2, 100, 1), (2, 3, 0),
                (2.0, 3, 5), (12345678901234567890, 98765, 10 ** 9 + 7), (5, -3, 10 ** 20 + 39)]:
    show(lambda: pow(a, b, m))
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 62, 2 ** 63, 10 ** 20,
          -(10 ** 20), 2 ** 1000, True, False, 1.0, -1.0, 0.5, -0.5, 1.5, 1e100, 1e-100, 2.0 ** 70,
          float('inf'), float('-inf'), (), (1, 2), (1, (2, 3)), ('a',) * 0, (1.5, -1), 1 + 2j, 3j, -1 + 0j]:
    show(lambda: hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70))
d = {1: 'a', 1.0: 'b', True: 'c', 2 ** 61 - 1: 'd', 0: 'e'}
print(d)
