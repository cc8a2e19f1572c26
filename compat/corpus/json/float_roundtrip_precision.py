# Round-trip awkward floats through JSON and show repr precision is preserved
import json
import math

values = [0.1 + 0.2, 1e-7, 1e22, 1e16, 123456789012345678.0, 2.5e-324, 1.7976931348623157e308,
          -0.0, 3.0, 1 / 3, 100.0, 0.1, 5e-5, 12345.6789e10]

encoded = json.dumps(values)
print(encoded)
decoded = json.loads(encoded)
for original, back in zip(values, decoded):
    same = original == back and math.copysign(1, original) == math.copysign(1, back)
    print(f"{original!r:>26} -> {json.dumps(original):>24}  exact={same}")

print("sum check:", json.loads("[0.1, 0.2]"), sum(json.loads("[0.1, 0.2]")))
print("int stays int:", json.loads("10"), type(json.loads("10")).__name__,
      "| 10.0 stays float:", json.loads("10.0"), type(json.loads("10.0")).__name__)
print("exponent forms:", json.loads("[1E3, 1e-3, -2.5E+2, 0.0]"))
total = {"subtotal": 19.99, "tax": 19.99 * 0.08}
print(json.dumps(total), "| rounded:", json.dumps({k: round(v, 2) for k, v in total.items()}))
