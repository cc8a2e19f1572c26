# _string for the mpsandbox guest: the two helpers CPython's string.Formatter uses,
# written after CPython 3.11's Objects/stringlib/unicode_format.h (MarkupIterator,
# parse_field, field_name_split): same tuples, same splitting, same ValueErrors.

_MAXSIZE = (1 << 63) - 1


def _integer(s):
    # get_integer(): -1 when s is empty or not all decimal digits
    if not s:
        return -1
    acc = 0
    for c in s:
        d = ord(c) - 48
        if not 0 <= d <= 9:
            if ord(c) < 128 or not c.isdigit():
                return -1
            try:
                d = int(c)
            except ValueError:
                return -1
        if acc > (_MAXSIZE - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        acc = acc * 10 + d
    return acc


def _parse_field(s, i, n):
    # returns (field_name, format_spec, conversion, new index)
    start = i
    c = ""
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            c = ""
            continue
        if c in "}:!":
            break
        c = ""
    field_name = s[start:i - 1] if c else s[start:i]
    conversion = None
    if c == "!" or c == ":":
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    return field_name, "", conversion, i
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    elif c != "}":
        raise ValueError("expected '}' before end of string")
    return field_name, "", conversion, i


def formatter_parser(s):
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    return _formatter_iter(s)


def _formatter_iter(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == "}" and markup and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, spec, conversion, i = _parse_field(s, i, n)
        yield (literal, field_name, spec, conversion)


def _rest_iter(s, i, n):
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            start = i
            while i < n and s[i] != "." and s[i] != "[":
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == "[":
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            idx = _integer(name)
            yield (False, idx if idx != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def formatter_field_name_split(s):
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    n = len(s)
    i = 0
    while i < n and s[i] != "." and s[i] != "[":
        i += 1
    first = s[:i]
    idx = _integer(first)
    return (idx if idx != -1 else first), _rest_iter(s, i, n)
