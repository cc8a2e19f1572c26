# Safely build patterns from user-supplied terms with re.escape
import re

terms = ["C++", "node.js", "$100", "a+b=c", "what?", "[draft]", "100%", "x*y", "path\\to", "email@host", "tab\tsep"]
for t in terms:
    print(f"{t!r:<14} -> {re.escape(t)!r}")

text = "I paid $100 for C++ books; node.js costs nothing. Is [draft] final? a+b=c, 100% sure. nodeXjs"
print()
for t in ["C++", "node.js", "$100", "[draft]", "100%", "a+b=c"]:
    naive_ok = True
    try:
        naive = re.findall(t, text)
    except re.error as e:
        naive, naive_ok = f"error: {e}", False
    safe = re.findall(re.escape(t), text)
    print(f"{t:<8} naive={naive!s:<44} escaped={safe}")

alternation = re.compile("|".join(re.escape(t) for t in sorted(["C++", "C", "C#"], key=len, reverse=True)))
print(alternation.pattern, alternation.findall("C, C++ and C# differ from Cython"))
print(re.sub(re.escape("{name}"), "World", "Hello, {name}! Bye {name}."))
print(re.sub(r"\d+", re.escape("$1.00").replace("\\", r"\\"), "cost: 5"))
print(re.sub("x", lambda m: "\\1", "axb"))
