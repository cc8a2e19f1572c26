# base64 for the mpsandbox guest: RFC 4648 base16/32/64 over `binascii` (CPython API;
# no base85). Errors are binascii.Error in CPython; here they are ValueError (its base).
import binascii

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _bytes(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def _translate(data, frm, to):
    table = {}
    for a, b in zip(frm, to):
        table[a] = b
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be of length 2")
        encoded = _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes(s)
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be of length 2")
        s = _translate(s, altchars, b"+/")
    if validate:
        body = s.rstrip(b"=")
        if any(c not in _B64 for c in body) or len(s) - len(body) > 2:
            raise ValueError("Non-base64 digit found")
    else:
        s = bytes(c for c in s if c in _B64 or c == 61)
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    return b64decode(_translate(_bytes(s), b"-_", b"+/"))


def encodebytes(s):
    s = bytes(s)
    out = []
    for i in range(0, len(s), 57):  # 76 output characters per line
        out.append(binascii.b2a_base64(s[i : i + 57]))
    return b"".join(out)


def decodebytes(s):
    return binascii.a2b_base64(bytes(c for c in bytes(s) if c in _B64 or c == 61))


def _b32encode(alphabet, s):
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i : i + 5]
        n = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - n), "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(value >> shift) & 31])
        # Characters that encode only padding bytes become "=".
        pad = (0, 6, 4, 3, 1, 0)[n]
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    s = _bytes(s)
    if len(s) % 8:
        raise ValueError("Incorrect padding")
    if map01 is not None:
        map01 = _bytes(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    padding = len(s) - len(body)
    if padding not in (0, 1, 3, 4, 6):
        raise ValueError("Incorrect padding")
    index = {}
    for i, c in enumerate(alphabet):
        index[c] = i
    out = bytearray()
    for i in range(0, len(body), 8):
        chunk = body[i : i + 8]
        value = 0
        for c in chunk:
            if c not in index:
                raise ValueError("Non-base32 digit found")
            value = (value << 5) | index[c]
        value <<= 5 * (8 - len(chunk))
        out += value.to_bytes(5, "big")
    if padding:
        out = out[: len(out) - (0, 1, 0, 2, 3, 0, 4)[padding]]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold, None)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise ValueError("Non-base16 digit found")
    return binascii.unhexlify(s)
