# Parse semantic version strings with the official-style regex and sort them
import re
from functools import total_ordering

SEMVER = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+(?P<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


@total_ordering
class Version:
    def __init__(self, text: str):
        m = SEMVER.match(text)
        if not m:
            raise ValueError(f"invalid semantic version: {text!r}")
        self.text = text
        self.core = tuple(int(m[k]) for k in ("major", "minor", "patch"))
        self.pre = tuple(int(p) if p.isdigit() else p for p in m["pre"].split(".")) if m["pre"] else ()
        self.build = m["build"]

    def _key(self):
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.pre)
        return self.core, (1,) if not self.pre else (0,) + pre

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __repr__(self):
        return f"Version({self.text!r})"


raw = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
       "1.0.0-beta.11", "1.0.0-rc.1", "2.0.0+build.5", "1.10.0", "1.2.3", "01.2.3", "1.2", "1.2.3-", "3.0.0-0.3.7"]
versions = []
for r in raw:
    try:
        versions.append(Version(r))
    except ValueError as e:
        print(e)
print([v.text for v in sorted(versions)])
v = Version("2.0.0+build.5")
print(v.core, v.pre, v.build, Version("1.0.0+a") == Version("1.0.0+b"))
print(SEMVER.match("1.0.0-x.7.z.92+exp.sha.5114f85").groupdict())
