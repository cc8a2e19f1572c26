# Resolve RFC 6901 JSON Pointers (with ~0 and ~1 escapes) against a document
import json

doc = json.loads(r'''{
  "foo": ["bar", "baz"],
  "": 0,
  "a/b": 1,
  "c%d": 2,
  "e^f": 3,
  "g|h": 4,
  "i\\j": 5,
  "k\"l": 6,
  " ": 7,
  "m~n": 8,
  "nested": {"list": [{"id": 10}, {"id": 20, "tags": ["x", "y"]}]}
}''')

class PointerError(LookupError):
    pass

def resolve(document, pointer: str):
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise PointerError(f"invalid pointer {pointer!r}")
    cur = document
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, list):
            if not token.isdigit() or int(token) >= len(cur):
                raise PointerError(f"bad index {token!r} in {pointer!r}")
            cur = cur[int(token)]
        elif isinstance(cur, dict) and token in cur:
            cur = cur[token]
        else:
            raise PointerError(f"no member {token!r} in {pointer!r}")
    return cur

pointers = ["", "/foo", "/foo/0", "/", "/a~1b", "/c%d", "/e^f", "/g|h", "/i\\j", '/k"l', "/ ", "/m~0n",
            "/nested/list/1/tags/1", "/nested/list/2", "/missing", "foo"]
for p in pointers:
    try:
        value = resolve(doc, p)
        shown = json.dumps(value) if not isinstance(value, dict) or len(value) < 3 else f"<object with {len(value)} keys>"
        print(f"{json.dumps(p):<26} => {shown}")
    except PointerError as e:
        print(f"{json.dumps(p):<26} !! {e}")
