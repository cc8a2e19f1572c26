# SyntaxError messages as CPython 3.11 words them (the message only: SyntaxError
# attributes belong to the exceptions area)
cases = [
    'y = [1, 2', 'print("a"', 'x = (1, 2]', 'x = 1)', 'if x\n    pass', 'def f()\n    pass',
    "x = 'abc", 'x = """abc\n\n', 'print(a b)', 'f() = 1', 'if x = 1:\n    pass',
    'else:\n    pass', 'if x:\npass', 'if x:\n        a\n    b', ' x = 1', 'print "hello"',
    'return 1', 'break', 'x = 08', '1 +', 'def f(x, x): pass', 'nonlocal x', 'x = [1, 2,\n3,\n',
    'for x in y\n    pass', 'while True\n    pass', 'class A\n    pass', 'x + 1 = 2', '1 = x', 'del f()',
    'f() += 1', 'for f() in x: pass', 'a, f() = 1, 2', 'x = {1: 2', 'foo(', 'x = 1 +\n',
    'lambda x: (yield)', 'def f():\n    x = 1\n    global x', 'try:\n    pass\n', 'x = 5 6',
    'import', 'from x import', 'x = $', 'x = 1 if y', 'a b c', 'def f(:\n  pass',
    'x = [i for i in]', "d = {'a' 1}", 'print(1,, 2)', 'continue', 'async = 1', 'True = 1',
    'None = 1', 'x := 1', 'def f(a=1, b): pass', 'f(a=1, 2)', 'f(**a, *b)', 'x = yield = 1',
]
for src in cases:
    try:
        compile(src, 'f', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args[0])
# an uncaught one ends the program with CPython's last traceback line
exec('x = 1\ny = [1, 2\n\n')
