# Infer a simple JSON schema (types, required fields, examples) from sample documents
import json
from collections import defaultdict

SAMPLES = [
    '{"id": 1, "name": "Ana", "score": 9.5, "tags": ["x"], "address": {"city": "Porto"}}',
    '{"id": 2, "name": "Ben", "score": 7, "tags": [], "address": {"city": "Oslo", "zip": "0150"}}',
    '{"id": 3, "name": null, "score": 8.25, "active": true}',
    '{"id": "4", "name": "Dee", "tags": ["y", "z"], "address": null}',
]

JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer",
              float: "number", type(None): "null"}

def infer(docs):
    fields = defaultdict(lambda: {"types": set(), "count": 0, "children": []})
    for d in docs:
        for k, v in d.items():
            f = fields[k]
            f["types"].add(JSON_TYPES[type(v)])
            f["count"] += 1
            if isinstance(v, dict):
                f["children"].append(v)
    schema = {"type": "object", "properties": {}, "required": []}
    for k, f in fields.items():
        types = sorted(f["types"])
        if {"integer", "number"} <= f["types"]:
            types.remove("integer")
        prop = {"type": types[0] if len(types) == 1 else types}
        if f["children"]:
            prop.update(infer(f["children"]))
            prop["type"] = types[0] if len(types) == 1 else types
        schema["properties"][k] = prop
        if f["count"] == len(docs):
            schema["required"].append(k)
    return schema

docs = [json.loads(s) for s in SAMPLES]
schema = infer(docs)
print(json.dumps(schema, indent=2))
mixed = [k for k, p in schema["properties"].items() if isinstance(p["type"], list)]
print("fields with mixed types:", mixed)
print("optional fields:", [k for k in schema["properties"] if k not in schema["required"]])
