# Use optional named groups with groupdict(default=...) to parse CLI-like arguments
import re

ARG = re.compile(r"""
    ^--(?P<name>[a-z][a-z0-9-]*)
    (?:=(?P<value>.*))?$
  | ^-(?P<short>[a-zA-Z])(?P<short_value>\S+)?$
  | ^(?P<positional>[^-].*)$
""", re.X)

argv = ["--verbose", "--output=report.txt", "-n5", "-x", "input.csv", "--level=", "---bad", "--color=auto", "notes.md", "-"]

options: dict[str, object] = {}
positional: list[str] = []
for arg in argv:
    m = ARG.match(arg)
    if not m:
        print(f"unrecognized argument: {arg!r}")
        continue
    d = m.groupdict()
    dd = m.groupdict(default="")
    print(f"{arg:<20} lastgroup={m.lastgroup!s:<12} {dd}")
    if d["name"]:
        options[d["name"]] = d["value"] if d["value"] is not None else True
    elif d["short"]:
        options[d["short"]] = d["short_value"] or True
    else:
        positional.append(d["positional"])

print()
print("options:", options)
print("positional:", positional)
version = re.match(r"(?P<major>\d+)(?:\.(?P<minor>\d+))?(?:\.(?P<patch>\d+))?", "3.11")
print({k: int(v) for k, v in version.groupdict(default="0").items()}, version.groups(), version.groups("-"))
