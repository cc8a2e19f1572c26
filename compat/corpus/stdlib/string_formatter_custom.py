# A custom string.Formatter with default values, attribute access and a custom conversion
import string


class SafeFormatter(string.Formatter):
    def __init__(self, default="<?>"):
        self.default = default

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else self.default
        return kwargs.get(key, self.default)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if value == self.default:
            return value
        return super().format_field(value, format_spec)


fmt = SafeFormatter()
print(fmt.format("{name!u} has {count:>5} items, missing={nope}", name="shop", count=42))
print(fmt.format("{0} + {1} = {2:.2f}", 1, 2))
print(fmt.format("{user[name]} <{user[email]}>", user={"name": "Ann", "email": "a@x.io"}))
print(fmt.format("{0.real}/{0.imag}", 3 + 4j))
print(fmt.format("{v!r:>10}|{v!l}", v="MiXeD"))

for literal, field, spec, conv in string.Formatter().parse("Total: {amount:,.2f} {currency!s} end"):
    print(repr(literal), field, repr(spec), conv)

plain = string.Formatter()
print(plain.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
try:
    plain.format("{missing}")
except KeyError as e:
    print("KeyError", e)
print("{:^11}|{:*<6}|{:+.3e}|{:#x}|{:08.3f}|{:%}".format("mid", "ab", 12345.678, 255, -3.14159, 0.256))
