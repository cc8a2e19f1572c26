# Use str.maketrans/translate for leetspeak, punctuation removal and transliteration
import string

leet = str.maketrans("aeiost", "4310$7")
print("leet:", "this is a secret message".translate(leet))

no_punct = str.maketrans("", "", string.punctuation)
sentence = "Hello, world! It's (really) a test... isn't it?"
print("no punct:", sentence.translate(no_punct))

mapping = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
for word in ["Größe", "Übermäßig", "Köln", "Straße"]:
    print(f"translit: {word} -> {word.translate(mapping)}")

# dict keyed by ordinals, None deletes
table = {ord("\t"): " ", ord("\r"): None, ord("\n"): "\\n"}
print("escape:", repr("a\tb\r\nc".translate(table)))

rot13 = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
    + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)
msg = "Why did the chicken cross the road?"
enc = msg.translate(rot13)
print("rot13:", enc)
print("back :", enc.translate(rot13))

digits_only = {c: None for c in range(128) if not chr(c).isdigit()}
print("digits:", "Tel: +1 (555) 010-9999".translate(digits_only))
t = str.maketrans("abc", "xyz", "d")
print("table items:", sorted(t.items()))
print("bytes:", b"hello world".translate(bytes.maketrans(b"lo", b"01"), b" "))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("error:", e)
