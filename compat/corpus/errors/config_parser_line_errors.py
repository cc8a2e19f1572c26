# INI-like config parser that reports syntax errors with line numbers and chained causes
class ParseError(Exception):
    def __init__(self, lineno, line, reason):
        self.lineno, self.line, self.reason = lineno, line, reason
        super().__init__(f"line {lineno}: {reason} -> {line!r}")


def convert(raw):
    raw = raw.strip()
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if raw.startswith('"'):
        if not raw.endswith('"') or len(raw) == 1:
            raise ValueError("unterminated string")
        return raw[1:-1]
    if raw.replace(".", "", 1).lstrip("-").isdigit():
        return float(raw) if "." in raw else int(raw)
    raise ValueError(f"cannot interpret value {raw!r}")


def parse(text):
    data, section = {}, None
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            if not stripped.endswith("]"):
                raise ParseError(lineno, line, "unclosed section header")
            section = data.setdefault(stripped[1:-1], {})
            continue
        if section is None:
            raise ParseError(lineno, line, "key outside of any section")
        key, sep, value = stripped.partition("=")
        if not sep:
            raise ParseError(lineno, line, "expected key = value")
        try:
            section[key.strip()] = convert(value)
        except ValueError as e:
            raise ParseError(lineno, line, str(e)) from e
    return data


documents = {
    "good": '[server]\nhost = "0.0.0.0"\nport = 8080\n# comment\n[flags]\ndebug = true\nratio = -0.25\n',
    "orphan": 'name = "x"\n[a]\n',
    "header": '[server\nport = 1\n',
    "noeq": '[a]\nkey value\n',
    "badval": '[a]\nok = 1\ntimeout = 30s\n',
    "string": '[a]\nmsg = "hello\n',
}
for name, text in documents.items():
    try:
        print(f"{name}: {parse(text)}")
    except ParseError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{name}: ParseError {e}{cause}")
