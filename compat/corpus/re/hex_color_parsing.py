# Parse CSS color values (hex, rgb(), rgba()) into RGB tuples with regex
import re

HEX = re.compile(r"#(?P<hex>[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([01]?\.?\d*)\s*)?\)", re.I)

css = """
body { color: #333; background: #FFFFFF; }
a:hover { color: #1e90ff; border-color: #abcd; }
.overlay { background: rgba(0, 0, 0, 0.5); }
.badge { color: RGB(255,99 , 71); outline: #12345; }
.glass { background: #11223380; }
"""


def hex_to_rgb(h: str) -> tuple:
    if len(h) in (3, 4):
        h = "".join(c * 2 for c in h)
    parts = [int(h[i:i + 2], 16) for i in range(0, len(h), 2)]
    if len(parts) == 4:
        parts[3] = round(parts[3] / 255, 2)
    return tuple(parts)


for m in HEX.finditer(css):
    print(f"{m.group():<10} -> {hex_to_rgb(m['hex'])}")
for m in RGB.finditer(css):
    r, g, b, a = m.groups()
    rgb = tuple(int(x) for x in (r, g, b))
    print(f"{m.group():<22} -> {rgb}{' alpha=' + a if a else ''} hex=#{''.join(f'{v:02x}' for v in rgb)}")

selectors = re.findall(r"^([^{\n]+?)\s*\{", css, re.M)
print("selectors:", selectors)
props = re.findall(r"([\w-]+)\s*:\s*([^;{}]+);", css)
print("properties:", sorted({p for p, _ in props}))
print(re.sub(r"#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b", r"#\1\2\3", "#ffcc00 #aabbcc #123456", flags=re.I))
