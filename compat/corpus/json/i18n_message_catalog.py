# Load translation catalogs from JSON, fill placeholders, and report missing keys per locale
import json

CATALOGS = json.loads("""{
  "en": {"greeting": "Hello, {name}!", "items": "You have {n} items in your cart", "bye": "Goodbye"},
  "de": {"greeting": "Hallo, {name}!", "items": "Sie haben {n} Artikel im Warenkorb"},
  "ja": {"greeting": "こんにちは、{name}さん！", "items": "カートに{n}個の商品があります", "bye": "さようなら"},
  "es": {"greeting": "¡Hola, {name}!", "items": "Tienes {n} artículos en tu carrito", "bye": "Adiós", "extra": "¿?"}
}""")

def translate(locale, key, **kwargs):
    template = CATALOGS.get(locale, {}).get(key) or CATALOGS["en"][key]
    return template.format(**kwargs)

for loc in CATALOGS:
    print(f"[{loc}] {translate(loc, 'greeting', name='Søren')} | {translate(loc, 'items', n=3)} | {translate(loc, 'bye')}")

reference = set(CATALOGS["en"])
report = {}
for loc, cat in CATALOGS.items():
    missing = sorted(reference - set(cat))
    extra = sorted(set(cat) - reference)
    coverage = len(reference & set(cat)) / len(reference)
    report[loc] = {"coverage": round(coverage, 3), "missing": missing, "extra": extra}
print(json.dumps(report, indent=2))
print(json.dumps(CATALOGS["ja"], ensure_ascii=False))
print(json.dumps({"es": CATALOGS["es"]["greeting"]}))
longest = max(((loc, len(translate(loc, "items", n=10))) for loc in CATALOGS), key=lambda t: t[1])
print("longest 'items' message:", longest)
