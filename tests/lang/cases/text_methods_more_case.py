# str.translate/maketrans, expandtabs, casefold, splitlines (all of CPython's line boundaries),
# bytes.hex(sep), bytes.fromhex and their argument errors, as CPython 3.11.
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
# translate/maketrans
show('mt1', str.maketrans, 'abc', 'xyz')
show('mt2', str.maketrans, 'abc', 'xyz', 'd')
show('mt3', str.maketrans, {'a': 'b', 98: None, 'c': 'long'})
show('mt4', str.maketrans, {'ab': 'x'})
show('mt5', str.maketrans, 'ab', 'x')
show('mt6', str.maketrans, 1)
show('mt7', str.maketrans, 'a')
show('mt8', str.maketrans, {1.5: 'x'})
show('mt9', str.maketrans, 'a', 'b', 5)
show('mt10', str.maketrans)
show('mt11', str.maketrans, 'a', 5)
show('mt12', ''.maketrans, 'é', 'ü')
t = str.maketrans({'a': '1', 'b': None, 'c': 'xyz', 'é': 'e', 0x1f600: ':)'})
show('tr1', 'abcdéé😀!'.translate, t)
show('tr2', 'abc'.translate, {97: 98.5})
show('tr3', 'abc'.translate, {97: 0x110000})
show('tr4', 'abc'.translate, {97: -1})
show('tr5', 'abc'.translate, [None, 'x'] * 60)
show('tr6', 'abc'.translate, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')
class M:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        if k == 98: raise ValueError('boom')
        return k + 1
show('tr8', 'ac'.translate, M())
show('tr9', 'abc'.translate, M())
show('tr10', 'abc'.translate, {97: 'é', 98: 0x1f600})
show('btr1', b'abc'.translate, None, b'b')
show('btr2', b'abc'.translate, bytes(range(256))[::-1])
show('btr3', b'abc'.translate, b'xx')
show('btr4', bytes.maketrans, b'ab', b'xy')
show('btr5', bytes.maketrans, b'ab', b'x')
show('btr6', bytearray(b'abc').translate, None, delete=b'a')
show('btr7', b'abc'.translate, None, 'a')
# expandtabs
for s in ['a\tb', '\t', 'ab\tc\td\n\te', 'abc\r\tx', '', '日本\tx', 'x' * 7 + '\t|']:
    for ts in [8, 4, 0, -1, 1]:
        show('et %r %d' % (s, ts), s.expandtabs, ts)
show('et kw', 'a\tb'.expandtabs, tabsize=3)
show('et bad', 'a\tb'.expandtabs, 'x')
show('bet', b'a\tb\nc\td'.expandtabs, 4)
show('bet2', bytearray(b'a\tb').expandtabs)
# casefold
for s in ['Straße', 'ΣΑΣ', 'ﬁ', 'İ', 'ß'.upper(), 'Ǆ', 'ᾈ', 'ABC', 'ǰ', 'µ']:
    show('cf %r' % s, s.casefold)
# splitlines
for s in ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'a\n', '\n\n', '', 'x\r', '\r\n\r']:
    show('sl', s.splitlines)
    show('slk', s.splitlines, True)
    show('slkw', s.splitlines, keepends=True)
show('bsl', b'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85'.splitlines)
show('bslk', b'a\nb\r\nc\r'.splitlines, True)
show('sl bad', 'a'.splitlines, 'x')
show('sl bad2', 'a'.splitlines, 1, 2)
# hex
for b in [b'', b'\x00', b'\x01\x02\x03\x04\x05', bytes(range(250, 256))]:
    for args in [(), (':',), ('-', 2), ('-', -2), (b'_', 3), ('', ), ('ab',), ('é',), (':', 0), (1,), ('\x00',)]:
        show('hex %r %r' % (b, args), b.hex, *args)
show('hexkw', b'abcd'.hex, sep='.', bytes_per_sep=3)
show('bahex', bytearray(b'abcd').hex, ' ')
show('mvhex', memoryview(b'abcd').hex, ' ', 1)
# fromhex
for s in ['', '01 02', ' 0102 ', '0', '012', 'zz', '01 2', '0x01', '1g', 'ab\tcd', 'ab\ncd', 'ab\x0bcd', 'AB cd', '\u3000ab', 'ab\u00a0cd', 'é', '0 1']:
    show('fh %r' % s, bytes.fromhex, s)
    show('bafh %r' % s, bytearray.fromhex, s)
show('fh b', bytes.fromhex, b'01')
show('fh none', bytes.fromhex)
class B(bytes): pass
show('fh sub', B.fromhex, '4142')
show('fh subtype', type, B.fromhex('41'))
show("args 1", 'a'.splitlines, x=1)
show("args 2", 'a'.splitlines, 1, keepends=1)
show("args 3", 'a'.expandtabs, 1, 2)
show("args 4", 'a'.expandtabs, x=1)
show("args 5", 'a'.split, 'a', 1, 2)
show("args 6", 'a'.split, x=1)
show("args 7", 'a'.encode, 'a', 'b', 'c')
show("args 8", 'a'.encode, x=1)
show("args 9", b'a'.hex, 'a', 1, 2)
show("args 10", b'a'.hex, x=1)
show("args 11", 'a'.splitlines, 2**70)
show("args 12", 'a\nb'.splitlines, 1.5)
show("args 13", 'a\nb'.splitlines, None)
show("args 14", 'a'.splitlines, keepends='x')
show("args 15", b'a\nb'.splitlines, 'x')
show("args 17", str.maketrans)
show("args 18", str.maketrans, 1,2,3,4)
show("args 19", bytes.fromhex, '1', '2')
show("args 20", bytearray.fromhex)
show("args 21", bytes.maketrans, b'a')
show("args 22", bytes.maketrans)
show("args 25", 'a b'.split, sep=None, x=1)
show("args 26", 'a b'.split, ' ', sep=None)
show("args 27", 'a b'.rsplit, ' ', 1, maxsplit=None)
show("args 28", b'abc'.translate)
show("args 29", b'abc'.translate, table=None)
show("args 30", b'abc'.translate, None, b'a', delete=b'b')
show("args 31", b'ab'.decode, 'ascii', encoding='x')
show("args 32", 'a'.encode, foo='x')
show("args 33", 'a'.encode, encoding='ascii', errors='strict')
show("args 34", 'ab'.splitlines, keepends=True)
show("args 36", 'a\nb'.splitlines, True)
show("args 37", 'a\nb'.splitlines, -2**31)
show("args 38", 'a\nb'.splitlines, 2**31)
show("args 39", 'a'.expandtabs, tabsize=2, x=1)
show("args 40", 'a'.expandtabs, 2, tabsize=2)
class I:
    def __index__(self): return 1
show("args 35", 'a\nb'.splitlines, I())
class B2(bytes):
    pass
print(type(B2.fromhex('41')).__name__, B2.fromhex('41 42'))
