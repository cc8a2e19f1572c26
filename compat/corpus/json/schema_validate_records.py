# Validate JSON records against a tiny hand-written schema and report every violation
import json

SCHEMA = {
    "id": {"type": int, "required": True},
    "email": {"type": str, "required": True, "contains": "@"},
    "age": {"type": int, "required": False, "min": 0, "max": 150},
    "tags": {"type": list, "required": False, "items": str},
    "plan": {"type": str, "required": True, "choices": ["free", "pro", "team"]},
}

DATA = """[
  {"id": 1, "email": "a@x.io", "age": 31, "tags": ["beta"], "plan": "pro"},
  {"id": "2", "email": "bx.io", "plan": "gold"},
  {"email": "c@x.io", "age": -4, "plan": "free", "tags": ["ok", 3]},
  {"id": 4, "email": "d@x.io", "age": 200, "plan": "team", "nickname": "dee"},
  {"id": 5, "email": "e@x.io", "age": true, "plan": "free"}
]"""

def validate(rec):
    errors = []
    for field, rules in SCHEMA.items():
        if field not in rec:
            if rules["required"]:
                errors.append(f"{field}: missing")
            continue
        v = rec[field]
        if not isinstance(v, rules["type"]) or (rules["type"] is int and isinstance(v, bool)):
            errors.append(f"{field}: expected {rules['type'].__name__}, got {type(v).__name__}")
            continue
        if "contains" in rules and rules["contains"] not in v:
            errors.append(f"{field}: must contain {rules['contains']!r}")
        if "min" in rules and not rules["min"] <= v <= rules["max"]:
            errors.append(f"{field}: {v} out of range {rules['min']}..{rules['max']}")
        if "choices" in rules and v not in rules["choices"]:
            errors.append(f"{field}: {v!r} not in {rules['choices']}")
        if "items" in rules:
            bad = [i for i, x in enumerate(v) if not isinstance(x, rules["items"])]
            errors += [f"{field}[{i}]: expected {rules['items'].__name__}" for i in bad]
    unknown = sorted(set(rec) - set(SCHEMA))
    errors += [f"{u}: unknown field" for u in unknown]
    return errors

records = json.loads(DATA)
report = {}
for i, rec in enumerate(records):
    errs = validate(rec)
    report[i] = errs
    print(f"record {i}: {'OK' if not errs else 'INVALID'}")
    for e in errs:
        print(f"   - {e}")
print(json.dumps({"valid": sum(1 for e in report.values() if not e), "invalid": sum(1 for e in report.values() if e)}))
