# Compile a list of user-provided patterns and report re.error details for the broken ones
import re

patterns = [
    r"\d+",
    r"(unclosed",
    r"unbalanced)",
    r"[a-",
    r"*leading",
    r"a{3,2}",
    r"(?P<1bad>x)",
    r"(?P<n>a)(?P<n>b)",
    r"\k",
    r"a**",
    r"(?<=a+)b",
    r"[z-a]",
    r"(?Px)",
    r"\1(a)",
    r"ok(?#comment)",
    r"(?i)abc(?i)",
]

good = 0
for p in patterns:
    try:
        compiled = re.compile(p)
    except re.error as e:
        pointer = " " * (e.pos or 0) + "^"
        print(f"ERROR {p!r}")
        print(f"      {e.msg} (pos={e.pos})")
        print(f"      {p}\n      {pointer}")
    else:
        good += 1
        print(f"ok    {p!r} groups={compiled.groups}")
print(f"{good}/{len(patterns)} patterns compiled")
print(issubclass(re.error, Exception), re.error.__name__)
