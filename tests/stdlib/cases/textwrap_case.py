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
