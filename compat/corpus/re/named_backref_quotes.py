# Parse quoted strings and matching XML-like tags using (?P=name) backreferences
import re

STRING = re.compile(r"""(?P<quote>['"]{3}|['"])(?P<body>.*?)(?<!\\)(?P=quote)""", re.S)

source = '''x = "double"; y = 'single'; z = """triple "quoted" text"""; w = 'it\\'s'; v = "mixed ' quote"'''
for m in STRING.finditer(source):
    print(f"{m['quote']!r:<7} {m['body']!r}")

TAG = re.compile(r"<(?P<tag>[a-z][\w-]*)(?P<attrs>[^>]*)>(?P<content>.*?)</(?P=tag)>", re.S)
doc = "<note id='1'><to>Tove</to><from>Jani</from><body>Don't forget me</body></note><bad>oops</wrong>"

def walk(text: str, depth: int = 0) -> None:
    for m in TAG.finditer(text):
        attrs = dict(re.findall(r"(\w+)='([^']*)'", m["attrs"]))
        inner = m["content"]
        if TAG.search(inner):
            print("  " * depth + f"<{m['tag']}> {attrs}")
            walk(inner, depth + 1)
        else:
            print("  " * depth + f"<{m['tag']}> {inner!r}")

walk(doc)
print("group names:", list(TAG.groupindex))
print(re.fullmatch(r"(?P<a>\w)(?P<b>\w)(?P=b)(?P=a)", "abba") is not None,
      re.fullmatch(r"(?P<a>\w)(?P<b>\w)(?P=b)(?P=a)", "abab") is not None)
try:
    re.compile(r"(?P<x>a)(?P=y)")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)
