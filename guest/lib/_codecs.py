# _codecs for the mpsandbox guest: CPython 3.11's codec registry and the codec functions
# CPython's codecs.py and encodings package use (utf_8_decode, charmap_encode, ...), over
# the interpreter's own str.encode/bytes.decode (guest/patches/0042), which give the
# built-in error handlers and CPython's UnicodeErrors. Handlers registered with
# register_error run here, from the error the strict codec reports.

_search = []
_cache = {}
_handlers = {}
_BUILTIN_HANDLERS = ("strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                     "surrogatepass", "xmlcharrefreplace", "namereplace")


def _typename(o):
    return "None" if o is None else type(o).__name__


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function):
    try:
        _search.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(encoding.lower().replace(" ", "_"), None)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % _typename(encoding))
    key = encoding.lower().replace(" ", "_")
    try:
        return _cache[key]
    except KeyError:
        pass
    if not _search:
        import encodings  # registers its search function, as CPython's registry does
    for fn in _search:
        result = fn(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def _checked(result, what):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % what)
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s" % _typename(encoding))
    if not isinstance(errors, str):
        raise TypeError("encode() argument 'errors' must be str, not %s" % _typename(errors))
    codec = lookup(encoding)
    try:
        result = codec.encode(obj, errors)
    except Exception as e:
        _wrap(e, "encoding", encoding)
        raise
    return _checked(result, "encoder")


def decode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s" % _typename(encoding))
    if not isinstance(errors, str):
        raise TypeError("decode() argument 'errors' must be str, not %s" % _typename(errors))
    codec = lookup(encoding)
    try:
        result = codec.decode(obj, errors)
    except Exception as e:
        _wrap(e, "decoding", encoding)
        raise
    return _checked(result, "decoder")


def _wrap(e, what, encoding):
    # CPython's registry (_PyErr_TrySetFromCause) re-raises an error of a plain exception
    # type with the codec named: "decoding with 'hex' codec failed (Error: ...)"
    t = type(e)
    if isinstance(e, UnicodeError) or len(e.args) > 1 or getattr(e, "__dict__", None):
        return
    for k in t.__mro__:
        if k.__module__ != "builtins" and ("__init__" in k.__dict__ or "__new__" in k.__dict__):
            return
    msg = "%s with '%s' codec failed (%s: %s)" % (what, encoding, t.__name__, e)
    try:
        new = t(msg)
    except Exception:
        return
    raise new from e


# --- error handlers ---------------------------------------------------------------

def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % _typename(errors))
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % _typename(name))
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _kind(exc, what):
    if isinstance(exc, UnicodeEncodeError):
        return "e"
    if isinstance(exc, UnicodeDecodeError):
        return "d"
    if isinstance(exc, UnicodeTranslateError):
        return "t"
    if isinstance(exc, BaseException):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _wrong(exc):
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _kind(exc, "ignore")
    return ("", exc.end)


def replace_errors(exc):
    k = _kind(exc, "replace")
    n = exc.end - exc.start
    if k == "e":
        return ("?" * n, exc.end)
    if k == "d":
        return ("\ufffd", exc.end)
    return ("\ufffd" * n, exc.end)


def _escape(c):
    o = ord(c)
    if o < 0x100:
        return "\\x%02x" % o
    if o < 0x10000:
        return "\\u%04x" % o
    return "\\U%08x" % o


def backslashreplace_errors(exc):
    k = _kind(exc, "backslashreplace")
    if k == "d":
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if _kind(exc, "xmlcharrefreplace") != "e":
        _wrong(exc)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if _kind(exc, "namereplace") != "e":
        _wrong(exc)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append("\\N{%s}" % name if name is not None else _escape(c))
    return ("".join(out), exc.end)


def _surrogateescape(exc):
    k = _kind(exc, "surrogateescape")
    if k == "d":
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return ("".join(out), exc.start + len(out))
    if k == "e":
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xDC80 <= o <= 0xDCFF:
                raise exc
            out.append(o - 0xDC00)
        return (bytes(out), exc.end)
    _wrong(exc)


def _surrogatepass(exc):
    k = _kind(exc, "surrogatepass")
    if k == "e":
        return (exc.object[exc.start:exc.end].encode(exc.encoding, "surrogatepass"), exc.end)
    if k == "d":
        data = exc.object[exc.start:]
        try:
            s = data[:3].decode(exc.encoding, "surrogatepass")
        except UnicodeDecodeError:
            raise exc from None
        if len(s) != 1 or not 0xD800 <= ord(s) <= 0xDFFF:
            raise exc
        return (s, exc.start + 3)
    _wrong(exc)


