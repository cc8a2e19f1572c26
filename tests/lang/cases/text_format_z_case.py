# format(x, '') (str(x)) and the 'z' option of the format spec (PEP 682), through format(),
# str.format and f-strings; one-character strings of chr(), indexing and iteration.
def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [1.0, -1.0, 0.0, -0.0, 1e16, 1e-5, 123456789.0, 1e300, 2.5, 0.1, float("inf"), float("nan"), 1, -7, True, "s", None,
          1 + 2j, -0.0j, (1, "é"), [None], b"x"]:
    show("empty %r" % (v,), format, v, "")
    show("fmt %r" % (v,), "{}".format, v)
for v in [-0.0, 0.0, -0.0001, -0.001, 0.0001, -1e-10, -0.5, -0.4, -1.0, float("-inf"), float("nan"), -1e-300]:
    for spec in ["z", "z.0f", "z.1f", "z.2f", "z.1e", "zg", "z.3g", "z%", "z.0%", "+z.1f", " z.1f", "z10.2f", "z<8.1f",
                 "z=+8.1f", "z08.1f", "#z.0f", "z,.2f", "z_.1f", "zE", "zG", "z.2n"]:
        show("%r %r" % (v, spec), format, v, spec)
for v in [complex(-0.0, -0.0), complex(-1e-9, 1e-9), complex(0.0, -0.0001)]:
    for spec in ["z", "z.2f", "z.1e", "zg"]:
        show("complex %r" % spec, format, v, spec)
print(f"{-0.0:z}", f"{-0.001:z.1f}", "{:z.2f}|{:z.1%}".format(-0.0001, -0.0000001), f"{-0.0:z}x{-0.0}")
for v, spec in [(5, "z"), (5, "zd"), (-0, "z"), ("a", "z"), (True, "z"), (5, "z.1f"), (None, "z")]:
    show("bad %r %r" % (v, spec), format, v, spec)
show("percent z", lambda: "%z.1f" % -0.0)
show("spec z twice", format, -0.0, "zz")

# one-character strings
s = "aé日😀"
print([c for c in s], [s[i] for i in range(len(s))], [chr(c) for c in (97, 0xe9, 0x65e5, 0x1f600)])
print([ord(c) for c in s], s[1] == chr(0xe9), s[-1] == "\U0001f600", {c: i for i, c in enumerate(s)})
print(sum(1 for c in range(0x4e00, 0x9fff) if chr(c) == chr(c)), len(set(chr(c) for c in range(0x3000, 0x3100))))
show("chr big", chr, 0x110000)
show("chr neg", chr, -1)
show("chr float", chr, 65.0)
show("chr bool", chr, True)
show("chr huge", chr, 2 ** 70)
show("chr 2**31", chr, 2 ** 31)
show("chr 2**31-1", chr, 2 ** 31 - 1)
show("chr str", chr, "a")


class Ix:
    def __index__(self):
        return 0xe9


show("chr index", chr, Ix())
