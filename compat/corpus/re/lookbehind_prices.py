# Extract prices and amounts with lookbehind assertions
import re

receipt = """
Coffee        $3.50
Bagel         $2.25
Tax (8%)      $0.46
Tip           USD 1.00
Discount     -$0.75
Total         $6.46
Points earned: 646 (not money)
Euro item     €4.10
"""

dollars = [float(x) for x in re.findall(r"(?<=\$)\d+\.\d{2}", receipt)]
print("dollar amounts:", dollars)
negative = re.findall(r"(?<=-\$)\d+\.\d{2}", receipt)
print("negative:", negative)
positive = re.findall(r"(?<!-)\$(\d+\.\d{2})", receipt)
print("positive:", positive, "sum =", f"{sum(map(float, positive)):.2f}")
print("USD prefixed:", re.findall(r"(?<=USD )\d+\.\d+", receipt))
print("euro:", re.findall(r"(?<=€)[\d.]+", receipt))
print("bare numbers:", re.findall(r"(?<![$\d.€])\b\d+\b(?![.%\d])", receipt))

items = re.findall(r"^(\w[\w ()%]*?)\s+(?:-?\$|USD |€)([\d.]+)$", receipt, re.M)
for name, amount in items:
    print(f"  {name:<12} {float(amount):>6.2f}")

print(re.sub(r"(?<=\w)(?=[A-Z])", "_", "parseHTTPResponseCode").lower())
try:
    re.compile(r"(?<=\$\d+)\.")
except re.error as e:
    print("re.error:", e)
