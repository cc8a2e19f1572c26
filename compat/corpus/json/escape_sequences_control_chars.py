# Show how json escapes control characters, quotes, slashes and lone surrogates
import json

samples = [
    "plain",
    'say "hi"',
    "back\\slash",
    "tab\there",
    "new\nline\r\n",
    "bell\x07 and null\x00",
    "</script>",
    "\u2028 line sep",
    "\x7f delete",
    "\ud800 lone surrogate",
]
for s in samples:
    print(f"{s!r:<26} -> {json.dumps(s)}")

parsed = json.loads('"\\/slash \\b\\f\\n\\r\\t \\u0041\\u00df \\\\"')
print(repr(parsed))
try:
    json.loads('"raw\tcontrol"')
except json.JSONDecodeError as e:
    print("strict:", e)
print("non-strict:", repr(json.loads('"raw\tcontrol"', strict=False)))
try:
    json.loads('"bad escape \\x41"')
except json.JSONDecodeError as e:
    print("escape error:", e)
html_safe = json.dumps("</script><b>").replace("</", "<\\/")
print("html-safe:", html_safe, json.loads(html_safe))
