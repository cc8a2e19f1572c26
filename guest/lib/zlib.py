# zlib for the mpsandbox guest: CPython's zlib API over MicroPython's `deflate` module.
# Compressed data is valid zlib/gzip/raw deflate that any inflater reads, but not
# byte-identical to CPython's (the compressor and its level are MicroPython's; `level`
# is accepted and ignored). compressobj/decompressobj buffer their input.
import deflate as _deflate
import io as _io
from binascii import crc32 as _crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = ZLIB_VERSION


class error(Exception):
    pass


def _format(wbits, decompress):
    # CPython's wbits: 9..15 zlib, -9..-15 raw, 25..31 gzip, 40..47 auto (zlib or gzip).
    if 8 <= wbits <= 15 or wbits == 0 and decompress:
        return _deflate.ZLIB, max(wbits, 9) if wbits else 0
    if -15 <= wbits <= -8:
        return _deflate.RAW, max(-wbits, 9)
    if 24 <= wbits <= 31:
        return _deflate.GZIP, max(wbits - 16, 9)
    if decompress and 40 <= wbits <= 47:
        return _deflate.AUTO, max(wbits - 32, 9)
    raise ValueError("Invalid initialization option")


def crc32(data, value=0):
    return _crc32(data, value)


def adler32(data, value=1):
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    i = 0
    n = len(data)
    while i < n:
        # 5552 bytes is the most that cannot overflow before the modulo (as in zlib).
        end = min(i + 5552, n)
        for c in data[i:end]:
            a += c
            b += a
        a %= 65521
        b %= 65521
        i = end
    return (b << 16) | a


def compress(data, level=-1, wbits=MAX_WBITS):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    fmt, bits = _format(wbits, False)
    out = _io.BytesIO()
    with _deflate.DeflateIO(out, fmt, bits) as f:
        f.write(data)
    return out.getvalue()


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    fmt, bits = _format(wbits, True)
    try:
        with _deflate.DeflateIO(_io.BytesIO(data), fmt, bits) as f:
            return f.read()
    except EOFError:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    except OSError as e:
        raise error("Error %s while decompressing data" % (e.args[0] if e.args else ""))


class _Compress:
    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._chunks = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error("compressor is finished")
        self._chunks.append(bytes(data))
        return b""

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b""
        if self._done:
            return b""
        if mode != Z_FINISH:
            raise error("only Z_FINISH is supported by flush()")
        self._done = True
        data = b"".join(self._chunks)
        self._chunks = []
        return compress(data, self._level, self._wbits)


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._input = b""
        self._returned = 0
        self.eof = False
        self.unused_data = b""
        self.unconsumed_tail = b""
        self._out = b""

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if not self.eof:
            self._input += bytes(data)
            try:
                self._out = decompress(self._input, self._wbits)
            except error:
                return b""  # incomplete so far: wait for more input
            self.eof = True
        # with max_length, the rest of the output waits for the next calls or flush()
        end = len(self._out) if not max_length else min(len(self._out), self._returned + max_length)
        new = self._out[self._returned : end]
        self._returned = end
        return new

    def flush(self, length=DEF_BUF_SIZE):
        if not self.eof and self._input:
            self._out = decompress(self._input, self._wbits)
            self.eof = True
        if self.eof:
            new = self._out[self._returned :]
            self._returned = len(self._out)
            return new
        return b""


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=0, zdict=None):
    if zdict is not None:
        raise error("zdict is not supported")
    _format(wbits, False)
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    if zdict:
        raise error("zdict is not supported")
    _format(wbits, True)
    return _Decompress(wbits)
