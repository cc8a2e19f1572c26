# Show how common float values print via repr, str and f-strings
values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 123456789.0,
          1.0, -0.0, 0.5, 100.0, 1e22, 1.5e300 * 1e10, 2.0 ** 0.5, 3.14159]
for v in values:
    print(f"repr={v!r:<24} str={str(v):<24} fixed={v:.3f}")

print("0.1 + 0.2 == 0.3 ->", 0.1 + 0.2 == 0.3)
print("sum of ten 0.1:", sum([0.1] * 10))
print("float('1e308') * 10:", float("1e308") * 10)
print("float('-inf') + 1:", float("-inf") + 1)
nan = float("nan")
print("nan == nan:", nan == nan, "nan != nan:", nan != nan)
print("str of big ints as float:", float(2 ** 53), float(2 ** 53 + 1))
print("tiny:", 5e-324, 5e-324 / 2)
print("max:", 1.7976931348623157e308)
