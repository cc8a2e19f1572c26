# Semantic version class using functools.total_ordering with parsing and sorting
from functools import total_ordering
import re


@total_ordering
class Version:
    PATTERN = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([a-z]+)\.?(\d+)?)?$")

    def __init__(self, major, minor=0, patch=0, pre=None):
        self.major, self.minor, self.patch, self.pre = major, minor, patch, pre

    @classmethod
    def parse(cls, text):
        m = cls.PATTERN.match(text.strip())
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        major, minor, patch, tag, num = m.groups()
        pre = (tag, int(num or 0)) if tag else None
        return cls(int(major), int(minor), int(patch or 0), pre)

    def _key(self):
        # a release sorts after any pre-release of the same number
        return (self.major, self.minor, self.patch, (1,) if self.pre is None else (0, *self.pre))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return base + (f"-{self.pre[0]}.{self.pre[1]}" if self.pre else "")

    def __repr__(self):
        return f"Version('{self}')"

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        return Version(self.major, self.minor, self.patch + 1)


tags = ["1.2.0", "v1.10.1", "1.2", "1.2.0-rc.1", "0.9.12", "1.2.0-beta.2", "2.0.0-alpha", "1.10.0"]
versions = [Version.parse(t) for t in tags]
print(sorted(versions))
print(max(versions), min(versions))
print(Version.parse("1.2") == Version.parse("v1.2.0"), len(set(versions)))
a, b = Version.parse("1.2.0-rc.1"), Version.parse("1.2.0")
print(a < b, a <= b, a > b, a >= b, a != b)
print([str(Version.parse("1.4.9").bump(p)) for p in ("patch", "minor", "major")])
print([str(v) for v in versions if Version(1, 2) <= v < Version(2)])
for bad in ["1", "1.x", "release"]:
    try:
        Version.parse(bad)
    except ValueError as e:
        print(e)
try:
    Version(1) < "2.0"
except TypeError as e:
    print("TypeError:", e)
