# Sort package version strings semantically, including pre-release tags
import re

versions = ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "2.0.0-rc1", "2.0.0", "0.9.12",
            "2.0.0-beta2", "1.2.9-alpha", "10.0.1", "2.0.0-beta10"]

def version_key(v: str):
    main, _, pre = v.partition("-")
    parts = tuple(int(x) for x in main.split("."))
    if not pre:
        return parts, (1,)
    m = re.match(r"([a-z]+)(\d*)", pre)
    tag, num = m.group(1), int(m.group(2) or 0)
    order = {"alpha": 0, "beta": 1, "rc": 2}[tag]
    return parts, (0, order, num)

print("Lexicographic:", sorted(versions))
ordered = sorted(versions, key=version_key)
print("Semantic:     ", ordered)
print("Latest stable:", max((v for v in versions if "-" not in v), key=version_key))
print("Latest any:   ", max(versions, key=version_key))

def bump(v, part):
    major, minor, patch = map(int, v.split("-")[0].split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"

for part in ("major", "minor", "patch"):
    print(f"bump {part:<5} 1.2.9 -> {bump('1.2.9', part)}")
series = {}
for v in ordered:
    series.setdefault(v.split(".")[0], []).append(v)
print({k: len(v) for k, v in series.items()})
