# Convert numbers to English words, e.g. for writing cheque amounts
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]

def below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        t = TENS[n // 10]
        parts.append(t + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not parts:
        parts.append(ONES[n])
    return " ".join(parts)

def to_words(n: int) -> str:
    if n < 0:
        return "minus " + to_words(-n)
    if n < 1000:
        return below_thousand(n)
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            text = to_words(head) + " " + name
            if rest:
                text += (" and " if rest < 100 else " ") + to_words(rest)
            return text
    raise AssertionError

for n in [0, 7, 13, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1_000_000, 7_654_321, -58, 2_000_000_015]:
    print(f"{n:>14,}: {to_words(n)}")

def cheque(amount: float) -> str:
    cents = round(amount * 100)
    dollars, cents = divmod(cents, 100)
    return f"{to_words(dollars).capitalize()} dollars and {cents:02d}/100"

for amt in (1234.56, 0.99, 19.999, 500.0):
    print(f"${amt:,.2f} -> {cheque(amt)}")
