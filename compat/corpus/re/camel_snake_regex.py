# Convert between camelCase and snake_case using regex substitutions
import re

_first = re.compile(r"(.)([A-Z][a-z]+)")
_second = re.compile(r"([a-z0-9])([A-Z])")


def camel_to_snake(name: str) -> str:
    return _second.sub(r"\1_\2", _first.sub(r"\1_\2", name)).lower()


def snake_to_camel(name: str, upper_first: bool = False) -> str:
    out = re.sub(r"_+([a-zA-Z0-9])", lambda m: m.group(1).upper(), name.strip("_"))
    return out[:1].upper() + out[1:] if upper_first else out


names = ["camelCase", "CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake",
         "version2Beta", "ABCDef", "simpleXMLParser", "x", "iOSDevice"]
for n in names:
    snake = camel_to_snake(n)
    print(f"{n:<22} -> {snake:<26} -> {snake_to_camel(snake)!s:<22} {snake_to_camel(snake, True)}")

print()
payload = '{"userId": 1, "firstName": "Ada", "isAdmin": false, "lastLoginIP": "10.0.0.1"}'
print(re.sub(r'"([a-zA-Z]+)":', lambda m: f'"{camel_to_snake(m.group(1))}":', payload))
print(re.sub(r"(?<!^)(?=[A-Z])", "-", "BackgroundColorRed").lower())
print(re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z]|$)|\d+", "parseHTTPRequest2Fast"))
