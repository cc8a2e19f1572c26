# Clean up messy user-entered values with strip, lstrip and rstrip
raw_values = [
    "   Alice   ",
    "\tBob\n",
    "...Carol!!!",
    "0000123400",
    "xxyxHelloyxyx",
    "   ",
    "--verbose",
    "file.txt.bak.bak",
]

print("strip():")
for v in raw_values:
    print(f"  {v!r:<22} -> {v.strip()!r}")

print("\nstrip with chars:")
print(" ", "...Carol!!!".strip(".!"))
print(" ", "0000123400".lstrip("0"), "0000123400".rstrip("0"))
print(" ", "xxyxHelloyxyx".strip("xy"))
print(" ", "--verbose".lstrip("-"))
print(" ", repr("file.txt.bak.bak".rstrip(".bak")))

print("\nnormalize spacing:")
lines = ["  first line   ", "second\t\t", "", "   third"]
cleaned = [ln.strip() for ln in lines if ln.strip()]
print(" ", cleaned)
print(" ", " | ".join(s.rstrip() for s in lines))

def clean_amount(text: str) -> float:
    return float(text.strip().lstrip("$").replace(",", ""))

for amount in ["  $1,234.50 ", "$0.99", " 12 "]:
    print(f"  amount {amount!r} -> {clean_amount(amount):.2f}")
print("unicode whitespace:", repr("\u00a0\u2003text\u3000".strip()))
