# Parse an INI file with regexes for sections, keys, continuation lines and interpolation
import re

INI = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO

[server]
host = 0.0.0.0
port : 8080
root = ${base_dir}/public
description = A multi-line
    description that continues
    over several lines

[database "primary"]
url = postgres://db:5432/${name}
name = appdb
; comment line
# another comment
pool_size=10

[broken
orphan line
"""

SECTION = re.compile(r"^\[(?P<name>[^\]\"]+?)(?:\s+\"(?P<sub>[^\"]*)\")?\]\s*$")
OPTION = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*$")
CONTINUATION = re.compile(r"^\s+(?P<more>\S.*)$")
COMMENT = re.compile(r"^\s*(?:[;#].*)?$")
VAR = re.compile(r"\$\{(\w+)\}")

config: dict[str, dict[str, str]] = {"DEFAULT": {}}
section, last_key, errors = "DEFAULT", None, []
for n, line in enumerate(INI.splitlines(), 1):
    if (m := CONTINUATION.match(line)) and last_key:
        config[section][last_key] += " " + m["more"]
    elif COMMENT.match(line):
        last_key = None
    elif m := SECTION.match(line):
        section = m["name"] + (f".{m['sub']}" if m["sub"] else "")
        config.setdefault(section, {})
        last_key = None
    elif m := OPTION.match(line):
        last_key = m["key"].lower()
        config[section][last_key] = m["value"]
    else:
        errors.append((n, line))


def interpolate(sec: str, value: str, depth: int = 0) -> str:
    scope = {**config["DEFAULT"], **config[sec]}
    return VAR.sub(lambda m: interpolate(sec, scope.get(m[1], m[0]), depth + 1) if depth < 5 else m[0], value)


for sec, values in config.items():
    print(f"[{sec}]")
    for k, v in values.items():
        print(f"  {k} = {interpolate(sec, v)!r}")
print("errors:", errors)
