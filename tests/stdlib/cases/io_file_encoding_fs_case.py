# Text files in other encodings than UTF-8 and with error handlers, as CPython's open();
# the queries of files and operations on closed files.
import io

with open('l1.txt', 'w', encoding='latin-1') as f:
    print(type(f).__name__, f.mode, f.encoding, f.name)
    f.write('café\nnaïve\r\nend')
with open('l1.txt', 'rb') as f:
    print(f.read())
for enc in ('latin-1', 'Latin1', 'iso-8859-1', 'cp1252', 'ascii', 'utf-8', 'UTF8', 'utf_8', None):
    try:
        with open('l1.txt', encoding=enc) as f:
            print(enc, repr(f.readline()), f.readlines())
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError', e.reason)
for errors in ('replace', 'ignore', 'surrogateescape', 'backslashreplace', 'strict'):
    try:
        with open('l1.txt', errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError', e.reason)
with open('l1.txt', encoding='latin-1', newline='') as f:
    print([l for l in f])
with open(file='l1.txt', mode='r', encoding='latin-1') as f:
    print(repr(f.read(4)), f.tell() > 0)
with open('a.txt', 'w', encoding='ascii') as f:
    try:
        f.write('naïve')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e.reason)
with open('a.txt', 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve')
with open('a.txt', 'a', encoding='utf-16') as f:
    f.write('ok')
print(open('a.txt', 'rb').read())
with open('u16.txt', 'w', encoding='utf-16') as f:
    f.write('grüße\n' * 3)
with open('u16.txt', encoding='utf-16') as f:
    print(f.readlines())
with open('u16.txt', 'rb') as f:
    print(len(f.read()))
for bad in (1, b'x'):
    try:
        open('a.txt', encoding=bad)
    except TypeError as e:
        print('TypeError', e)
try:
    open('a.txt', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)

open('q.txt', 'w').close()
for m in ('r', 'rb', 'r+', 'w', 'wb', 'a'):
    f = open('q.txt', m)
    print(m, f.readable(), f.writable(), f.seekable(), f.isatty())
    f.close()
    for op in ('readable', 'writable', 'seekable', 'isatty', 'fileno', 'tell', 'flush', 'readlines', '__iter__'):
        try:
            print(m, op, getattr(f, op)())
        except ValueError as e:
            print(m, op, 'ValueError', e)
    for op, arg in (('read', ()), ('readline', ()), ('seek', (0,)), ('write', ('x' if 'b' not in m else b'x',))):
        try:
            print(m, op, getattr(f, op)(*arg))
        except (ValueError, OSError) as e:
            print(m, op, type(e).__name__, e)
    try:
        next(f)
    except (ValueError, OSError) as e:
        print(m, 'next', type(e).__name__, e)
    print(m, f.closed)

# an appending file starts at its end
with open('a.txt', 'a') as f:
    print(f.tell())
    f.write('z')
    print(f.tell())
with open('a.txt', 'ab+') as f:
    print(f.tell(), f.read(), f.seek(0), f.read(3))

# truncate(): to the position by default, zeros when it grows, the position kept
with open('t.bin', 'wb+') as f:
    f.write(b'hello world')
    f.seek(3)
    print(f.truncate(), f.tell())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
    for bad in (-1, 'x', 2.0):
        try:
            f.truncate(bad)
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
with open('t.bin', 'rb+') as f:
    print(f.read(2), f.truncate(), f.tell(), f.read())
print(open('t.bin', 'rb').read())
with open('t.txt', 'w') as f:
    f.write('abc')
    print(f.truncate(10), f.tell())
print(repr(open('t.txt').read()))
with open('t.txt', 'r+') as f:
    print(repr(f.readline()), f.truncate(1), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
for m in ('r', 'rb'):
    with open('t.txt', m) as f:
        try:
            f.truncate()
        except OSError as e:
            print(m, type(e).__name__, e)
for m in ('a', 'ab'):
    f = open('t.txt', m)
    f.close()
    try:
        f.truncate()
    except ValueError as e:
        print('ValueError', e)
