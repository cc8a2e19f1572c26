# Serialise dicts with tuple, int, float, bool and None keys by converting keys to strings
import json

distances = {("OSL", "BGO"): 305, ("OSL", "TRD"): 390, ("BGO", "TRD"): 425}
try:
    json.dumps(distances)
except TypeError as e:
    print("TypeError:", e)

encoded = json.dumps({"|".join(k): v for k, v in distances.items()}, indent=1)
print(encoded)
decoded = {tuple(k.split("|")): v for k, v in json.loads(encoded).items()}
print("round trip:", decoded == distances)

mixed = {1: "one", 2.5: "two and a half", True: "yes", None: "nothing", "s": "string"}
text = json.dumps(mixed)
print("mixed keys ->", text)
print("loaded back ->", json.loads(text))
print("skipkeys:", json.dumps({"ok": 1, (1, 2): "skip me", frozenset(): 0}, skipkeys=True))
scores = {3: "c", 1: "a", 2: "b"}
print("sort int keys:", json.dumps(scores, sort_keys=True))
try:
    json.dumps({1: "x", "2": "y"}, sort_keys=True)
except TypeError as e:
    print("mixed sort:", e)
grid = {(r, c): r * c for r in range(2) for c in range(3)}
print(json.dumps({f"{r},{c}": v for (r, c), v in grid.items()}))