_handlers.update({
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors, "surrogateescape": _surrogateescape,
    "surrogatepass": _surrogatepass,
})


# --- encoding and decoding with any handler ---------------------------------------------

def _handler_result(res, n, what, types):
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], types) or not isinstance(res[1], int):
        raise TypeError("%s error handler must return (%s, int) tuple" % (what, "str/bytes" if what == "encoding" else "str"))
    rep, pos = res
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % res[1])
    return rep, pos


def _encode(s, enc, errors, fname):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, _typename(s)))
    if errors is None:
        errors = "strict"
    if errors in _BUILTIN_HANDLERS or errors not in _handlers:
        return s.encode(enc, errors)
    handler = _handlers[errors]
    out = []
    pos = 0
    n = len(s)
    while True:
        try:
            out.append(s[pos:].encode(enc))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(enc))
            rep, pos = _handler_result(handler(UnicodeEncodeError(e.encoding, s, start, end, e.reason)),
                                       n, "encoding", (str, bytes))
            out.append(rep.encode(enc) if isinstance(rep, str) else rep)
    return b"".join(out)


def _bytes(data, text=False):
    if isinstance(data, str):
        if text:
            return data.encode("utf-8", "surrogateescape")
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % _typename(data)) from None


def _decode(data, enc, errors):
    if errors is None:
        errors = "strict"
    if errors in _BUILTIN_HANDLERS or errors not in _handlers:
        return data.decode(enc, errors)
    handler = _handlers[errors]
    out = []
    pos = 0
    n = len(data)
    while True:
        try:
            out.append(data[pos:].decode(enc))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(enc))
            rep, pos = _handler_result(handler(UnicodeDecodeError(e.encoding, data, start, end, e.reason)),
                                       n, "decoding", str)
            out.append(rep)
    return "".join(out)


def _utf8_incomplete(b):
    # the length of an incomplete but valid UTF-8 sequence at the end of b (0 if none)
    n = len(b)
    for k in (1, 2, 3):
        if k > n:
            break
        c = b[n - k]
        if c < 0x80:
            return 0
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4 if c < 0xF5 else 0
            if c < 0xC2 or need <= k:
                return 0
            if k >= 2:
                c2 = b[n - k + 1]
                lo, hi = 0x80, 0xBF
                if c == 0xE0:
                    lo = 0xA0
                elif c == 0xED:
                    hi = 0x9F
                elif c == 0xF0:
                    lo = 0x90
                elif c == 0xF4:
                    hi = 0x8F
                if not lo <= c2 <= hi:
                    return 0
            return k
    return 0


def utf_8_decode(data, errors=None, final=False):
    b = _bytes(data)
    cut = len(b) if final else len(b) - _utf8_incomplete(b)
    return (_decode(b[:cut], "utf-8", errors), cut)


def utf_8_encode(s, errors=None):
    return (_encode(s, "utf-8", errors, "utf_8_encode"), len(s))


def _unit_decode(data, errors, final, enc, size, big):
    b = _bytes(data)
    cut = len(b)
    if not final:
        cut -= cut % size
        if size == 2 and cut >= 2:
            hi = b[cut - 2] if big else b[cut - 1]
            if 0xD8 <= hi <= 0xDB:
                cut -= 2
    return (_decode(b[:cut], enc, errors), cut)


def utf_16_le_decode(data, errors=None, final=False):
    return _unit_decode(data, errors, final, "utf-16-le", 2, False)


def utf_16_be_decode(data, errors=None, final=False):
    return _unit_decode(data, errors, final, "utf-16-be", 2, True)


def utf_32_le_decode(data, errors=None, final=False):
    return _unit_decode(data, errors, final, "utf-32-le", 4, False)


def utf_32_be_decode(data, errors=None, final=False):
    return _unit_decode(data, errors, final, "utf-32-be", 4, True)


