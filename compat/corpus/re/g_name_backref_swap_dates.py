# Reorder fields with \g<name>, \g<0> and numbered backreferences in replacement templates
import re

dates = "Start 03/14/2024, mid 12/01/2023, end 7/4/1776."
us = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})")
print(us.sub(r"\g<year>-\g<month>-\g<day>", dates))
print(us.sub(r"\g<day>.\g<month>.\g<year>", dates))
print(us.sub(r"[\g<0>]", dates))
print(us.sub(r"\3\2\1", dates))
print(us.sub(r"\g<3>0", dates))

names = ["Lovelace, Ada", "Turing, Alan Mathison", "Hopper,Grace", "Knuth, Donald E."]
for n in names:
    print(re.sub(r"^(\w+),\s*(.+)$", r"\2 \1", n))

code = "value = compute(a, b)\nresult = transform(x)\n"
print(re.sub(r"(?m)^(\w+) = (\w+)\((.*)\)$", r"\g<1>: Final = \2(\3)  # was \1", code), end="")

m = us.search(dates)
print(m.expand(r"year=\g<year> month=\2 whole=\g<0>"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
try:
    us.sub(r"\g<missing>", dates)
except (IndexError, re.error) as e:
    print(type(e).__name__ + ":", e)
try:
    us.sub(r"\9", dates)
except re.error as e:
    print("re.error:", e)
