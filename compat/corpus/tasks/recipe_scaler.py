# Scale a recipe with Fractions, convert units to friendly kitchen measures, and build a shopping list
import re
from collections import defaultdict
from fractions import Fraction

RECIPE = """\
Pancakes (serves 4)
1 1/2 cup flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cup milk
1 egg
3 tbsp butter, melted
"""
OMELETTE = """\
Omelette (serves 1)
3 egg
1 tbsp butter
2 tbsp milk
1/8 tsp salt
"""
TSP_PER = {"tsp": 1, "tbsp": 3, "cup": 48}
LINE = re.compile(r"^(?P<qty>\d+(?: \d+/\d+)?|\d+/\d+) (?:(?P<unit>cup|tbsp|tsp) )?(?P<item>[^,]+)(?P<note>,.*)?$")


def parse_qty(text):
    return sum(Fraction(part) for part in text.split())


def fmt_qty(q):
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def friendly(q, unit):
    """Re-express volume measures in the largest sensible unit."""
    if unit is None:
        return fmt_qty(q), ""
    tsp = q * TSP_PER[unit]
    for u in ("cup", "tbsp", "tsp"):
        amount = tsp / TSP_PER[u]
        if amount >= Fraction(1, 4) and (amount * 8).denominator == 1 or u == "tsp":
            return fmt_qty(amount), u
    return fmt_qty(q), unit


def parse_recipe(text):
    title, *lines = text.strip().splitlines()
    serves = int(re.search(r"serves (\d+)", title).group(1))
    items = []
    for line in lines:
        m = LINE.match(line)
        if not m:
            raise ValueError(f"cannot parse {line!r}")
        items.append((parse_qty(m["qty"]), m["unit"], m["item"].strip(), (m["note"] or "").lstrip(", ")))
    return title.split(" (")[0], serves, items


def scale(text, people):
    name, serves, items = parse_recipe(text)
    factor = Fraction(people, serves)
    print(f"{name} for {people} (x{fmt_qty(factor)}):")
    scaled = []
    for qty, unit, item, note in items:
        q = qty * factor
        if unit is None:
            q = Fraction(-(-q.numerator // q.denominator))  # can't use part of an egg: round up
        amount, u = friendly(q, unit)
        extra = f" ({note})" if note else ""
        print(f"  {amount:>6} {u:<4} {item}{extra}")
        scaled.append((q * TSP_PER.get(unit, 1) if unit else q, "tsp" if unit else None, item))
    return scaled


shopping = defaultdict(Fraction)
for text, people in ((RECIPE, 6), (OMELETTE, 2), (RECIPE, 1)):
    for qty, unit, item in scale(text, people):
        shopping[(item, unit)] += qty
    print()
print("shopping list:")
for (item, unit), qty in sorted(shopping.items()):
    amount, u = friendly(qty, unit)
    print(f"  - {item}: {amount} {u}".rstrip())
