# Parse a stream of concatenated JSON values with JSONDecoder.raw_decode
import json

STREAM = '{"id": 1, "ok": true} {"id": 2, "ok": false}\n[1, 2, 3]"tail string" 42 {"id": 3,\n "nested": {"x": null}}   '

decoder = json.JSONDecoder()

def iter_json(s):
    idx = 0
    n = len(s)
    while True:
        while idx < n and s[idx].isspace():
            idx += 1
        if idx >= n:
            return
        obj, end = decoder.raw_decode(s, idx)
        yield idx, end, obj
        idx = end

for start, end, obj in iter_json(STREAM):
    print(f"[{start:>3}:{end:<3}] {type(obj).__name__:<5} {json.dumps(obj)}")

values = [obj for _, _, obj in iter_json(STREAM)]
print("ids:", [v["id"] for v in values if isinstance(v, dict)])
try:
    json.loads(STREAM)
except json.JSONDecodeError as e:
    print("json.loads on the whole stream:", e)
try:
    list(iter_json('{"a": 1} {"b": }'))
except json.JSONDecodeError as e:
    print("bad second value:", e.msg, "at", e.pos)
print(decoder.decode(' [true] '))
