# TypeErrors of str/bytes methods and operators, and %-/str.format errors, in CPython 3.11's words.
def t(src):
    try:
        r = eval(src, {})
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)


cases = [
    "1 in 'a'", "None in 'abc'", "b'a' in 'a'", "'a' in 'abc'",
    "1.5 in b'a'", "'a' in b'a'", "97 in b'a'", "b'a' in b'abc'", "bytearray(b'a') in b'abc'",
    "b'a' + 'x'", "b'a' + b'x'", "b'a' == 'a'",
    "'x'.find(1)", "'x'.rfind(1)", "'x'.index(1)", "'x'.count(1)", "'x'.partition(1)",
    "'x'.replace(1, 'a')", "'x'.replace('a', 1)", "'xax'.replace('a', 'b')",
    "'x'.split(1)", "'a b'.split(None)", "'a,b'.split(',')",
    "'x'.strip(1)", "'x'.lstrip(1)", "'x'.rstrip(1)", "' x '.strip(None)", "'xax'.strip('x')",
    "b'x'.strip(None)",
    "'x'.startswith(1)", "'x'.endswith(1)", "'x'.startswith(['a'])", "'x'.startswith(('a', 1))",
    "'xa'.startswith(('a', 'x'))", "'xa'.endswith(('a', 'x'))", "'xa'.endswith('a', 0, 1)",
    "b'x'.startswith('a')", "b'x'.endswith(1)", "b'xa'.startswith((b'a', b'x'))",
    "b'xa'.startswith(bytearray(b'x'))", "bytearray(b'x').startswith(b'x')",
    "','.join([1, 2])", "','.join(['a', 2])", "','.join(['a', 'b'])", "b','.join(['a'])",
    "b','.join([b'a', bytearray(b'b')])",
    "'%d' % 'a'", "'%i' % None", "'%x' % 1.5", "'%o' % 'a'", "'%d' % 2.5", "'%x' % 255",
    "'%c' % 'ab'", "'%(a)s' % 1", "'%s %s' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%s' % ()",
    "'{}'.format()", "'{}{}'.format(1)", "'{0} {2}'.format(1, 2)", "'{'.format()", "'}'.format()",
    "'{x}'.format()",
    "range(1, 2, 0)", "[1, 2][::0]", "bytes([256])", "bytes([-1])", "bytes([0, 255])",
    "max()", "min()", "max(1, 2, default=0)", "min([], default=7)", "max([3, 1, 2])", "max(1, 2)",
    "max([])",
    "hex('a')", "hex(1.5)", "oct(None)", "hex(255)", "oct(8)", "hex(-1)",
    "'{:d}'.format('a')", "'{:s}'.format(1)", "'{:.2f}'.format('a')",
]
for c in cases:
    t(c)
