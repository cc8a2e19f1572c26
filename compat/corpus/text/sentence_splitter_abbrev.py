# Split prose into sentences while respecting common abbreviations and decimals
ABBREVIATIONS = {"mr", "mrs", "dr", "prof", "e.g", "i.e", "etc", "vs", "st", "no"}


def split_sentences(text: str) -> list[str]:
    sentences, start, i = [], 0, 0
    while i < len(text):
        ch = text[i]
        if ch in ".!?":
            j = i
            while j + 1 < len(text) and text[j + 1] in ".!?\"')":
                j += 1
            nxt = text[j + 1:j + 3]
            word = text[start:i].split()[-1].lower() if text[start:i].split() else ""
            is_abbrev = ch == "." and word.rstrip(".") in ABBREVIATIONS
            is_decimal = ch == "." and i + 1 < len(text) and text[i + 1].isdigit()
            ends = not nxt or (nxt[0].isspace() and (len(nxt) < 2 or nxt[1].isupper() or nxt[1] in "\"'"))
            if ends and not is_abbrev and not is_decimal:
                sentences.append(text[start:j + 1].strip())
                start = j + 1
            i = j
        i += 1
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


TEXT = ("Dr. Smith arrived at 9.30 a.m. on Monday. He met Mrs. Jones, i.e. the new CFO! "
        "\"Are you ready?\" she asked. They discussed costs, e.g. rent, salaries, etc. and "
        "left early... The report (v2.1) is due on St. Patrick's Day. It cost $3.50 per copy")

for n, s in enumerate(split_sentences(TEXT), 1):
    words = s.split()
    print(f"{n}. [{len(words):2} words] {s}")

print(split_sentences("Hello. world. Yes!"), split_sentences(""))
