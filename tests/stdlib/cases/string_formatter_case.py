import string
import _string

f = string.Formatter()
print(f.format("{0} {1!r} {name:>5} {x[0]} {y.real} {{lit}}", 1, "a", name="n", x=[7], y=3))
print(list(f.parse("a{0}b{1:>3}c{!r}{{}}")), f.vformat("{a}", (), {"a": 5}), f.format("{:{w}.{p}f}", 3.14159, w=8, p=2))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)


print(Defaults().format("{x} {y} {0}", 9, x=1))
print(list(_string.formatter_parser("x{a.b[0]!s:^{w}}y")), _string.formatter_field_name_split("a.b[0]")[0],
      list(_string.formatter_field_name_split("a.b[0]")[1]))
print(string.Template("$a $b").substitute({"a": 1}, b=2), string.Template("$a").safe_substitute({"a": 1}, a=3))
for bad in ("{0", "}", "{!x}", "{0!}"):
    try:
        print(f.format(bad, 1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError", e)
