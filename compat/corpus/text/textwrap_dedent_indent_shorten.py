# Generate a code snippet and help text with textwrap.dedent, indent and shorten
import textwrap


def make_function(name: str, body: str) -> str:
    header = f"def {name}():\n"
    return header + textwrap.indent(textwrap.dedent(body).strip("\n"), "    ") + "\n"


body = """
        total = 0
        for i in range(10):
            total += i

        return total
"""
code = make_function("sum_to_ten", body)
print(code)
namespace: dict = {}
exec(code, namespace)
print("result:", namespace["sum_to_ten"]())

quoted = textwrap.indent("first\n\nsecond\n  third", "> ")
print(quoted)
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))

print(repr(textwrap.dedent("   a\n     b\n   c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("  x\n\n    y\n")))

titles = [
    "A short title",
    "An extraordinarily long title that needs to be shortened for the listing",
    "Hello     world     with     spaces",
]
for t in titles:
    print(f"{textwrap.shorten(t, width=30)!r}")
print(textwrap.shorten("Lorem ipsum dolor sit amet", width=15, placeholder="..."))
try:
    textwrap.shorten("abc def", width=2, placeholder=" [more]")
except ValueError as e:
    print("ValueError:", e)
