# Normalize file names and URLs with removeprefix/removesuffix
from typing import Iterable

FILES = [
    "test_parser.py",
    "test_lexer.py",
    "conftest.py",
    "backup_2023.tar.gz",
    "README.md",
    "tests/test_utils.py",
]


def module_names(files: Iterable[str]) -> list[str]:
    out = []
    for f in files:
        base = f.rsplit("/", 1)[-1]
        name = base.removesuffix(".py")
        if name == base:
            continue
        out.append(name.removeprefix("test_"))
    return out


print("modules:", module_names(FILES))
print("archive base:", "backup_2023.tar.gz".removesuffix(".gz").removesuffix(".tar"))
print("unchanged:", "README.md".removeprefix("test_"), "README.md".removesuffix(".py"))
print("empty affix:", repr("abc".removeprefix("")), repr("abc".removesuffix("")))
print("whole:", repr("abc".removeprefix("abc")))

urls = [
    "https://example.com/api/v1/users/",
    "http://example.com/api/v1/items",
    "example.com/static/",
]
for u in urls:
    bare = u.removeprefix("https://").removeprefix("http://").removesuffix("/")
    host, _, path = bare.partition("/")
    print(f"{u:<36} host={host:<12} path=/{path}")

# contrast with lstrip which strips a character set
s = "test_testing_stuff"
print(s.lstrip("test_"), "vs", s.removeprefix("test_"))
b = b"HTTP/1.1 200 OK\r\n"
print(b.removeprefix(b"HTTP/").removesuffix(b"\r\n"))
