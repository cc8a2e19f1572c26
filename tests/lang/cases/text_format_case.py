# format(), str.format, format_map and f-strings against CPython 3.11.
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except KeyError as e:
        print(label, '->', type(e).__name__, e.args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**40) + 3, True, False]
specs = ["", "d", "5", "<5", ">5", "^6", "=+8", "*^9", "0>5", "08", "+", "-", " ", "+08", "x", "X",
         "#x", "#X", "#o", "o", "b", "#b", "#010x", ",", "_", "_x", "_b", "#_o", "12,", "012,", "n",
         ",d", "c", "10c", "e", ".2f", "%", ".1%", "g", "G", "_X", "0=+10", "-^+10,"]
for v in ints:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)

floats = [2.5, 0.5, 0.125, 1e100, 99.99, 1.5e-7, 2.675, 1e22, 0.1 + 0.2, 5e-324, 0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, -0.000123456, 1e16, 1.7e-7, 123456789012.0,
          float("inf"), float("-inf"), float("nan"), 100.0, 1e-5, 12345.6789, 0.375, 65536.0]
fspecs = ["", "f", ".0f", ".1f", ".2f", ".3e", "e", "E", "g", "G", ".3g", ".10g", "#g", "#.3g", ".0e",
          "#.0f", "#.0e", "10.2f", "<10.2f", "^12.3f", "=+12.2f", "012.2f", "+.2f", " .2f", ",.2f", "_.3f",
          ",", "%", ".1%", "z.1f", "z", ".2", ".1", "10", "n", "015,.2f", ".3%", "#", "#.3", "08.3"]
for v in floats:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)

for v in [1 + 2j, -1.5 - 0.5j, 2j, 3.75 + 0j, 0.5 - 2.375j, 0.5 - 2.125j, 3.25 + 0j]:
    row = []
    for s in ["", ".2f", "10", "<20", "^20.1f", "+", "e", "g", "0", "=10", "%", ".1", ",.2f", "z.1f"]:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)

for v in ["abc", "", "héllo", "日本語"]:
    row = []
    for s in ["", "s", "5", ">5", "^7", "*<6", ".2", "10.2", "é^7", "=5", "+", " ", "#", "z", "d", ",", "05", "x"]:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)

# spec errors
for s in ["<<<", "1.", ".", ",_", "_,", "5.2.1", "abc", "-+", ",x", ",c", "_c", ",s", "99999999999999999999",
          ".99999999999999999999", "{", "ë", "\x00"]:
    show("int %r" % s, format, 5, s)
    show("float %r" % s, format, 1.5, s)
show("int precision", format, 5, ".2")
show("int z", format, 5, "z")
show("c range", format, -1, "c")
show("c sign", format, 65, "+c")
show("c alt", format, 65, "#c")
show("str sign", format, "a", "+")
show("format spec type", format, 1, 2)
show("None", format, None, "")
show("None spec", format, None, "5")
show("list spec", format, [1], ">5")
show("list empty", format, [1], "")


class P:
    def __init__(self, x):
        self.x = x
        self.items = [10, 20]

    def __format__(self, spec):
        return "P<%s|%s>" % (self.x, spec)

    def __str__(self):
        return "Pstr"


class Q:
    def __repr__(self):
        return "Qrepr"


class BadFormat:
    def __format__(self, spec):
        return 42


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    def __format__(self, spec):
        return "myfloat:" + spec


p = P(7)
print(format(p, "abc"), format(p), "{:x>5}".format(p), f"{p:^3}", "{0.x} {0.items[1]}".format(p))
print(format(Q(), ""), "{}".format(Q()), "{!r}".format(Q()), "{!s:>8}".format(Q()), "{!a}".format("é"))
show("Q spec", format, Q(), "5")
show("bad format", format, BadFormat(), "")
show("bad format", "{}".format, BadFormat())
print(format(MyInt(5), "03d"), "{:03d}".format(MyInt(5)), format(MyStr("ab"), ">4"), format(MyFloat(1.5), ".2f"), "{:+}".format(MyInt(3)),
      format(MyInt(7)), format(MyStr("s")), f"{MyInt(255):#x}")

# str.format
print("{} {} {}".format(1, "a", 2.5), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2),
      "{:{}}|{:{w}.{p}f}".format("x", 5, 3.14159, w=10, p=2), "{0[1]}{0[0]}".format("ab"),
      "{d[k]} {d[k2][0]}".format(d={"k": 1, "k2": [9]}), "{{}} {{{}}}".format(5), "{0!r:>6}".format("a"),
      "{:}".format(True), "{:d}".format(True), "{:>5}".format(True), "{0.imag}".format(3j), "{x}".format(x="é"),
      "{:%Y}".format if False else "", "{:,}".format(10**10), "{:_}".format(10**7), "{:.3}".format("abcdef"))
print("{:>{width}}".format("r", width=4), "{:{fill}{align}{width}}".format(3, fill="*", align="^", width=7),
      "{0:{1}{2}}".format(1.5, ">", 8))
for f, a, k in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{}", (), {}), ("{1}", (1,), {}), ("{x}", (), {}),
                ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{!}", (1,), {}), ("{!x}", (1,), {}),
                ("{!rx}", (1,), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}),
                ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[a]}", ({"a": 1},), {}), ("{:{:{}}}", (1, 2, 3), {}),
                ("{a.b}", (), {"a": 1}), ("{0:d}", ("x",), {}), ("a}b", (), {}), ("{0!s:{1}}", ("x", "^5"), {}),
                ("{0[-1]}", ({"-1": 2},), {}), ("{:x}", (1.5,), {}), ("{:c}", ("a",), {}), ("{0:}", (1,), {}),
                ("{0!a}", ("ü",), {}), ("{ 0 }", (1,), {}), ("{0}}", (1,), {}), ("{{0}}", (1,), {})]:
    show("format %r" % f, f.format, *a, **k)
print("{a} {b[0]}".format_map({"a": 1, "b": "xy"}))
show("format_map positional", "{}".format_map, {})
show("format_map missing", "{z}".format_map, {})


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


# f-strings
x, w, name, items = 3.14159, 8, "bob", [1, 2]
print(f"{x:.2f}|{x:>{w}.3f}|{name!r}|{name:^9}|{items[1]}|{x!s:.4}|{w:#b}|{w:08b}|{-w:+d}|{1e6:,.0f}")
print(f"{1234567.891:,.2f}", f"{0.5:.0%}", f"{-1234.5:_.1f}", f"{255:X}", f"{'abc':.>6}", f"{3:{w}}")
print(f"{x=}", f"{ name }", f"{{x}}", f"{'a' if w else 'b'}", f"{x:{w}.{2}f}")
big = '{:1000000000}'
try:
    r = big.format(1)
    r = len(r) == 1000000000
except MemoryError:
    r = True
print("huge width bounded", r)
del r
show("huge width int", format, 1, "99999999999999999999")
show("huge precision", format, 1.5, ".99999999999999999999f")
print(len(format(1.5, ".500f")), len("{:>5000}".format("x")), len(format(10**50, ",")))
