# Show json's circular reference detection and a safe serializer that breaks cycles
import json

parent = {"name": "root", "children": []}
child = {"name": "leaf", "parent": parent}
parent["children"].append(child)

try:
    json.dumps(parent)
except ValueError as e:
    print("ValueError:", e)

def safe(obj, _stack=None):
    stack = _stack or []
    if any(obj is s for s in stack):
        return {"$ref": "<cycle>"}
    if isinstance(obj, dict):
        return {k: safe(v, stack + [obj]) for k, v in obj.items()}
    if isinstance(obj, list):
        return [safe(v, stack + [obj]) for v in obj]
    return obj

print(json.dumps(safe(parent), indent=2))

shared = {"x": 1}
not_cyclic = {"a": shared, "b": shared, "c": [shared, shared]}
print("shared (non-cyclic) refs are fine:", json.dumps(not_cyclic))

lst = [1, 2]
lst.append(lst)
print("self-containing list:", json.dumps(safe(lst)))
try:
    json.dumps(lst, check_circular=False)
except RecursionError:
    print("check_circular=False: RecursionError instead of a clean ValueError")
