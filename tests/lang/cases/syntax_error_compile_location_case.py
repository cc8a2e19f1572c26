# SyntaxErrors the compiler finds after parsing (invalid targets, argument order, duplicate
# parameters, misplaced break/return/yield/await, global/nonlocal...): message, lineno,
# offset, text, end_lineno, end_offset as CPython's; text only for the errors CPython's
# parser finds, or where the filename names a file; no frame of their own in tracebacks
import traceback

snippets = [
    '1 = x',
    'x = 1\n(a, 1) = 2',
    'def f(a, a): pass',
    '  \nbreak',
    'for i in x:\n  pass\ncontinue',
    'return 5',
    'def g():\n    x = 1\n    global x',
    'f(**k, *a)',
    'f(a=1, b)',
    'del f()',
    'x + 1 = 2',
    'True = 1',
    '[x for x in y] = 1',
    'class A:\n    return 1',
    'yield 1',
    'await x',
    'def f():\n    nonlocal q',
    'f(x for x in y, 1)',
    'a, *b, *c = d',
    '*a = 1',
    'lambda: (yield)',
    'print(x) = 5',
    'def f(x=1, y): pass',
    'import *',
    'def f():\n    from os import *',
    'async def f():\n    yield from x',
    'f() += 1',
    '(a, b) += 1',
    'None = 3',
    'match x:\n    case a:\n        pass\n    case 1:\n        pass',
    'nonlocal x',
    "'abc' = 1",
    '1 = x = y',
    'x = 1 = y',
    '1 = x, y',
    '[1] = x',
    '(1) = x',
    'for 1 in x: pass',
    'with a as 1: pass',
    '1 += 2',
    'del 1',
    '(yield) = 1',
    'a if b else c = 1',
    'x() = 1',
    'x.y() = 1',
    'lambda: 1 = 1',
    '{1: 2} = x',
    '{1} = x',
    '... = 1',
    '-x = 1',
    'not x = 1',
    'a < b = 1',
    '{x for x in y} = 1',
    '(x for x in y) = 1',
    '{x: 1 for x in y} = 1',
    'await x = 1',
    '(a := 1) = 2',
    'x = *a',
    'f(x=1, x=2)',
    'f(1 for x in y, 2)',
    'f(2, 1 for x in y)',
    'def f(a, b, a, b): pass',
    'lambda a, a: 1',
    'def f(*, a, a): pass',
    'def f(a, *a): pass',
    'class A:\n  def f(self):\n    nonlocal zz',
    'def f():\n  x = 1\n  global x',
    'def f():\n  global x\n  global x',
    'def f(a):\n  global a',
    'x = 1\n  \tbreak',
    '1, x = y',
    'x, 1 = y, z',
    '1 = x if y else z',
    '1 = (x)',
    '1 = x + y',
    '1 = not x',
    '1 = x == y',
    'f() = x = y',
    '1 = yield x',
    '1 = *x',
    '1 = lambda: 2',
    'x, f() = 1',
    'f(), x = 1',
    'x.y, (1) = 2',
    '1 = 2 if 3 else 4',
    '1 = x; y',
    'if x:\n  1 = 2',
    'def f():\n  f() = 3',
    '1, x.y = 2',
    '1, x[0] = 2',
    '1, *x = 2',
    '1, (x) = 2',
    '1, [x] = 2',
    '1, (a, b) = 2',
    'f(), x = y + 1',
    '1 = x.y',
    '1 = -x',
    '1 = await x',
    '1 = f(x)',
    '1 = [x]',
    'x = 1 = 2',
    '(a, b) = 1 = 2',
    '1 = 2',
    'x.y = 1 = 3',
    "1 = 'a' 'b'",
    '1 = ...',
    'f(a=1, b, c)',
    'f(a=1, b, c=2)',
    'f(a=1,\n b,\n c)',
    'f(**k, b)',
    'f(**k, *a, b)',
    'f(x, **k, *a)',
    'g(f(a=1, b))',
    'def f(a, *, a): pass',
    'def f(a, **a): pass',
    'def f(a, a=1): pass',
    'def f(a, a: int): pass',
    'def f(a, /, a): pass',
    'def f(x=1, y, z): pass',
    'def f(x=1, *, y): pass',
    'def f(x=1, /, y): pass',
    'lambda x=1, y: 0',
    'class A(x for x in y, z): pass',
    '[*a, *b] = c',
    '*a, *b = c',
    'for *a, *b in c: pass',
    'del *a',
    'x = [*a for a in b]',
]
for src in snippets:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

# compile() of a string: a compiler error has no text whatever the filename (CPython reads
# the line from the file, which does not exist); the caret of format_exception_only
for src in ("x = 1\nbreak", "def f(a, a):\n    pass", "1 = x", "f(x=1, x=2)", "é = 'é'; 'é' = 1"):
    for name in ("<string>", "prog.py"):
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            print(name, repr(e.text), e.offset, e.end_offset)
            if name == "<string>":
                print("".join(traceback.format_exception_only(type(e), e)), end="")

# exec() of such a source: the traceback has no frame for the SyntaxError itself
try:
    exec("x = 1\nreturn 2")
except SyntaxError:
    tb = traceback.format_exc().splitlines()
    print([line for line in tb if line.startswith("  File")][1:])
    print(tb[-1])

# bad input: a huge, deeply nested and invalid-UTF-8-free nonsense target is still located
deep = "(" * 50 + "1" + ")" * 50 + " = 2"
try:
    compile(deep, "<deep>", "exec")
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset)
wide = ", ".join(["a"] * 5000) + ", 1 = x"
try:
    compile(wide, "<wide>", "exec")
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset)
# keyword repeated among many
try:
    compile("f(" + ", ".join("k%d=1" % i for i in range(300)) + ", k7=2)", "<kw>", "exec")
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset)
