# Scale a recipe with exact fractions and print mixed-number quantities
from fractions import Fraction

recipe = {
    "flour (cups)": Fraction(2, 1) + Fraction(1, 4),
    "sugar (cups)": Fraction(3, 4),
    "butter (tbsp)": Fraction(6),
    "eggs": Fraction(2),
    "milk (cups)": Fraction(2, 3),
    "salt (tsp)": Fraction(1, 8),
}

def mixed(f: Fraction) -> str:
    whole, rem = divmod(f.numerator, f.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{f.denominator}"
    return f"{whole} {frac}" if whole else frac

servings = 4
for target in (2, 6, 10):
    factor = Fraction(target, servings)
    print(f"--- {target} servings (x{factor}) ---")
    for item, qty in recipe.items():
        print(f"  {item:<14} {mixed(qty * factor):>8}")

total_cups = sum(q for k, q in recipe.items() if "cups" in k)
print("total cups of dry+wet:", total_cups, "=", mixed(total_cups), "≈", float(total_cups))
print(Fraction("0.125"), Fraction(0.1).limit_denominator(100), Fraction(1, 3) + Fraction(1, 6))
