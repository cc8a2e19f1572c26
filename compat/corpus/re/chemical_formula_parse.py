# Parse chemical formulas with nested parentheses into element counts and molar masses
import re
from collections import Counter

MASSES = {"H": 1.008, "C": 12.011, "N": 14.007, "O": 15.999, "Na": 22.990, "Mg": 24.305,
          "S": 32.06, "Cl": 35.45, "Ca": 40.078, "Fe": 55.845, "Cu": 63.546, "P": 30.974, "K": 39.098}
TOKEN = re.compile(r"([A-Z][a-z]?)(\d*)|(\()|(\))(\d*)|(\S)")


def parse(formula: str) -> Counter:
    stack = [Counter()]
    for element, count, open_, close, mult, bad in TOKEN.findall(formula):
        if bad:
            raise ValueError(f"unexpected character {bad!r} in {formula}")
        if element:
            if element not in MASSES:
                raise ValueError(f"unknown element {element!r}")
            stack[-1][element] += int(count or 1)
        elif open_:
            stack.append(Counter())
        elif close:
            if len(stack) == 1:
                raise ValueError(f"unbalanced ')' in {formula}")
            group = stack.pop()
            for el, n in group.items():
                stack[-1][el] += n * int(mult or 1)
    if len(stack) != 1:
        raise ValueError(f"unbalanced '(' in {formula}")
    return stack[0]


def hill(counts: Counter) -> str:
    if "C" in counts:
        order = [e for e in ("C", "H") if e in counts] + sorted(e for e in counts if e not in ("C", "H"))
    else:
        order = sorted(counts)
    return "".join(f"{e}{counts[e] if counts[e] > 1 else ''}" for e in order)


for f in ["H2O", "C6H12O6", "Ca(OH)2", "Mg(NO3)2", "K4(Fe(CN)6)", "CuSO4(H2O)5", "NaCl", "(NH4)3PO4", "Xy2", "Fe2(SO4", "H2O!"]:
    try:
        counts = parse(f)
    except ValueError as e:
        print(f"{f:<12} error: {e}")
        continue
    mass = sum(MASSES[e] * n for e, n in counts.items())
    print(f"{f:<12} {hill(counts):<14} atoms={sum(counts.values()):<3} M={mass:8.3f} g/mol")
print(re.findall(r"[A-Z][a-z]?\d*", "C12H22O11"))
