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


def _header(fmt, level, bits):
    # the header zlib writes for this level (MicroPython's compressor writes its own)
    if level == -1:
        level = 6
    if fmt == _deflate.ZLIB:
        flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
        cmf = ((bits - 8) << 4) | 8
        flg = flevel << 6
        flg |= 31 - (cmf * 256 + flg) % 31
        return bytes((cmf, flg))
    if fmt == _deflate.GZIP:
        xfl = 2 if level == 9 else 4 if level < 2 else 0
        return b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes((xfl, 3))
    return b""


def compress(data, level=-1, wbits=MAX_WBITS):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    fmt, bits = _format(wbits, False)
    data = bytes(data)
    head = _header(fmt, level, bits)
    if not data:
        # an empty stream, as zlib writes it (MicroPython's writes nothing)
        trailer = {_deflate.ZLIB: b"\x00\x00\x00\x01", _deflate.GZIP: bytes(8)}.get(fmt, b"")
        return head + b"\x03\x00" + trailer
    out = _io.BytesIO()
    with _deflate.DeflateIO(out, fmt, bits) as f:
        f.write(data)
    out = out.getvalue()
    return head + out[len(head):]


def _check_header(data, fmt):
    # zlib's own checks of a zlib or gzip header, with its messages
    if fmt == _deflate.ZLIB and len(data) >= 2:
        if (data[0] * 256 + data[1]) % 31:
            raise error("Error -3 while decompressing data: incorrect header check")
        if data[0] & 0x0F != 8:
            raise error("Error -3 while decompressing data: unknown compression method")
        if (data[0] >> 4) + 8 > 15:
            raise error("Error -3 while decompressing data: invalid window size")
    elif fmt == _deflate.GZIP and len(data) >= 3:
        if data[0] != 0x1F or data[1] != 0x8B:
            raise error("Error -3 while decompressing data: incorrect header check")
        if data[2] != 8:
            raise error("Error -3 while decompressing data: unknown compression method")


def _inflate(data, fmt, bits):
    # (output, bytes of input the stream used), or None if the stream is incomplete
    _check_header(data, fmt)
    src = _io.BytesIO(data)
    try:
        with _deflate.DeflateIO(src, fmt, bits) as f:
            out = f.read()
    except EOFError:
        return None
    except OSError as e:
        raise error("Error %s while decompressing data" % (e.args[0] if e.args else ""))
    return out, src.tell()


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    fmt, bits = _format(wbits, True)
    r = _inflate(bytes(data), fmt, bits)
    if r is None:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return r[0]


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
        if mode in (Z_SYNC_FLUSH, Z_FULL_FLUSH):
            # the compressor emits the whole stream at Z_FINISH: nothing to hand out
            # before (the data so far stays buffered; a reader of the partial output
            # would see less than zlib's)
            return b""
        if mode != Z_FINISH:
            raise NotImplementedError("zlib: flush mode %r is not supported in the sandbox" % (mode,))
        self._done = True
        data = b"".join(self._chunks)
        self._chunks = []
        return compress(data, self._level, self._wbits)


class _Decompress:
    # Decodes the stream once its end has arrived (input before that is kept), then
    # hands the output out max_length bytes at a time; eof and unused_data (the input
    # after the stream) are set once all of it has been returned, as zlib's.
    def __init__(self, wbits):
        self._format = _format(wbits, True)
        self._input = b""
        self._pending = b""
        self._done = False  # the stream's end was decoded
        self.eof = False
        self.unused_data = b""
        self.unconsumed_tail = b""

    def _take(self, max_length):
        if max_length and len(self._pending) > max_length:
            out = self._pending[:max_length]
            self._pending = self._pending[max_length:]
            return out
        out = self._pending
        self._pending = b""
        self.eof = True
        self.unused_data = self._input
        self._input = b""
        return out

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        data = bytes(data)
        if self.eof:
            self.unused_data += data
            return b""
        self._input += data
        if not self._done:
            r = _inflate(self._input, *self._format)
            if r is None:
                return b""  # incomplete so far: wait for more input
            self._pending, used = r
            self._input = self._input[used:]
            self._done = True
        return self._take(max_length)

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self._done and not self.eof:
            return self._take(0)
        if not self._done and self._input:
            r = _inflate(self._input, *self._format)
            if r is None:
                return b""  # zlib returns what it could decode; nothing here
            self._pending, used = r
            self._input = self._input[used:]
            self._done = True
            return self._take(0)
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
