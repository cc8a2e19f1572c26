# functools.total_ordering on a semantic Version class; sorting, max/min and bisect over versions
from functools import total_ordering
import bisect
import re

@total_ordering
class Version:
    PATTERN = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?$")

    def __init__(self, text):
        m = self.PATTERN.match(text)
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.major, self.minor, self.patch = map(int, m.group(1, 2, 3))
        self.pre = m.group(4)

    def _key(self):
        pre_key = (1,) if self.pre is None else (0, tuple(
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split(".")))
        return (self.major, self.minor, self.patch, pre_key)

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

    def __repr__(self):
        return f"Version('{self}')"

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.pre}" if self.pre else "")

    def bump(self, part):
        if part == "major":
            return Version(f"{self.major + 1}.0.0")
        if part == "minor":
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")

releases = [Version(v) for v in ["1.0.0", "1.0.0-rc.1", "0.9.12", "1.10.0", "1.2.0", "1.0.0-alpha",
                                 "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "2.0.0", "1.2.0"]]
ordered = sorted(releases)
print("sorted:", " < ".join(map(str, ordered)))
print("latest:", max(releases), "oldest:", min(releases))
print("unique:", len(set(releases)), "of", len(releases))
v = Version("1.2.0")
print(v >= Version("1.2.0"), v > Version("1.10.0"), v <= Version("1.2.0-rc.1"), v != Version("1.2.1"))
print("bumps:", v.bump("patch"), v.bump("minor"), v.bump("major"))
idx = bisect.bisect_right(ordered, Version("1.1.0"))
print("releases after 1.1.0:", [str(r) for r in ordered[idx:]])
stable = [r for r in ordered if r.pre is None]
print("stable:", stable)
print("compare to str:", Version("1.0.0") == "1.0.0")
try:
    Version("1.0")
except ValueError as e:
    print(e)
try:
    print(Version("1.0.0") < "2.0.0")
except TypeError as e:
    print("TypeError:", e)
