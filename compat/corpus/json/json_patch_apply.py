# Apply a simplified RFC 6902 JSON Patch (add/remove/replace/move/test) to a document
import json
import copy

doc = json.loads('{"title": "Draft", "tags": ["a", "b"], "author": {"name": "Kim", "email": "k@x.io"}, "views": 10}')
patch = json.loads("""[
  {"op": "replace", "path": "/title", "value": "Final"},
  {"op": "add", "path": "/tags/1", "value": "x"},
  {"op": "add", "path": "/tags/-", "value": "z"},
  {"op": "remove", "path": "/author/email"},
  {"op": "move", "from": "/views", "path": "/stats/views"},
  {"op": "test", "path": "/title", "value": "Final"},
  {"op": "add", "path": "/author/handle", "value": "@kim"}
]""")

def split(path):
    return [p.replace("~1", "/").replace("~0", "~") for p in path.lstrip("/").split("/")]

def parent_of(root, path, create=False):
    *parents, last = split(path)
    cur = root
    for p in parents:
        if isinstance(cur, list):
            cur = cur[int(p)]
        else:
            if create and p not in cur:
                cur[p] = {}
            cur = cur[p]
    return cur, last

def apply(document, ops):
    document = copy.deepcopy(document)
    for op in ops:
        kind = op["op"]
        if kind == "move":
            src, key = parent_of(document, op["from"])
            value = src.pop(int(key) if isinstance(src, list) else key)
            op = {"op": "add", "path": op["path"], "value": value}
            kind = "add"
        target, key = parent_of(document, op["path"], create=(kind == "add"))
        if kind == "add":
            if isinstance(target, list):
                target.insert(len(target) if key == "-" else int(key), op["value"])
            else:
                target[key] = op["value"]
        elif kind == "remove":
            del target[int(key) if isinstance(target, list) else key]
        elif kind == "replace":
            target[int(key) if isinstance(target, list) else key] = op["value"]
        elif kind == "test":
            actual = target[int(key) if isinstance(target, list) else key]
            if actual != op["value"]:
                raise ValueError(f"test failed at {op['path']}: {actual!r}")
        print(f"{kind:<8}{op['path']:<16} -> {json.dumps(document, separators=(',', ':'))}")
    return document

result = apply(doc, patch)
print(json.dumps(result, indent=2))
apply(result, [{"op": "test", "path": "/author/name", "value": "Lee"}])
