# Use string indents (tab, arrows) and zero indent with json.dumps, and re-parse them
import json

doc = {"name": "matrix", "rows": [[1, 0], [0, 1]], "meta": {"square": True, "tags": []}}

print("indent='\\t':")
print(json.dumps(doc, indent="\t").replace("\t", "<TAB>"))
print("indent=0 (newlines, no spaces):")
print(json.dumps(doc, indent=0))
print("indent='--':")
print(json.dumps(doc, indent="--"))
print("indent=None:", json.dumps(doc, indent=None))
for ind in ("\t", 0, "--", 3):
    text = json.dumps(doc, indent=ind)
    if ind == "--":
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            print(f"indent={ind!r}: not valid JSON any more ({e.msg})")
        continue
    print(f"indent={ind!r}: reparses equal = {json.loads(text) == doc}, lines = {text.count(chr(10)) + 1}")
