# Try to parse a batch of malformed JSON snippets and report JSONDecodeError details
import json

snippets = [
    '{"name": "ok", "n": 1}',
    '{"name": "trailing comma",}',
    "{'single': 'quotes'}",
    '{"a": 1 "b": 2}',
    '[1, 2, 3',
    '',
    '{"nan": NaN, "inf": Infinity}',
    '{"unterminated": "abc}',
    '{"num": 01}',
    'true false',
    '{"key": undefined}',
    '\n\n  {"multi":\n   [1, 2,, 3]}',
]

ok = 0
for i, text in enumerate(snippets):
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"#{i:<2} error: {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")
        print(f"     full message: {e}")
        if e.doc:
            snippet = e.doc[max(0, e.pos - 5):e.pos + 5].replace("\n", "\\n")
            print(f"     near: {snippet!r}")
    else:
        ok += 1
        print(f"#{i:<2} parsed: {value!r}")
print(f"{ok} of {len(snippets)} parsed")
print("JSONDecodeError is a ValueError:", issubclass(json.JSONDecodeError, ValueError))
