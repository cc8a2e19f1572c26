# Inspect floats with is_integer, as_integer_ratio, hex and fromhex
values = [0.1, 0.5, 1.0, 2.5, -3.75, 1e-3, 123456.789, 1 / 3, 2.0 ** 60, 0.0, -0.0]

for v in values:
    num, den = v.as_integer_ratio()
    print(f"{v!r:>22} int?={str(v.is_integer()):<5} ratio={num}/{den} hex={v.hex()}")

print()
for h in ["0x1.8p1", "0x1p-1", "0x1.999999999999ap-4", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "inf", "0x10"]:
    print(f"float.fromhex({h!r}) = {float.fromhex(h)!r}")

import sys
print()
print("epsilon:", sys.float_info.epsilon)
print("max:", sys.float_info.max, "min:", sys.float_info.min)
print("dig:", sys.float_info.dig, "mant_dig:", sys.float_info.mant_dig)
print("1 + eps > 1:", 1.0 + sys.float_info.epsilon > 1.0, "1 + eps/2 == 1:", 1.0 + sys.float_info.epsilon / 2 == 1.0)
print("round trip:", all(float.fromhex(v.hex()) == v for v in values))
print("int(2.0 ** 60):", int(2.0 ** 60), "float(10**20):", float(10 ** 20))
print("(7.0).is_integer() and (7).bit_length():", (7.0).is_integer(), (7).bit_length())
print("int ratio:", (10).as_integer_ratio(), "real/imag:", (5).real, (5).imag, (5).conjugate())
