# Translate sentences into Pig Latin, preserving capitalization and punctuation
VOWELS = "aeiouAEIOU"


def translate_word(word: str) -> str:
    lead = len(word) - len(word.lstrip("\"'(["))
    trail = len(word) - len(word.rstrip(".,!?;:\"')]"))
    prefix, core, suffix = word[:lead], word[lead:len(word) - trail], word[len(word) - trail:]
    if not core.isalpha():
        return word
    if core[0] in VOWELS:
        result = core + "way"
    else:
        i = 0
        while i < len(core) and core[i] not in VOWELS:
            if core[i:i + 2].lower() == "qu":
                i += 2
                break
            i += 1
        if i < len(core) and core[i] in "yY" and i == 0:
            i = 1
        result = core[i:] + core[:i] + "ay"
    if core.isupper() and len(core) > 1:
        result = result.upper()
    elif core[0].isupper():
        result = result.capitalize()
    else:
        result = result.lower()
    return prefix + result + suffix


def translate(sentence: str) -> str:
    return " ".join(translate_word(w) for w in sentence.split(" "))


for s in [
    "Hello world!",
    "The quick brown fox jumps over the lazy dog.",
    "Apples and oranges, (quietly) squeezed.",
    "I said \"YES\" to NASA in 2024",
    "rhythm yellow string",
]:
    print(f"{s}\n  -> {translate(s)}")
