# json on hostile input, against CPython 3.11: deep nesting (RecursionError, never a
# crash), huge documents and strings, invalid UTF-8 bytes, lone surrogates, many escapes.
import json


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if len(repr(r)) < 80 else len(repr(r)))
    except RuntimeError as e:  # RecursionError
        print(label, "recursion:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# Nesting: moderate depth works, CPython's recursion limit stops deeper documents.
for n in (10, 500, 900, 100000):
    attempt("arrays %d" % n, lambda: len(json.loads("[" * n + "]" * n)))
    attempt("objects %d" % n, lambda: len(json.loads('{"a":' * n + "1" + "}" * n)))
    attempt("unclosed %d" % n, lambda: json.loads("[" * n))
    deep = []
    for i in range(n):
        deep = [deep]
    attempt("dumps %d" % n, lambda: len(json.dumps(deep)))
    attempt("dumps indent %d" % n, lambda: len(json.dumps(deep, indent=1)))
    deepd = {}
    for i in range(n):
        deepd = {"k": deepd}
    attempt("dumps dict %d" % n, lambda: len(json.dumps(deepd, sort_keys=True)))
    if n < 1000:  # the pure-Python encoder: CPython's recursion limit (checked in json_iterencode_case)
        attempt("iterencode %d" % n, lambda: len("".join(json.JSONEncoder().iterencode(deepd))))

# Size: a long array, a long string, many keys, long runs of escapes.
big = [{"id": i, "name": "item%d" % i, "tags": ["a", "b"], "v": i * 0.5, "ok": i % 2 == 0}
       for i in range(20000)]
text = json.dumps(big)
print(len(text), text[:60], text[-60:])
back = json.loads(text)
print(back == big, len(back), back[12345])
print(json.loads(json.dumps(big, indent=2)) == big)
s = "x" * 1000000
print(len(json.loads(json.dumps(s))), json.loads('"' + s + '"') == s)
esc = "\\n" * 100000 + "\\u00e9" * 100000 + "\\ud83d\\ude00" * 50000
r = json.loads('"' + esc + '"')
print(len(r), r[:3] == "\n\n\n", r[100000] == "\xe9", r[-1] == "\U0001f600")
print(len(json.dumps("\n\xe9\U0001f600" * 100000)), len(json.dumps("\n\xe9\U0001f600" * 100000, ensure_ascii=False)))
many = {"k%d" % i: i for i in range(50000)}
print(json.loads(json.dumps(many)) == many, len(json.dumps(many, sort_keys=True)))
print(len(json.loads("[" + "1," * 200000 + "1]")))
print(len(json.loads(" " * 100000 + "[1]" + "\n" * 100000)))
attempt("huge int", lambda: len(str(json.loads("9" * 4000))))
attempt("long number", lambda: json.loads("0." + "1" * 1000) == json.loads("0.1111111111111111111"))
attempt("huge exponent", lambda: json.loads("[1e999999999999, -1e-999999999999]"))

# Invalid UTF-8 and lone surrogates.
for b in [b'["\xed\xa0\x80"]', b'["\xf0\x9f\x98\x80"]']:
    attempt(repr(b), lambda: [hex(ord(c)) for c in json.loads(b)[0]])
for t in ['"\\ud800"', '"\\udfff"', '"\\ud83d"', '"\\ude00\\ud83d"', '"a\\ud800b"']:
    r = json.loads(t)
    d = json.dumps(r)
    print(t, [hex(ord(c)) for c in r], d, d == t.lower(), json.loads(d) == r,
          [hex(ord(c)) for c in json.dumps(r, ensure_ascii=False)])

# A string made of surrogate code points joins nothing: both stay separate.
pair = chr(0xD83D) + chr(0xDE00)
print(len(pair), json.dumps(pair), len(json.loads(json.dumps(pair))))

# Garbage never crashes the scanner (a fixed pseudo-random sequence).
alphabet = '[]{}",:0123456789.eE+-tfnulrsaINy \\u\n\t'
state = 12345
errors = {}
for i in range(3000):
    chars = []
    state = (state * 1103515245 + 12345) % 2**31
    for _ in range(1 + state % 30):
        state = (state * 1103515245 + 12345) % 2**31
        chars.append(alphabet[state % len(alphabet)])
    doc = "".join(chars)
    try:
        json.loads(doc)
        kind = "ok"
    except json.JSONDecodeError as e:
        kind = e.msg
    except RuntimeError:
        kind = "recursion"
    errors[kind] = errors.get(kind, 0) + 1
print(sorted(errors.items()))
