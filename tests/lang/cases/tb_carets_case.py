# CPython 3.11's column markers in tracebacks (^^^ under the failing expression, ~~^~~
# for binary operations and subscripts), through the traceback module.
# The program runs from a string registered in linecache (a session runs its text as
# <string>, whose lines the traceback module cannot read).
import linecache

SRC = r'''
import io
import re
import traceback


def sanitize(text):
    return re.sub(r'File "[^"]*"', 'File "<case>"', text)


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = sanitize(traceback.format_exc())
        # drop the frame of show() itself
        lines = text.splitlines()
        print("\n".join(lines[:1] + lines[3:]))
        print("--")


class Box:
    def __init__(self):
        self.items = {"a": [1, 2]}

    def get(self, key):
        return self.items[key]

    def chain(self):
        return self


def binop(a, b, c):
    return a + b / c


def binop_parens(a, d):
    y = (a) + (d)
    return y


def nested(x):
    return int(str(x).strip())


def attr(b):
    return b.missing_attribute


def method(b):
    return b.chain().chain().nope()


def subscript(b):
    value = b.items["a"][5]
    return value


def subscript_store(d):
    d[ 'k' ] = d['q']


def multi_line(d):
    total = (1 +
        2 + d['z'])
    return total


def multi_call():
    return int(
        "x")


def whole_line(b):
    b.get("zz")


def raise_on_line(x):
    if x: raise ValueError("inline raise")


def assert_on_line(x):
    if x: assert False, "inline assert"


def unary(b):
    return -b


def power(a):
    return a ** "x"


def compare(a):
    return a < "x" and True


def comprehension(d):
    [d[i] for i in range(3)]


def utf8(d):
    s = "héllo"; return d[s]


show(binop, 1, 2, 0)
show(binop, "a", 2, 1)
show(binop_parens, 1, {})
show(nested, "x")
show(attr, Box())
show(method, Box())
show(subscript, Box())
show(subscript_store, {})
show(multi_line, {})
show(multi_call)
show(whole_line, Box())
show(raise_on_line, 1)
show(assert_on_line, 1)
show(unary, Box())
show(power, 2)
show(compare, 1)
show(comprehension, {})
show(utf8, {})
show(lambda: [][0])
show(lambda: Box().get("q"))

# print_exc to a file and the uncaught-style chain
try:
    try:
        binop(1, 2, 0)
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(sanitize(buf.getvalue()))

# FrameSummary positions
try:
    subscript(Box())
except IndexError as e:
    for f in traceback.extract_tb(e.__traceback__):
        print(f.name, f.lineno, f.end_lineno, f.colno, f.end_colno)
'''
linecache.cache["<carets>"] = (len(SRC), None, SRC.splitlines(True), "<carets>")
exec(compile(SRC, "<carets>", "exec"), {"__name__": "__main__"})
