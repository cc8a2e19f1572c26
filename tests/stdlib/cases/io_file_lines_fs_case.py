# Lines of files as CPython reads them: every newline mode, readline(size) in characters,
# readlines(hint), iteration, and reads, writes, seek and tell mixed with buffered reads.
import os

data = b'ab\r\ncd\ref\ngh\r\r\n\nh\xc3\xa9llo w\xc3\xb6rld\r'
with open('f.bin', 'wb') as f:
    f.write(data)
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('f.bin', newline=nl) as f:
        print(repr(nl), [l for l in f])
    with open('f.bin', newline=nl) as f:
        print(repr(nl), f.readlines())
    with open('f.bin', newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open('f.bin', newline=nl) as f:
        print(repr(nl), [f.readline(1) for i in range(6)], repr(f.read(4)), repr(f.readline()), repr(f.readline()))
    with open('f.bin', newline=nl) as f:
        print(repr(nl), [f.readline(4) for i in range(9)])
with open('f.bin', 'rb') as f:
    print(list(f))
with open('f.bin') as f:
    print([f.readline(2) for i in range(12)])
with open('f.bin') as f:
    print(f.readlines(5))
    print(f.readlines(0))
    print(f.readlines(), f.readline(), list(f))
with open('f.bin', 'rb') as f:
    print([f.readline(3) for i in range(8)])
    print(f.readlines(1), f.readline(0), f.readline(-1), f.readline(None))
with open('f.bin') as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read(2)), f.tell())

# a binary file read and written around its buffer
with open('g.txt', 'w') as f:
    f.write(''.join('line %d\n' % i for i in range(3000)))
with open('g.txt', 'r+') as f:
    a = f.readline(); t = f.tell(); b = f.readline()
    print(repr(a), t, repr(b), f.tell())
    f.seek(t); print(repr(f.readline()))
    print(repr(f.read(5)), f.tell())
with open('g.txt', 'rb+') as f:
    f.readline(); f.write(b'Q'); f.seek(0); print(f.read(20))
    f.seek(5); print(f.read(3), f.tell()); f.seek(2, 1); print(f.read(3), f.tell())
    f.seek(-4, 1); print(f.read(4), f.tell())
    print(f.read(100000)[-10:], f.read(), f.tell())
    f.seek(8190); print(f.read(5), f.tell(), f.readline(), f.tell())
    f.seek(-3, 2); print(f.readline(), f.tell(), f.readline())
    f.seek(100); f.readline(); f.write(b'WXYZ'); print(f.tell()); f.seek(96); print(f.read(16))
with open('g.txt', 'a+') as f:
    f.seek(0); print(repr(f.readline())); f.write('end\n'); print(f.tell()); f.seek(0); print(len(f.read()))
with open('g.txt', 'rb') as f:
    n = 0
    while f.readline():
        n += 1
        if n % 700 == 0:
            print(n, f.tell())
    print(n, f.tell())
with open('g.txt', 'rb') as f:
    chunks = []
    while True:
        c = f.read(4097)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)
with open('g.txt', 'rb') as f:
    b = bytearray(10)
    print(f.readinto(b), bytes(b), f.readline(), f.readinto(bytearray(20000)), f.tell())

# long lines, and a line longer than the buffer ending exactly at its edge
with open('h.txt', 'w') as f:
    f.write('x' * 300_000 + '\nshort\n' + 'y' * 8191 + '\n' + 'z' * 8192 + '\r\n' + '\xe9' * 5000 + '\n')
for nl in (None, '', '\r\n'):
    with open('h.txt', newline=nl) as f:
        print([len(l) for l in f])
with open('h.txt', 'rb') as f:
    print([len(l) for l in f])
with open('h.txt') as f:
    print(len(f.readline(100_000)), len(f.readline()), f.tell())
    f.readline(); f.readline(); f.readline()
    print(len(f.readline(4999)), repr(f.readline()), f.tell())

# a file opened from a descriptor; closefd=False leaves the descriptor open
fd = os.open('g.txt', os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(repr(f.readline()), f.name == fd)
os.close(fd)
fd = os.open('g.txt', os.O_RDWR)
os.lseek(fd, 7, 0)
with open(fd, 'rb') as f:
    print(f.readline(), f.readline(4))
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno)
try:
    open('g.txt', closefd=False)
except ValueError as e:
    print('ValueError', e)

with open('e.txt', 'w') as f:
    pass
with open('e.txt') as f:
    print(repr(f.readline()), f.readlines(), list(f), f.tell())
with open('e.txt', 'rb') as f:
    print(repr(f.readline()), f.read(), f.read(10))
f = open('e.txt')
f.close()
for op in (f.readline, f.readlines, lambda: next(f)):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open('w.txt', 'w') as f:
    try:
        f.readline()
    except OSError as e:
        print(type(e).__name__, e)

# the standard streams by number
import sys
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.isatty() in (True, False))
sys.stdout.flush()
out = open(sys.stdout.fileno(), 'w', closefd=False)
out.write('through fd 1\n')
out.flush()
out.close()
with os.fdopen(1, 'w', closefd=False) as out:
    out.write('through os.fdopen\n')
print(out.closed, 'still open')
try:
    os.fdopen('x')
except TypeError as e:
    print('TypeError', e)
