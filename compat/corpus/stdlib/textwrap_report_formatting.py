# Format a text report with textwrap: wrap, fill, shorten, dedent, indent
import textwrap

description = ("The nightly ETL job extracts customer records from the primary database, "
               "normalizes addresses, de-duplicates entries using fuzzy matching, and loads "
               "the cleaned data into the warehouse for downstream analytics.")

print(textwrap.fill(description, width=50))
print("---")
for i, line in enumerate(textwrap.wrap(description, width=35), 1):
    print(f"{i:2}| {line}")
print("---")
print(textwrap.shorten(description, width=60))
print(textwrap.shorten(description, width=60, placeholder=" [more]"))
print(textwrap.shorten("   lots    of     spaces   here   ", width=40))

code = """
    def handler(event):
        if event:
            return process(event)
        return None
"""
dedented = textwrap.dedent(code)
print(dedented.strip("\n"))
print(textwrap.indent(dedented.strip("\n"), ">>> ", predicate=lambda l: l.startswith("def")))
print(textwrap.indent("a\n\nb", "  ") + "|")

w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ", max_lines=3)
print(w.fill(description))
hyph = "state-of-the-art well-documented machine-learning pipeline-orchestration"
print(textwrap.wrap(hyph, width=20))
print(textwrap.wrap(hyph, width=20, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious x", width=10, break_long_words=False))
print(textwrap.fill("tab\tseparated\ttext", width=12, expand_tabs=True, tabsize=4))
