# Compiling user-supplied snippets and reporting SyntaxError details (msg, line, offset, text)
import traceback

snippets = {
    "ok": "x = 1 + 2\nprint(x)",
    "missing colon": "if x > 1\n    pass",
    "unclosed paren": "total = (1 + 2\nprint(total)",
    "bad indent": "def f():\nreturn 1",
    "assign literal": "1 = x",
    "unexpected indent": "x = 1\n    y = 2",
    "stray token": "print('a') print('b')",
    "invalid string": "s = 'abc",
}

for name, src in snippets.items():
    try:
        code = compile(src, f"<{name.replace(' ', '_')}>", "exec")
        print(f"{name}: compiled ok ({code.co_filename})")
    except SyntaxError as e:
        print(f"{name}: {type(e).__name__}: {e.msg}")
        print(f"    filename={e.filename} lineno={e.lineno} offset={e.offset} text={e.text!r}")

try:
    compile("for i in range(3):\n    print(i", "<snippet>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")

try:
    eval("2 +* 3")
except SyntaxError as e:
    print("eval:", e)

try:
    exec("def f(a, a): pass")
except SyntaxError as e:
    print("exec:", e.msg, e.lineno)

print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
