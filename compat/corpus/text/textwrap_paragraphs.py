# Wrap and fill paragraphs with textwrap at different widths and indents
import textwrap

PARAGRAPH = (
    "The Zen of Python is a collection of guiding principles for writing computer "
    "programs that influence the design of the Python programming language. "
    "Beautiful is better than ugly. Explicit is better than implicit. "
    "Supercalifragilisticexpialidocious-words-are-broken-when-needed."
)

for width in (30, 50):
    print(f"width={width}".center(width, "-"))
    for line in textwrap.wrap(PARAGRAPH, width=width):
        print(f"|{line:<{width}}|")
    print()

print(textwrap.fill(PARAGRAPH, width=60, initial_indent="  * ", subsequent_indent="    "))
print()
wrapper = textwrap.TextWrapper(width=40, break_long_words=False, break_on_hyphens=False, max_lines=4, placeholder=" [...]")
for line in wrapper.wrap(PARAGRAPH):
    print(repr(line))
print()
w2 = textwrap.TextWrapper(width=25, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False)
print(w2.wrap("col1\tcol2\tcol3 and\nsome   more   text here"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("one two three", width=3))
