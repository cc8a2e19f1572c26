# Search within strings using find, rfind, index, rindex and count
text = "the quick brown fox jumps over the lazy dog; the end"

for word in ["the", "fox", "cat", "o"]:
    print(f"{word!r:6} find={text.find(word):3} rfind={text.rfind(word):3} count={text.count(word)}")

print()
print("find from 5:", text.find("the", 5))
print("find in [0:20]:", text.find("the", 0, 20), text.find("dog", 0, 20))
print("count 'o' in [10:30]:", text.count("o", 10, 30))
print("count '':", "abc".count(""), "find '':", "abc".find(""), "rfind '':", "abc".rfind(""))
print("overlapping? 'aaaa'.count('aa') =", "aaaa".count("aa"))

def all_positions(haystack: str, needle: str) -> list[int]:
    out, start = [], 0
    while (pos := haystack.find(needle, start)) != -1:
        out.append(pos)
        start = pos + 1
    return out

print("positions of 'the':", all_positions(text, "the"))
print("positions of 'aa' in 'aaaaa':", all_positions("aaaaa", "aa"))

# extract between markers
doc = "header <<payload one>> middle <<payload two>> footer"
start = 0
while True:
    i = doc.find("<<", start)
    if i < 0:
        break
    j = doc.index(">>", i)
    print("chunk:", doc[i + 2:j])
    start = j + 2

print("rindex:", text.rindex("the"))
print(b"abcabc".find(b"c"), b"abcabc".rfind(99), bytearray(b"xyx").count(b"x"))
text.index("cat")
