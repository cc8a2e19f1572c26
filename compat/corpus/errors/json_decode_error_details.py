# Inspecting json.JSONDecodeError position info and pointing at the bad character
import json

docs = [
    '{"name": "ann", "age": 31}',
    '{"name": "ann", "age": }',
    "{'single': 'quotes'}",
    '[1, 2, 3,]',
    '{"a": 1}\n{"b": 2}',
    '{\n  "items": [\n    1,\n    2\n  ]\n  "total": 3\n}',
    '',
    '"unterminated',
    'NaN',
    '{"n": 1e999}',
]

for doc in docs:
    try:
        value = json.loads(doc)
        print(f"OK   {value!r}")
    except json.JSONDecodeError as e:
        print(f"FAIL {e}")
        print(f"     msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
        bad_line = doc.splitlines()[e.lineno - 1] if doc else ""
        print(f"     | {bad_line}")
        print(f"     | {' ' * (e.colno - 1)}^")

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.dumps({"when": object.__new__(type("Opaque", (), {"__repr__": lambda s: "Opaque()"}))})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(float("nan")), json.dumps({1: "int key"}))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
