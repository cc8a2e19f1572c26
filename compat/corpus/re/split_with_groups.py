# Split strings with re.split: capturing groups keep delimiters, maxsplit, empty matches
import re

print(re.split(r"[,;]\s*", "alpha, beta;gamma ,delta;  epsilon"))
print(re.split(r"\s*([,;])\s*", "alpha, beta;gamma"))
print(re.split(r"(\d+)", "abc12def345ghi"))
print(re.split(r"\d+", "abc12def345ghi", maxsplit=1))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\b", "hi there"))
print(re.split(r"x*", "axbc"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(?i)and", "bread AND butter and jam"))
print(re.split(r"\n\s*\n", "para one\nstill one\n\n  \npara two\n\npara three"))

expr = "3 + 4*(2 - 1) / 5"
tokens = [t for t in re.split(r"\s*([-+*/()])\s*", expr) if t]
print("tokens:", tokens)

sentence = "Hello world. How are you? Fine! Thanks."
parts = re.split(r"([.!?])\s*", sentence)
sentences = ["".join(p) for p in zip(parts[0::2], parts[1::2])]
print("sentences:", sentences)

path = r"C:\Users\me/docs\\file.txt"
print(re.split(r"[\\/]+", path))
print(re.compile(r"\|").split("a|b|c|d", 2))
