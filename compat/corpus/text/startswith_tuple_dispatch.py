# Classify lines and file names using startswith/endswith with tuples and positions
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif")
CODE_EXT = (".py", ".js", ".rs", ".go")

files = ["logo.PNG", "main.py", "app.js", "notes.txt", "photo.jpeg", "lib.rs", "Makefile", ".gitignore"]
for f in files:
    low = f.lower()
    if low.endswith(IMAGE_EXT):
        kind = "image"
    elif low.endswith(CODE_EXT):
        kind = "code"
    elif f.startswith("."):
        kind = "hidden"
    else:
        kind = "other"
    print(f"{f:<12} {kind}")

print()
lines = [
    "GET /index.html HTTP/1.1",
    "POST /api/login HTTP/1.1",
    "# comment line",
    "// another comment",
    "DELETE /api/item/3 HTTP/2",
    "   indented",
]
for line in lines:
    if line.startswith(("#", "//")):
        print("comment :", line)
    elif line.startswith(("GET", "HEAD")):
        print("read    :", line.split()[1])
    elif line.startswith(("POST", "PUT", "DELETE", "PATCH")):
        print("write   :", line.split()[1])
    else:
        print("unknown :", repr(line))

s = "prefix:payload:suffix"
print()
print(s.startswith("payload", 7), s.startswith("payload", 8), s.endswith("payload", 0, 14))
print(s.startswith(()), "abc".startswith(""), "".endswith(""))
try:
    s.startswith(["prefix"])
except TypeError as e:
    print("TypeError:", e)
