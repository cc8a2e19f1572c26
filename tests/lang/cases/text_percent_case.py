# printf-style formatting of str and bytes against CPython 3.11.
def show(label, f, *a):
    try:
        r = f(*a)
    except KeyError as e:
        print(label, '->', type(e).__name__, e.args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def pct(fmt, args):
    return fmt % args


values = [0, 7, -7, 255, -255, 3.14159, -2.75, 1e20, 1.7e-8, 2**70, True, "str", "é", None, [1, "a"], (1,)]
fmts = ["%s", "%r", "%a", "%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f", "%F", "%g", "%G", "%c",
        "%5s", "%-5s|", "%.2s", "%5.1s|", "%05d", "%+d", "% d", "%-6d|", "%#o", "%#x", "%#X", "%#08x", "%08.3f",
        "%-+8.2f|", "%.0f", "%#.0f", "%.3e", "%10.3g", "%#g", "%.10g", "%x", "%5c|", "%-5c|", "%%", "%.3d", "%+.3d",
        "%ld", "%hd", "%Lf", "%08s", "%+s", "%#s", "%0-5d|", "% 05d", "%+05d", "%.0e", "%#.3x"]
for v in values:
    row = []
    for f in fmts:
        try:
            row.append(f % (v,))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)

print("%s and %s" % ("a", "b"), "%(name)s is %(age)d" % {"name": "X", "age": 3}, "%*d|%-*d|" % (5, 1, 4, 2),
      "%.*f" % (2, 3.14159), "%*.*f" % (8, 3, 2.5), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % "x", "abc" % (),
      "%(a)s%(a)r" % {"a": "q"}, "%()s" % {"": 5}, "%(a(b))s" % {"a(b)": 1}, "100%%" % (), "%c%c" % ("a", 98),
      "%s" % "é", "%5s|" % "日本", "%-5r|" % "é", "%.1a" % "é", "%*s|" % (-4, "a"), "%.*s" % (-1, "abc"))
for f, a in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("x",)), ("%x", (1.5,)), ("%c", ("ab",)), ("%c", (0x110000,)),
             ("%c", (-1,)), ("%c", (1.5,)), ("%z", (1,)), ("%", (1,)), ("%(a)s", (1,)), ("%(a", {"a": 1}),
             ("%(b)s", {"a": 1}), ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("%s", 5), ("abc", 5), ("%d", None),
             ("%f", ("1",)), ("%e", ([],)), ("%(a)s %s", {"a": 1}), ("%5", (1,)), ("%.", (1,)), ("%ü", (1,)),
             ("%d", (float("inf"),)), ("%d", (float("nan"),)), ("%s %(a)s", {"a": 1}), ("a%", ()),
             ("%i", (3.99,)), ("%d", (-3.99,)), ("%x", (True,)), ("%o", (-8,)), ("%s", ()), ("%5%", ()),
             ("%-%", ()), ("%s", {}), ("abc", {}), ("abc", [])]:
    show("pct %r %r" % (f, a), pct, f, a)

print(b"%s %d %5.2f %x %c %c %%" % (b"ab", 5, 1.5, 255, 65, b"z"), b"%(k)s" % {b"k": b"v"}, b"%r" % "é",
      b"%a" % b"x", b"%b" % bytearray(b"y"), b"%5s|" % b"a", b"%-5b|" % memoryview(b"m"), b"%s" % 1.5 if False else b"")
for f, a in [(b"%s", ("str",)), (b"%s", (1,)), (b"%c", (256,)), (b"%c", ("a",)), (b"%c", (b"ab",)), (b"%y", (1,)),
             (b"%s", (1, 2)), (b"%d", (b"1",)), (b"%(a)s", {"a": 1})]:
    show("bpct %r %r" % (f, a), pct, f, a)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 10


class B:
    def __bytes__(self):
        return b"BB"


print("%f %x %o" % (F(), I(), I()), b"%s" % B())
show("pct float class %d", pct, "%d", F())
