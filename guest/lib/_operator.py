# _operator for the mpsandbox guest: only _compare_digest, which CPython's hmac uses as
# compare_digest when it has no OpenSSL (guest/lib/operator.py is the operator module).
# Same results and TypeErrors as CPython's; the comparison does not stop at the first
# difference.


def _compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() if hasattr(a, "isascii") else all(ord(c) < 128 for c in a)) or not (
                b.isascii() if hasattr(b, "isascii") else all(ord(c) < 128 for c in b)):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    else:
        for x in (a, b):
            if isinstance(x, str):
                raise TypeError("a bytes-like object is required, not 'str'")
        try:
            a = bytes(memoryview(a))
        except TypeError:
            if isinstance(b, (bytes, bytearray, memoryview)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(a).__name__) from None
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__)) from None
        try:
            b = bytes(memoryview(b))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
