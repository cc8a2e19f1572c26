# A number literal followed by an attribute: the tokenizer ends the number at a second dot,
# at a dot after an exponent, or at a dot after a based integer (CPython's tokenizer).
print(1.5e100.__format__('e'), 1.5e-100.__format__('e'), 3.0.__format__(''))
print(1..real, 1.5.is_integer(), .5.as_integer_ratio(), 2e3.hex())
print(0x10.real, 0o7.bit_length(), 0b101.bit_count(), 1_0.5.real)
print(1E5.real, 1.e2.imag, 5j.imag, 1.5j.real)
print([x.real for x in (1.0, 2.5)], 1.0 .real, 1 .real)
for src in ["1.2.3", "1..2", "1e5.5", "0x1.5", "1.5e", "1e+", "0_7", "1.real", "08"]:
    try:
        print(src, repr(eval(src)))
    except SyntaxError as e:
        print(src, "SyntaxError")
    except Exception as e:
        print(src, type(e).__name__, e)
