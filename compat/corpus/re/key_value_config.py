# Parse key=value configuration text with quoted values, comments and type coercion
import re

CONFIG = r'''
# server config
name = "My Server"   # inline comment
port=8080
debug = true
ratio = 0.75
path = 'C:\data\files'
empty =
tags = a, b , c
motd = "He said \"hi\" # not a comment"
  indented_key   =   spaced value
bad line here
'''

LINE = re.compile(r"""
    ^\s*(?P<key>[A-Za-z_][\w.]*)\s*=\s*
    (?P<value>
        "(?:[^"\\]|\\.)*"       # double-quoted with escapes
      | '[^']*'                 # single-quoted raw
      | [^#]*?                  # bare value (lazy, stops at comment)
    )
    \s*(?:\#.*)?$
""", re.VERBOSE)


def coerce(raw: str):
    if raw.startswith('"'):
        return re.sub(r'\\(.)', r'\1', raw[1:-1])
    if raw.startswith("'"):
        return raw[1:-1]
    if re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    if re.fullmatch(r"[+-]?\d*\.\d+(?:[eE][+-]?\d+)?", raw):
        return float(raw)
    if re.fullmatch(r"(?i)true|false|yes|no", raw):
        return raw.lower() in ("true", "yes")
    if "," in raw:
        return re.split(r"\s*,\s*", raw)
    return raw or None


settings = {}
for n, line in enumerate(CONFIG.splitlines(), 1):
    if re.match(r"^\s*(#|$)", line):
        continue
    m = LINE.match(line)
    if m is None:
        print(f"line {n}: cannot parse {line!r}")
        continue
    settings[m["key"]] = coerce(m["value"])

for k, v in settings.items():
    print(f"{k:<14} {type(v).__name__:<6} {v!r}")
