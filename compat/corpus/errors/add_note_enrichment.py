# Enriching exceptions with add_note() as they propagate through processing layers
import traceback


def parse_record(line):
    name, age = line.split(",")
    return {"name": name.strip(), "age": int(age)}


def load_file(filename, lines):
    records = []
    for lineno, line in enumerate(lines, 1):
        try:
            records.append(parse_record(line))
        except ValueError as e:
            e.add_note(f"while parsing {filename}, line {lineno}: {line!r}")
            raise
    return records


def import_all(sources):
    out = {}
    for filename, lines in sources.items():
        try:
            out[filename] = load_file(filename, lines)
        except ValueError as e:
            e.add_note(f"import of {len(sources)} sources aborted")
            raise
    return out


sources = {
    "people.csv": ["ann, 31", "bob, 42"],
    "more.csv": ["cy, 25", "dee, unknown", "ed, 50"],
}

try:
    import_all(sources)
except ValueError as e:
    print("message:", e)
    print("notes:", e.__notes__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

err = KeyError("token")
print(hasattr(err, "__notes__"))
err.add_note("hint: check the auth header")
err.add_note("request id 42")
print(err.__notes__, repr(err))
try:
    err.add_note(123)
except TypeError as e:
    print("TypeError:", e)
try:
    sources["less.csv"] = ["x,y,z"]
    import_all({"less.csv": sources["less.csv"]})
except ValueError as e:
    print(traceback.format_exception_only(e)[-3:])
