# json.loads / json.load against CPython 3.11: values, hooks, the decoder classes,
# strings and their escapes, bytes input (guest/mod_json.c, guest/stdlib/patches/008x).
import json
from collections import OrderedDict


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


doc = '{"a": [1, 2.5, -3, -0.5e3, 1E2, 0, -0, true, false, null], "b": {"c": "d"}, "e": [], "f": {}}'
show(json.loads, doc)
for text in ['0', '-0', '12', '-12', '1.0', '-0.0', '1e5', '1E+5', '1e-5', '2.5E-3', '123456789012345678',
             '1234567890123456789', '-9223372036854775809', '1' * 40, '3.141592653589793', '1e400',
             '-1e400', '0.1', 'true', 'false', 'null',
             'NaN', 'Infinity', '-Infinity', '""', '"x"', ' \t\n\r 7 \r\n\t ', '[]', '{}',
             '[[[]]]', '{"a": {"b": {"c": {}}}}', '[1,2,3]', '[ 1 , 2 , 3 ]', '{"a" : 1 , "b" : 2}',
             '{"a":1,"a":2}', '{"":0}']:
    show(json.loads, text)

# Strings: escapes, surrogate pairs joined, lone surrogates kept.
for text in [r'"\" \\ \/ \b \f \n \r \t"', r'"\u0041\u00e9\u20AC\u4e2d"', r'"\ud83d\ude00"',
             r'"\uD83D\uDE00!"', r'"\ud800"', r'"\udc00"', r'"\ud800x"', r'"\ud800\u0041"',
             r'"\udc00\ud800"', r'"\ud800\ud800\udc00"', r'"\u0000"', '"é ü 中 😀"', '"\x7f"']:
    r = json.loads(text)
    print(len(r), [hex(ord(c)) for c in r])

# strict=False allows control characters in strings.
show(json.loads, '"a\tb\nc"', strict=False)
show(json.loads, '["\x00\x1f"]', strict=False)
show(json.loads, '"a\tb"')

# Hooks.
show(json.loads, '{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda p: p)
show(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show(json.loads, '{"b": 1}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: ("dict", d))
show(json.loads, '{}', object_pairs_hook=lambda p: ("pairs", p))
show(json.loads, '[{}]', object_hook=lambda d: "hooked")
show(json.loads, '[1.5, 2, 1e3]', parse_float=lambda s: "F" + s)
show(json.loads, '[1.5, 2, -0, 1e3]', parse_int=lambda s: "I" + s)
show(json.loads, '[1.5, 2]', parse_int=float)
show(json.loads, '[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s)
show(json.loads, '[NaN, -Infinity]')


def no_constants(s):
    raise ValueError("no " + s)


show(json.loads, '[1, NaN]', parse_constant=no_constants)
def boom(d):
    raise ValueError("hook saw %d" % len(d))


show(json.loads, '{"a": 1}', object_hook=boom)

# Keys are shared strings, values kept in order.
r = json.loads('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]')
print(r, [list(x) for x in r])

# JSONDecoder and raw_decode.
dec = json.JSONDecoder()
show(dec.decode, '[1, 2]')
show(dec.raw_decode, '[1, 2] trailing')
show(dec.raw_decode, '{"a": 1}{"b": 2}')
show(dec.raw_decode, '  [1]')
show(dec.raw_decode, 'x[1]', 1)
r = dec.raw_decode('"é" "ü"', 4)
print(r[0] == "ü", r[1])
stream = '{"a": 1} {"b": [2]}  3 "four" [5]'
pos, out = 0, []
while True:
    while pos < len(stream) and stream[pos] == " ":
        pos += 1
    if pos >= len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    out.append(obj)
print(out, pos)


class Decimalish(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_float=lambda s: ("dec", s), **kw)


show(json.loads, '{"x": 1.25}', cls=Decimalish)


class Stripping(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.strip("#"))


show(json.loads, '##[1]##', cls=Stripping)
d = json.JSONDecoder(strict=False, parse_int=str)
print(d.strict, d.parse_int is str, d.parse_float is float, d.object_hook, d.object_pairs_hook)
show(d.decode, '["a\nb", 12]')

# scanstring and the scanner themselves.
from json.decoder import scanstring
show(scanstring, '"abc" rest', 1)
show(scanstring, 'x"a\\nb"', 2)
r = scanstring('"é\\u00e9"', 1)
print(r[0] == "éé", r[1])
show(scanstring, '"abc"', 10)
show(scanstring, '"abc"', -1)
show(scanstring, '"a\tb"', 1, False)
show(dec.scan_once, '[1]', 0)
show(dec.scan_once, 'é[1]', 1)
show(dec.scan_once, '[1]', 5)
show(dec.scan_once, '[1]', -1)

# bytes and bytearray: UTF-8 (with or without BOM).
print(json.loads(b'{"a": "\xc3\xa9"}') == {"a": "é"})
show(json.loads, bytearray(b'[1, 2]'))
show(json.loads, b'\xef\xbb\xbf[1]')
print(json.loads(b'"\\ud83d\\ude00"') == "\U0001f600")
show(json.loads, '\ufeff[1]')
# UTF-16 and UTF-32, with or without a byte-order mark, surrogates passed through.
for b in [b'[\x001\x00]\x00', b'\xff\xfe[\x00]\x00', b'\xfe\xff\x00[\x00]', b'\x00[\x00]',
          b'\x00\x00\x00[\x00\x00\x00]', b'[\x00\x00\x00]\x00\x00\x00', b'\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00',
          b'\x00\x00\xfe\xff\x00\x00\x00[\x00\x00\x00]', b'"\x00\xe9\x00=\xd8\x00\xde"\x00', b'"\x00\x00\xd8"\x00',
          b'\x00\x00\x00"\x00\x00\xd8=\x00\x00\x00"', b'{\x00"\x00k\x00"\x00:\x00 \x001\x00}\x00']:
    r = json.loads(b)
    print(type(r).__name__, [hex(ord(c)) for c in r] if isinstance(r, str) else r)
for b in [b'[\x001\x00]', b'[\x00\x00\x00\x00\x00\x11\x00', b'\x00\x00\x00[\x00\x00\x00]\x00']:
    try:
        json.loads(b)
    except ValueError as e:
        print("ValueError:", e)

# Exact floats: the parsed bits, whatever repr prints.
import struct
for text in ['0.1', '0.30000000000000004', '5e-324', '2.5e-324', '1.7976931348623157e308',
             '2.2250738585072014e-308', '9007199254740993', '9007199254740993.0', '1e23',
             '8.98846567431158e307', '0.1e-999', '123456789012345678901234567890e-10',
             '4.9406564584124654e-324', '1.00000000000000011102230246251565404236316680908203125',
             '1.00000000000000011102230246251565404236316680908203124', '-0.0', '7e22', '3.0e-5']:
    v = json.loads(text)
    print(text, type(v).__name__, struct.pack("<d", v).hex() if isinstance(v, float) else v)

# load from a file object.
import io
show(json.load, io.StringIO('{"k": [1, 2]}'))
show(json.load, io.StringIO('[1, 2.5]'), parse_float=str)
