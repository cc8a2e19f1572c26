# A small JSON-schema-like validator for API payloads with nested objects, arrays, enums and patterns
import json
import re

SCHEMA = {
    "type": "object",
    "required": ["id", "email", "items"],
    "properties": {
        "id": {"type": "integer", "minimum": 1},
        "email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"},
        "status": {"type": "string", "enum": ["new", "paid", "shipped"]},
        "coupon": {"type": ["string", "null"], "maxLength": 12},
        "items": {
            "type": "array", "minItems": 1,
            "items": {
                "type": "object", "required": ["sku", "qty"],
                "properties": {"sku": {"type": "string", "pattern": r"^[A-Z]{2}-\d{2}$"},
                               "qty": {"type": "integer", "minimum": 1, "maximum": 99},
                               "price": {"type": "number", "minimum": 0}},
            },
        },
    },
}

TYPES = {"object": dict, "array": list, "string": str, "number": (int, float), "integer": int,
         "boolean": bool, "null": type(None)}


def type_ok(value, expected):
    names = expected if isinstance(expected, list) else [expected]
    for name in names:
        if name in ("integer", "number") and isinstance(value, bool):
            continue
        if isinstance(value, TYPES[name]):
            return True
    return False


def validate(value, schema, path="$"):
    errors = []
    if "type" in schema and not type_ok(value, schema["type"]):
        return [f"{path}: expected {schema['type']}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match pattern")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']} chars")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required property {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors.extend(validate(value[key], sub, f"{path}.{key}"))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: needs at least {schema['minItems']} item(s)")
        for i, item in enumerate(value):
            errors.extend(validate(item, schema.get("items", {}), f"{path}[{i}]"))
    return errors


PAYLOADS = [
    '{"id": 7, "email": "ann@shop.io", "status": "paid", "coupon": null, '
    '"items": [{"sku": "AB-12", "qty": 2, "price": 9.5}]}',
    '{"id": 0, "email": "not-an-email", "status": "lost", "coupon": "SUPERSAVER2024!", '
    '"items": [{"sku": "ab-1", "qty": 0}, {"qty": 150, "price": -1}, "oops"]}',
    '{"id": true, "items": []}',
    '[1, 2, 3]',
    '{"id": 5, "email": "x@y.com", "items": [{"sku": "ZZ-99", "qty": 1}],}',
]
for n, raw in enumerate(PAYLOADS, 1):
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        print(f"payload {n}: invalid JSON: {e}")
        continue
    errs = validate(doc, SCHEMA)
    print(f"payload {n}: {'valid' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   -", e)
