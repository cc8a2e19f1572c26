# Strip C-style block comments and extract multi-line blocks using re.DOTALL
import re

source = """int main() {
    /* single line comment */
    int x = 1; // line comment
    /*
     * multi-line
     * comment
     */
    char *s = "not /* a comment */ inside string";
    return x; /* trailing */ }
"""

print("without S:", len(re.findall(r"/\*.*?\*/", source)))
print("with S   :", len(re.findall(r"/\*.*?\*/", source, re.S)))
greedy = re.search(r"/\*.*\*/", source, re.DOTALL)
print("greedy span:", greedy.span(), "non-greedy first:", re.search(r"/\*.*?\*/", source, re.S).group())

TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|/\*.*?\*/|//[^\n]*', re.S)
def strip_comments(src: str) -> str:
    return TOKEN.sub(lambda m: m.group() if m.group().startswith('"') else "", src)

cleaned = strip_comments(source)
print("--- cleaned ---")
for line in cleaned.splitlines():
    if line.strip():
        print(line.rstrip())

html = "<div class='a'>\n  <p>Hello</p>\n</div><div class='b'>Bye</div>"
blocks = re.findall(r"<div class='(\w)'>(.*?)</div>", html, re.S)
print("--- blocks ---")
for name, body in blocks:
    print(name, repr(body.strip()))
print(re.findall(r"(?s)BEGIN(.*?)END", "BEGIN\nx\nEND BEGIN y END"))
