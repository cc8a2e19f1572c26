# Sorting with lambda keys: natural sort, case-insensitive, multi-field with mixed direction, custom orders
import re

files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "file3.TXT", "readme.md", "File11.txt"]
print("default:", sorted(files))
print("casefold:", sorted(files, key=str.casefold))

def natural_key(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]

print("natural:", sorted(files, key=natural_key))

students = [("mia", "B", 3.4), ("leo", "A", 3.9), ("ava", "A", 3.9), ("zoe", "C", 2.8),
            ("ian", "B", 3.7), ("eve", "A", 3.5)]
print("gpa desc, name asc:", sorted(students, key=lambda s: (-s[2], s[0])))
print("group then gpa desc:", [s[0] for s in sorted(students, key=lambda s: (s[1], -s[2]))])

priority = {"critical": 0, "high": 1, "medium": 2, "low": 3}
tasks = [("write docs", "low"), ("fix prod", "critical"), ("refactor", "medium"),
         ("review PR", "high"), ("patch CVE", "critical"), ("lint", "unknown")]
ordered = sorted(tasks, key=lambda t: (priority.get(t[1], len(priority)), t[0]))
for name, level in ordered:
    print(f"  {level:9} {name}")

words = "banana Apple cherry apple date Banana elderberry fig".split()
print("by length then alpha:", sorted(words, key=lambda w: (len(w), w.lower(), w)))
print("by last letter:", sorted(words, key=lambda w: w[-1]))
print("reverse by vowels:", sorted(words, key=lambda w: sum(c in "aeiou" for c in w.lower()), reverse=True))

points = [(3, 4), (-1, 1), (0, -5), (2, 2), (-3, -3)]
print("by distance:", sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2"]
print("versions:", sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
data = [None, 3, None, 1, 2]
print("None last:", sorted(data, key=lambda x: (x is None, x or 0)))
