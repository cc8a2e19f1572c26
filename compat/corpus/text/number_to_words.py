# Spell out integers in English words, as used for cheque printing
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest or not parts:
        parts.append(ONES[rest])
    return " and ".join(parts) if len(parts) == 2 else parts[0]


def spell(n: int) -> str:
    if n < 0:
        return "minus " + spell(-n)
    if n < 1000:
        return below_thousand(n)
    words = []
    for value, name in SCALES:
        if n >= value:
            count, n = divmod(n, value)
            words.append(f"{spell(count)} {name}")
    if n:
        words.append(("and " if n < 100 else "") + below_thousand(n))
    return " ".join(words)


for n in [0, 7, 13, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 7654321, -85, 2**40]:
    print(f"{n:>15,} : {spell(n)}")

amount = 1234.56
dollars, cents = divmod(round(amount * 100), 100)
print(f"Pay ${amount:,.2f}: {spell(dollars).capitalize()} dollars and {cents:02d}/100")