def _ex_decode(data, errors, byteorder, final, size, le_bom, be_bom):
    b = _bytes(data)
    skip = 0
    if byteorder == 0:
        if len(b) < size:
            if not final:
                return ("", 0, 0)
        elif b[:size] == le_bom:
            byteorder, skip = -1, size
        elif b[:size] == be_bom:
            byteorder, skip = 1, size
    big = byteorder == 1
    enc = ("utf-16-be" if big else "utf-16-le") if size == 2 else ("utf-32-be" if big else "utf-32-le")
    s, n = _unit_decode(b[skip:], errors, final, enc, size, big)
    return (s, n + skip, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 2, b"\xff\xfe", b"\xfe\xff")


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 4, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def utf_16_decode(data, errors=None, final=False):
    s, n, _ = utf_16_ex_decode(data, errors, 0, final)
    return (s, n)


def utf_32_decode(data, errors=None, final=False):
    s, n, _ = utf_32_ex_decode(data, errors, 0, final)
    return (s, n)


def _bom_encode(s, errors, byteorder, le, be, bom, fname):
    if byteorder < 0:
        return (_encode(s, le, errors, fname), len(s))
    if byteorder > 0:
        return (_encode(s, be, errors, fname), len(s))
    return (bom + _encode(s, le, errors, fname), len(s))


def utf_16_encode(s, errors=None, byteorder=0):
    return _bom_encode(s, errors, byteorder, "utf-16-le", "utf-16-be", b"\xff\xfe", "utf_16_encode")


def utf_32_encode(s, errors=None, byteorder=0):
    return _bom_encode(s, errors, byteorder, "utf-32-le", "utf-32-be", b"\xff\xfe\x00\x00", "utf_32_encode")


def utf_16_le_encode(s, errors=None):
    return (_encode(s, "utf-16-le", errors, "utf_16_le_encode"), len(s))


def utf_16_be_encode(s, errors=None):
    return (_encode(s, "utf-16-be", errors, "utf_16_be_encode"), len(s))


def utf_32_le_encode(s, errors=None):
    return (_encode(s, "utf-32-le", errors, "utf_32_le_encode"), len(s))


def utf_32_be_encode(s, errors=None):
    return (_encode(s, "utf-32-be", errors, "utf_32_be_encode"), len(s))


def latin_1_encode(s, errors=None):
    return (_encode(s, "latin-1", errors, "latin_1_encode"), len(s))


def latin_1_decode(data, errors=None):
    b = _bytes(data)
    return (_decode(b, "latin-1", errors), len(b))


def ascii_encode(s, errors=None):
    return (_encode(s, "ascii", errors, "ascii_encode"), len(s))


def ascii_decode(data, errors=None):
    b = _bytes(data)
    return (_decode(b, "ascii", errors), len(b))


def unicode_escape_encode(s, errors=None):
    return (s.encode("unicode_escape"), len(s))


def unicode_escape_decode(data, errors=None, final=True):
    b = _bytes(data, True)
    return (_decode(b, "unicode_escape", errors), len(b))


def raw_unicode_escape_encode(s, errors=None):
    return (s.encode("raw_unicode_escape"), len(s))


def raw_unicode_escape_decode(data, errors=None, final=True):
    b = _bytes(data, True)
    return (_decode(b, "raw_unicode_escape", errors), len(b))


def readbuffer_encode(data, errors=None):
    b = _bytes(data, True)
    return (b, len(b))


_SIMPLE = {ord("\\"): 0x5C, ord("'"): 0x27, ord('"'): 0x22, ord("a"): 7, ord("b"): 8, ord("f"): 12,
           ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("v"): 11}


def escape_decode(data, errors=None):
    # the decoder of bytes literals' escapes (CPython's PyBytes_DecodeEscape)
    b = _bytes(data, True)
    out = bytearray()
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c != 0x5C:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = b[i]
        i += 1
        if c == 0x0A:
            continue
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= b[i] <= 0x37:
                    v = v * 8 + b[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xFF)
        elif c == 0x78:
            h = b[i:i + 2]
            try:
                if len(h) < 2 or not all(chr(x) in "0123456789abcdefABCDEF" for x in h):
                    raise ValueError
                out.append(int(h, 16))
                i += 2
            except ValueError:
                if errors in (None, "strict"):
                    raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
                if errors == "replace":
                    out.append(0x3F)
                elif errors != "ignore":
                    raise ValueError("decoding error; unknown error handling code: %s" % errors) from None
                while i < n and i < i + 2 and chr(b[i]) in "0123456789abcdefABCDEF":
                    i += 1
                    break
        else:
            out.append(0x5C)
            out.append(c)
    return (bytes(out), n)


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % _typename(data))
    r = repr(data)
    return (r[2:-1].encode("ascii") if r[1] == "'" else r[2:-1].replace('\\"', '"').replace("'", "\\'").encode("ascii"),
            len(data))


