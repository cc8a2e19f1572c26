# json's errors against CPython 3.11: JSONDecodeError's messages, positions and
# attributes for malformed documents, and the TypeErrors of wrong arguments.
import json


def show(text, **kw):
    label = repr(text)[:40] if all(ord(c) < 128 for c in text) else "%d chars" % len(text)
    try:
        r = json.loads(text, **kw)
        print("ok", repr(r))
    except json.JSONDecodeError as e:
        print(label, "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc is text or e.doc == text)
    except Exception as e:
        print(label, "|", type(e).__name__ + ":", e)


for text in ['', ' ', '\n\n', 'x', '[', ']', '{', '}', '[1,]', '[,1]', '[1 2]', '[1,,2]', '{"a":}',
             '{"a" 1}', '{"a":1,}', '{1:2}', "{'a':1}", '{"a":1 "b":2}', '{"a":1]', '[1}',
             '1 2', '[] []', '01', '-', '-a', '+1', '.5', '1.', '1.e5', '1e', '1e+', '[1.5e]',
             '0x10', 'nul', 'tru', 'fals', 'nan', 'inf', '-inf', 'Inf', 'NaNx', 'truex',
             '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u12g4"', '"\\ud800\\u12"',
             '"\\ud800\\u12xx"', '"\\ud800\\uzzzz"', '"a\nb"', '"a\x00b"', '"a\x1fb"', '"a\tb"',
             '["a",\n "b"\n "c"]', '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}', 'é', '"é', '["é", x]',
             '[1]\n\nx', '[1, 2, 3', '{"a": [1, {"b": 2]}', '\ufeff[1]', '[\ufeff]', '"\udcff"x']:
    show(text)

e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.args)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)

# Wrong argument types.
for bad in [None, 1, 1.5, [], {}, object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
for fn, arg in [(json.decoder.scanstring, b'"x"'), (json.encoder.encode_basestring, 5),
                (json.encoder.encode_basestring_ascii, None)]:
    try:
        fn(arg, 1) if fn is json.decoder.scanstring else fn(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.JSONDecoder().scan_once(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONDecoder().raw_decode("[1]", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(1, cls=5)
except TypeError as e:
    print("TypeError: not callable")

# Errors raised inside hooks and default() come through unchanged.
try:
    json.loads('{"a": 1}', object_pairs_hook=lambda p: {}[p[0][0]])
except KeyError as e:
    print("KeyError:", e.args)
try:
    json.dumps([1, object()], default=lambda o: {}["missing"])
except KeyError as e:
    print("KeyError:", e.args)


class Enc(json.JSONEncoder):
    def default(self, o):
        return o  # never serialisable: recursion through default()


try:
    json.dumps([object()], cls=Enc)
except ValueError as e:
    print("ValueError:", e)
