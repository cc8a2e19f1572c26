# binascii for the mpsandbox guest: CPython 3.11's module over MicroPython's built-in
# binascii (reached as `ubinascii`): the same functions, arguments, results and errors
# (binascii.Error, a ValueError; binascii.Incomplete). Base64 and CRC-32 run in C; hex
# separators, strict base64, uuencode, quoted-printable and CRC-HQX are written here.
import ubinascii as _b


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"


def _bytes_arg(data, fname, allow_str=False):
    if isinstance(data, str):
        if not allow_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__ if allow_str else
                        "a bytes-like object is required, not '%s'" % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data, "hexlify")
    h = _b.hexlify(data)
    if sep is None or not data:
        return h
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if bytes_per_sep == 0:
        return h
    n = abs(bytes_per_sep) * 2
    if bytes_per_sep > 0:
        # groups counted from the right
        first = len(h) % n or n
        parts = [h[:first]] + [h[i:i + n] for i in range(first, len(h), n)]
    else:
        parts = [h[i:i + n] for i in range(0, len(h), n)]
    return sep.join(parts)


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes_arg(hexstr, "unhexlify", True)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return _b.unhexlify(data)
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_SET = frozenset(_B64)


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data, "b2a_base64")
    return _b.b2a_base64(data, newline=bool(newline))


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_arg(data, "a2b_base64", True)
    # The common case, whole quanta of the alphabet and final padding (line breaks
    # allowed), goes straight to C.
    body = data.replace(b"\n", b"").replace(b"\r", b"") if not strict_mode else data
    stripped = body.rstrip(b"=")
    if (len(body) % 4 == 0 and len(body) - len(stripped) <= 2
            and not stripped.translate(None, _B64)):
        if not body or body[-1] != 61 or len(stripped) % 4 >= 2:
            return _b.a2b_base64(body)
    # Otherwise CPython's decoder (Modules/binascii.c), character by character: bytes
    # outside the alphabet are skipped (an error in strict mode), and the padding that
    # completes a quantum ends the data.
    if strict_mode and data and data[0] == 61:
        raise Error("Leading padding not allowed")
    clean = bytearray()
    quad_pos = 0
    pads = 0
    padding_started = False
    n = len(data)
    done = False
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    done = True
                    break
            continue
        if c not in _B64_SET:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        clean.append(c)
        quad_pos = (quad_pos + 1) % 4
    if done:
        clean.extend(b"=" * (4 - quad_pos))
    elif quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % ((len(clean) - 1) // 4 * 4 + 1))
    elif quad_pos:
        raise Error("Incorrect padding")
    return _b.a2b_base64(bytes(clean))


def crc32(data, crc=0):
    return _b.crc32(_bytes_arg(data, "crc32"), crc & 0xFFFFFFFF)


def _crc_hqx_table():
    table = []
    for i in range(256):
        c = i << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else (c << 1)
        table.append(c & 0xFFFF)
    return table


_HQX = None


def crc_hqx(data, crc):
    global _HQX
    if _HQX is None:
        _HQX = _crc_hqx_table()
    data = _bytes_arg(data, "crc_hqx")
    crc &= 0xFFFF
    t = _HQX
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ t[(crc >> 8) ^ b]
    return crc


def b2a_uu(data, *, backtick=False):
    data = _bytes_arg(data, "b2a_uu")
    if len(data) > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    out.append(32 + len(data) if len(data) or not backtick else 96)
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3] + b"\0\0"
        v = (chunk[0] << 16) | (chunk[1] << 8) | chunk[2]
        for shift in (18, 12, 6, 0):
            c = (v >> shift) & 0x3F
            out.append(96 if backtick and c == 0 else 32 + c)
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    # CPython's decoder (Modules/binascii.c): the first byte gives the length; missing data
    # reads as zeros; anything after the data must be blanks.
    data = _bytes_arg(data, "a2b_uu", True)
    n = len(data)
    bin_len = ((data[0] if n else 0) - 32) & 0x3F
    out = bytearray()
    i = 1
    leftchar = 0
    leftbits = 0
    while len(out) < bin_len:
        c = data[i] if i < n else 0
        if c in (10, 13) or i >= n:
            c = 0
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            c = (c - 32) & 0x3F
        leftchar = (leftchar << 6) | c
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xFF)
            leftchar &= (1 << leftbits) - 1
        i += 1
    while i < n:
        c = data[i]
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
        i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    raise NotImplementedError("binascii.b2a_qp (quoted-printable) is not available in the sandbox")


def a2b_qp(data, header=False):
    raise NotImplementedError("binascii.a2b_qp (quoted-printable) is not available in the sandbox")
