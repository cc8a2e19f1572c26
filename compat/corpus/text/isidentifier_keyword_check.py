# Turn arbitrary column names into valid Python identifiers, checking keywords
import keyword

columns = ["First Name", "2nd place", "class", "email-address", "_private", "total$", "ünïcode", "", "   ", "lambda", "None", "x1", "max value (USD)"]


def to_identifier(name: str, taken: set[str]) -> str:
    cleaned = "".join(ch if (ch.isalnum() or ch == "_") else "_" for ch in name.strip())
    cleaned = "_".join(part for part in cleaned.split("_") if part) or "col"
    if name.strip().startswith("_"):
        cleaned = "_" + cleaned
    if not cleaned.isidentifier():
        cleaned = "_" + cleaned
    if keyword.iskeyword(cleaned) or keyword.issoftkeyword(cleaned):
        cleaned += "_"
    base, n = cleaned, 2
    while cleaned in taken:
        cleaned = f"{base}_{n}"
        n += 1
    taken.add(cleaned)
    return cleaned


taken: set[str] = set()
for col in columns:
    ident = to_identifier(col, taken)
    print(f"{col!r:<20} valid={str(col.isidentifier()):<5} kw={str(keyword.iskeyword(col)):<5} -> {ident}")

print()
for s in ["match", "case", "_", "type", "print", "True", "async"]:
    print(f"{s:<6} iskeyword={keyword.iskeyword(s)!s:<5} issoft={keyword.issoftkeyword(s)}")
print("number of keywords:", len(keyword.kwlist))
