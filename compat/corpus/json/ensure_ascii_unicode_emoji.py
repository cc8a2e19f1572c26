# Compare ensure_ascii output for non-ASCII names, emoji and escaped control characters
import json

messages = [
    {"user": "Zoë", "text": "Crème brûlée is great 🍮", "lang": "fr"},
    {"user": "Łukasz", "text": "Zażółć gęślą jaźń", "lang": "pl"},
    {"user": "山田", "text": "こんにちは世界", "lang": "ja"},
    {"user": "Ахмед", "text": "Привет 👋🏽", "lang": "ru"},
    {"user": "tab\tuser", "text": "line1\nline2 \"quoted\" \\ back", "lang": "en"},
]

for m in messages:
    escaped = json.dumps(m["text"])
    raw = json.dumps(m["text"], ensure_ascii=False)
    print(f"{m['user']!r}:")
    print(f"   ascii: {escaped}")
    print(f"   utf-8: {raw}")
    assert json.loads(escaped) == json.loads(raw) == m["text"]

doc = json.dumps(messages, ensure_ascii=False)
print("characters:", len(doc), "utf-8 bytes:", len(doc.encode("utf-8")),
      "ascii version length:", len(json.dumps(messages)))
print(json.dumps("😀"), json.loads('"\\ud83d\\ude00"'), len("😀"))
print(json.loads('"caf\\u00e9"'), json.dumps("\u00e9\u0301"))
