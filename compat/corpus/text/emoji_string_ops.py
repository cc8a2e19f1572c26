# Work with emoji and astral characters: length, slicing, encoding sizes, names
import unicodedata

messages = ["I ❤️ Python", "🐍 + 🦀 = 🎉", "thumbs 👍🏽", "family 👨‍👩‍👧", "plain text"]

for m in messages:
    u8 = m.encode("utf-8")
    u16 = m.encode("utf-16-le")
    u32 = m.encode("utf-32-le")
    print(f"{m!r}: chars={len(m)} utf8={len(u8)} utf16={len(u16) // 2} units utf32={len(u32) // 4}")

print()
snake = "🐍"
print(hex(ord(snake)), unicodedata.name(snake), snake.encode("utf-8"), snake.encode("utf-16-be").hex())
print(ascii("🐍 ok"), repr("\U0001F40D"), "\N{SNAKE}" == snake)

family = "👨‍👩‍👧"
print("family code points:", [f"U+{ord(c):04X}" for c in family])
print("reversed naive:", [f"U+{ord(c):04X}" for c in family[::-1]])

def has_emoji(s: str) -> bool:
    return any(ord(c) >= 0x1F300 or unicodedata.category(c) == "So" for c in s)

for m in messages:
    print(f"{m!r:24} emoji={has_emoji(m)} stripped={''.join(c for c in m if ord(c) < 0x2000).strip()!r}")

print("isprintable:", "🎉".isprintable(), "\u200d".isprintable(), "upper:", "🎉abc".upper())
print("sorted:", sorted(["🍎", "a", "Z", "é", "🍌"]))
