# Hand-written scanner loop using compiled pattern.match(text, pos) to parse JSON-like data
import re

WS = re.compile(r"\s*")
NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
STRING = re.compile(r'"((?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"')
LITERAL = re.compile(r"true|false|null")


class ParseError(Exception):
    pass


def parse(text: str):
    def skip(pos):
        return WS.match(text, pos).end()

    def value(pos):
        pos = skip(pos)
        if pos >= len(text):
            raise ParseError("unexpected end of input")
        ch = text[pos]
        if ch == "{":
            obj, pos = {}, skip(pos + 1)
            if text[pos] == "}":
                return obj, pos + 1
            while True:
                m = STRING.match(text, skip(pos))
                if not m:
                    raise ParseError(f"expected key at {pos}")
                pos = skip(m.end())
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                obj[m.group(1)], pos = value(pos + 1)
                pos = skip(pos)
                if text[pos] == "}":
                    return obj, pos + 1
                if text[pos] != ",":
                    raise ParseError(f"expected ',' or '}}' at {pos}")
                pos += 1
        if ch == "[":
            arr, pos = [], skip(pos + 1)
            if text[pos] == "]":
                return arr, pos + 1
            while True:
                item, pos = value(pos)
                arr.append(item)
                pos = skip(pos)
                if text[pos] == "]":
                    return arr, pos + 1
                pos += 1
        for pattern, convert in ((STRING, lambda m: m.group(1).encode().decode("unicode_escape")),
                                 (NUMBER, lambda m: float(m.group()) if re.search(r"[.eE]", m.group()) else int(m.group())),
                                 (LITERAL, lambda m: {"true": True, "false": False, "null": None}[m.group()])):
            m = pattern.match(text, pos)
            if m:
                return convert(m), m.end()
        raise ParseError(f"unexpected {text[pos]!r} at {pos}")

    result, end = value(0)
    if skip(end) != len(text):
        raise ParseError(f"trailing data at {skip(end)}")
    return result


doc = '{"name": "Widget", "tags": ["a", "b\\tc"], "price": 12.5e1, "stock": -3, "ok": true, "meta": {"x": null, "u": "\\u00e9"}}'
print(parse(doc))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '[1] x', '@']:
    try:
        parse(bad)
    except ParseError as e:
        print(f"{bad!r:<12} -> ParseError: {e}")
    except IndexError:
        print(f"{bad!r:<12} -> ran off the end")