# --- charmap codecs (the tables of encodings.cp1252 and the other 8-bit codecs) ---------

def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def charmap_decode(data, errors=None, mapping=None):
    b = _bytes(data)
    if mapping is None:
        return latin_1_decode(b, errors)
    out = []
    i = 0
    n = len(b)
    handler = None
    while i < n:
        byte = b[i]
        if isinstance(mapping, str):
            ch = mapping[byte] if byte < len(mapping) else "\ufffe"
        else:
            try:
                ch = mapping[byte]
            except LookupError:
                ch = None
            if isinstance(ch, int):
                if not 0 <= ch <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                ch = chr(ch)
            elif ch is not None and not isinstance(ch, str):
                raise TypeError("character mapping must return integer, None or str")
        if ch is None or ch == "\ufffe":
            if handler is None:
                handler = lookup_error(errors or "strict")
            exc = UnicodeDecodeError("charmap", b, i, i + 1, "character maps to <undefined>")
            rep, i = _handler_result(handler(exc), n, "decoding", str)
            out.append(rep)
            continue
        out.append(ch)
        i += 1
    return ("".join(out), n)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    handler = None
    while i < n:
        try:
            v = mapping[ord(s[i])]
        except LookupError:
            v = None
        if v is None:
            if handler is None:
                handler = lookup_error(errors or "strict")
            j = i + 1
            while j < n and mapping.get(ord(s[j])) is None:
                j += 1
            exc = UnicodeEncodeError("charmap", s, i, j, "character maps to <undefined>")
            rep, i = _handler_result(handler(exc), n, "encoding", (str, bytes))
            if isinstance(rep, str):
                rep = charmap_encode(rep, "strict", mapping)[0]
            out += rep
            continue
        if isinstance(v, int):
            if not 0 <= v < 256:
                raise TypeError("character mapping must be in range(256)")
            out.append(v)
        elif isinstance(v, bytes):
            out += v
        else:
            raise TypeError("character mapping must return integer, bytes or None, not %s" % _typename(v))
        i += 1
    return (bytes(out), n)


# CPython's codec functions are built-in functions, which do not bind as methods:
# encodings.utf_8.IncrementalDecoder has `_buffer_decode = codecs.utf_8_decode`. Here they
# are staticmethod objects, which are callable and do not bind either.
_g = globals()
for _name in ("utf_8_decode", "utf_8_encode", "utf_16_le_decode", "utf_16_be_decode", "utf_32_le_decode",
              "utf_32_be_decode", "utf_16_ex_decode", "utf_32_ex_decode", "utf_16_decode", "utf_32_decode",
              "utf_16_encode", "utf_32_encode", "utf_16_le_encode", "utf_16_be_encode", "utf_32_le_encode",
              "utf_32_be_encode", "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode",
              "unicode_escape_encode", "unicode_escape_decode", "raw_unicode_escape_encode",
              "raw_unicode_escape_decode", "readbuffer_encode", "escape_decode", "escape_encode",
              "charmap_build", "charmap_decode", "charmap_encode"):
    _g[_name] = staticmethod(_g[_name])
del _name, _g


# --- the interpreter's str.encode/bytes.decode for codecs and handlers it does not know ----
# (guest/patches/0178): known is True when the codec is the interpreter's and only the
# error handler is one registered with register_error.

def _mpsbx_decode(data, encoding, errors, known):
    if known:
        return _decode(data, encoding, errors)
    codec = lookup(encoding)
    if not getattr(codec, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
                          % encoding)
    try:
        result = codec.decode(data, errors)
    except Exception as e:
        _wrap(e, "decoding", encoding)
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    if not isinstance(result[0], str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode "
                        "to arbitrary types" % (encoding, type(result[0]).__name__))
    return result[0]


def _mpsbx_encode(s, encoding, errors, known):
    if known:
        return _encode(s, encoding, errors, "encode")
    codec = lookup(encoding)
    if not getattr(codec, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
                          % encoding)
    try:
        result = codec.encode(s, errors)
    except Exception as e:
        _wrap(e, "encoding", encoding)
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    if isinstance(result[0], bytearray):
        return bytes(result[0])
    if not isinstance(result[0], bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode "
                        "to arbitrary types" % (encoding, type(result[0]).__name__))
    return result[0]
