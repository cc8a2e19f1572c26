# Remove ANSI escape sequences from terminal output and measure visible width
import re

ANSI = re.compile(r"""
    \x1b
    (?:
        \[ [0-?]* [ -/]* [@-~]     # CSI sequences: colors, cursor movement
      | \] .*? (?:\x07|\x1b\\)     # OSC sequences: window title, hyperlinks
      | [@-Z\\-_]                  # two-character sequences
    )
""", re.VERBOSE | re.DOTALL)

RED, GREEN, BOLD, RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[0m"
lines = [
    f"{BOLD}Status:{RESET} {GREEN}OK{RESET}",
    f"{RED}error{RESET}: file not found",
    "\x1b]8;;https://example.com\x1b\\link text\x1b]8;;\x1b\\ after link",
    "progress \x1b[2K\x1b[1G 50% \x1b[38;5;208morange\x1b[0m",
    "\x1b]0;window title\x07plain",
    "no escapes here",
]

for line in lines:
    plain = ANSI.sub("", line)
    codes = ANSI.findall(line)
    print(f"{len(line):>3} -> {len(plain):>3} {plain!r:<28} codes={[c.replace(chr(27), 'ESC') for c in codes]}")

table = [(f"{GREEN}pass{RESET}", "test_a"), (f"{RED}FAIL{RESET}", "test_long_name"), ("skip", "test_c")]
width = max(len(ANSI.sub("", s)) for s, _ in table)
for status, name in table:
    pad = width - len(ANSI.sub("", status))
    print(ANSI.sub("", status) + " " * pad, "|", name)
sgr = re.findall(r"\x1b\[([\d;]*)m", "".join(lines))
print("SGR params:", sgr)
