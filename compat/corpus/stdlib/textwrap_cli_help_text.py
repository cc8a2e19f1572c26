# Render aligned CLI help text for options using textwrap.TextWrapper
import textwrap

options = [
    ("-h, --help", "Show this message and exit."),
    ("-v, --verbose", "Increase logging verbosity. Can be given multiple times to get even more detailed output, including debug traces."),
    ("-o, --output FILE", "Write results to FILE instead of standard output. The file is overwritten if it already exists."),
    ("--dry-run", "Print what would be done without changing anything."),
    ("--max-retries N", "Number of retries for transient network failures (default: 3)."),
]

WIDTH = 64
col = max(len(o) for o, _ in options) + 4
wrapper = textwrap.TextWrapper(width=WIDTH - col)

print("usage: tool [OPTIONS] SOURCE DEST")
print()
print(textwrap.fill("Synchronise SOURCE to DEST, copying only files that changed since the last run.", WIDTH))
print()
print("options:")
for flag, text in options:
    lines = wrapper.wrap(text)
    print(f"  {flag:<{col - 2}}{lines[0]}")
    for extra in lines[1:]:
        print(" " * col + extra)

epilog = """\
    Examples:
      tool src/ dst/
      tool -v --dry-run src/ backup/
"""
print()
print(textwrap.dedent(epilog), end="")
print(textwrap.indent(textwrap.fill("Report bugs to the issue tracker.", 30), "# "))
