# io.StringIO(initial_value='', newline='\n') and io.BytesIO(initial_bytes=b'') take
# CPython's arguments, by position or keyword, with CPython's errors (keywords were
# ignored: StringIO(initial_value='x') was empty). Other newlines translate as CPython's
# (tests/lang/cases/io_stringio_newline_case.py).
import io

attempts = [
    "io.StringIO()", "io.StringIO(None)", "io.StringIO('abc')", "io.StringIO(initial_value='kw')",
    "io.StringIO('a', '\\n')", "io.StringIO('a', newline='\\n')", "io.StringIO('é\\n')",
    "io.StringIO('a', '\\n', 'x')", "io.StringIO(foo=1)", "io.StringIO('a', initial_value='b')",
    "io.StringIO(1)", "io.StringIO(b'x')", "io.StringIO('', 5)", "io.StringIO('', 'x')",
    "io.StringIO('', '\\n\\n')",
    "io.BytesIO()", "io.BytesIO(None)", "io.BytesIO(b'ab')", "io.BytesIO(initial_bytes=b'kw')",
    "io.BytesIO(bytearray(b'z'))", "io.BytesIO(memoryview(b'mv'))",
    "io.BytesIO(b'', 1)", "io.BytesIO(foo=1)", "io.BytesIO(1)", "io.BytesIO('x')",
    "io.BytesIO(b'a', initial_bytes=b'b')",
]
for a in attempts:
    try:
        print(a, '->', repr(eval(a).getvalue()))
    except Exception as e:
        print(a, '->', type(e).__name__, e)

# Written and read back after keyword construction.
s = io.StringIO(initial_value='one\ntwo\n')
print(s.readlines(), s.tell())
s.write('three')
print(repr(s.getvalue()))
b = io.BytesIO(initial_bytes=b'xyz')
b.seek(0, 2)
b.write(b'!')
print(b.getvalue())

# Subclasses construct through the same arguments.
class Log(io.StringIO):
    pass
print(repr(Log('seed').getvalue()), repr(Log(initial_value='kw').getvalue()))

# newline=None and '' over text without '\r' read as CPython reads them (csv's
# StringIO(newline='')).
for nl in (None, ''):
    s = io.StringIO('a\nb\n', newline=nl)
    s.write('c\n')
    print(repr(nl), s.getvalue().split('\n'), io.StringIO('a\nb', newline=nl).readlines())

# The newlines CPython translates (guest/patches 0262).
for nl in (None, '', '\r', '\r\n'):
    try:
        io.StringIO('x\r\ny', newline=nl)
        print(repr(nl), 'accepted')
    except NotImplementedError:
        print(repr(nl), 'NotImplementedError')
