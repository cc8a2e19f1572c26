import textwrap

text = "The quick brown fox jumps over the lazy dog.  It was not amused, and left for good."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap(text, 25, max_lines=2))
print(textwrap.wrap("  leading spaces kept", 10), textwrap.wrap("", 10))
print(textwrap.wrap("tab\tseparated\ttext", 12))
print(textwrap.shorten("Hello  world!  How are you?", 13), textwrap.shorten("short", 10))
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  x\n   \n  y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
# CPython's textwrap: breaks after hyphens, sentence endings, placeholders, errors
print(textwrap.wrap("a well-known, long-winded and self-evident statement", 12))
print(textwrap.wrap("a well-known, long-winded statement", 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilistic-expialidocious", 10))
print(textwrap.fill("Hello world. This is it.  Yes!", 40, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six", 10, max_lines=2, placeholder=" [...]"))
w = textwrap.TextWrapper(width=15, expand_tabs=False, replace_whitespace=False, drop_whitespace=False)
print(w.wrap("a\tb  c d\ne f g h i j"))
print(textwrap.TextWrapper(width=8, tabsize=4).wrap("x\ty\tz words"))
for bad in (0, -1):
    try:
        textwrap.wrap("abc def", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("one two three", 5, max_lines=1, placeholder=" [...too long...]")
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.dedent(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
print(textwrap.shorten("naïve café ünïcode wörds here", 18), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
