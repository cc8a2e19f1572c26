# Convert identifiers between snake_case, camelCase, PascalCase and kebab-case
def split_words(name: str) -> list[str]:
    words, current = [], ""
    for i, ch in enumerate(name):
        if ch in "_- ":
            if current:
                words.append(current)
            current = ""
            continue
        prev = name[i - 1] if i else ""
        nxt = name[i + 1] if i + 1 < len(name) else ""
        boundary = ch.isupper() and current and (prev.islower() or prev.isdigit() or (nxt.islower() and prev.isupper()))
        if boundary:
            words.append(current)
            current = ""
        current += ch
    if current:
        words.append(current)
    return [w.lower() for w in words]


def to_snake(name): return "_".join(split_words(name))
def to_kebab(name): return "-".join(split_words(name))
def to_pascal(name): return "".join(w.capitalize() for w in split_words(name))
def to_camel(name):
    p = to_pascal(name)
    return p[:1].lower() + p[1:]
def to_constant(name): return to_snake(name).upper()


names = ["userId", "HTTPServerError", "parse_json_file", "XMLHttpRequest", "already-kebab-case",
         "Version2Update", "simple", "getHTTP2Response", "__dunder__", "ABC"]
print(f"{'input':<20}{'snake':<22}{'camel':<20}{'pascal':<20}{'kebab':<22}constant")
for n in names:
    print(f"{n:<20}{to_snake(n):<22}{to_camel(n):<20}{to_pascal(n):<20}{to_kebab(n):<22}{to_constant(n)}")

record = {"firstName": "Ada", "lastName": "Lovelace", "birthYear": 1815, "isHTMLUser": False}
print({to_snake(k): v for k, v in record.items()})
