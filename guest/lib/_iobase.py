# io's class hierarchy for the mpsandbox guest, written for it after CPython 3.11's io
# (whose _io is C): RawIOBase, BufferedIOBase and TextIOBase with IOBase's methods
# (close/closed, context manager, readline/readlines/iteration, writelines, the
# readable/writable/seekable checks, CPython's errors), BufferedReader over a raw stream
# (read, read1, peek, readline, readinto, seek, tell) and TextIOWrapper over a binary
# stream. io re-exports them (the interpreter's own streams stay the built-in BytesIO,
# StringIO and files). CPython's gzip and _compression are built on them.
#
# TextIOWrapper decodes what it reads in one piece (the whole rest of the stream, at the
# first read) and encodes what it writes at once: reading and writing give CPython's text,
# newline translation and errors; tell() and seek() to other positions than the start or
# the end raise NotImplementedError (CPython's opaque cookies are not reproduced).
import uio as _uio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class _IOBase(_uio.IOBase):
    _IOBase__closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._IOBase__closed:
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self._IOBase__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        peek = getattr(self, "peek", None)
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                readahead = peek(1)
                if readahead:
                    i = readahead.find(b"\n") + 1 or len(readahead)
                    n = i if size < 0 else min(i, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class IOBase(_IOBase):
    pass


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        m = memoryview(b)
        data = self.read1(len(m)) if read1 else self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class BufferedReader(BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b""
        self._pos = 0

    def readable(self):
        return self.raw.readable()

    def seekable(self):
        return self.raw.seekable()

    def writable(self):
        return False

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def flush(self):
        self._checkClosed("flush of closed file")

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def fileno(self):
        return self.raw.fileno()

    def _available(self):
        return len(self._buf) - self._pos

    def _take(self, n):
        data = self._buf[self._pos:self._pos + n]
        self._pos += len(data)
        return data

    def _fill(self, n):
        # reads from raw until n bytes are buffered or raw ends
        chunks = [self._buf[self._pos:]]
        have = len(chunks[0])
        while have < n:
            data = self.raw.read(max(self.buffer_size, n - have))
            if not data:
                break
            chunks.append(data)
            have += len(data)
        self._buf = b"".join(chunks)
        self._pos = 0

    def read(self, size=-1):
        self._checkClosed("read of closed file")
        if size is None or size < 0:
            rest = [self._buf[self._pos:]]
            self._buf, self._pos = b"", 0
            data = self.raw.readall()
            if data:
                rest.append(data)
            return b"".join(rest)
        if self._available() < size:
            self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._checkClosed("read of closed file")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._available() == 0:
            self._fill(1)
        return self._take(size)

    def peek(self, size=0):
        self._checkClosed("peek of closed file")
        if self._available() == 0:
            self._fill(1)
        return self._buf[self._pos:]

    def readline(self, size=-1):
        self._checkClosed("readline of closed file")
        if size is None:
            size = -1
        out = []
        got = 0
        while size < 0 or got < size:
            if self._available() == 0:
                self._fill(1)
                if self._available() == 0:
                    break
            i = self._buf.find(b"\n", self._pos)
            end = len(self._buf) if i < 0 else i + 1
            if size >= 0:
                end = min(end, self._pos + size - got)
            piece = self._buf[self._pos:end]
            self._pos = end
            out.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(out)

    def tell(self):
        return self.raw.tell() - self._available()

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._checkClosed("seek of closed file")
        if whence == 1:
            pos -= self._available()
        self._buf, self._pos = b"", 0
        return self.raw.seek(pos, whence)

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.BufferedReader>"
        return "<_io.BufferedReader name=%r>" % (name,)


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"  # the locale's encoding
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        "".encode(encoding, errors)  # LookupError for an unknown encoding, as CPython
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._text = None  # the decoded rest of the stream, once read
        self._tpos = 0
        self._seen = set()

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        found = tuple(n for n in ("\r", "\n", "\r\n") if n in self._seen)
        return found[0] if len(found) == 1 else found

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if self.buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def _load(self):
        if self._text is None:
            self._checkClosed()
            self._checkReadable("not readable")
            data = self.buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None or self._newline == "":
                if "\r" in text:
                    if "\r\n" in text:
                        self._seen.add("\r\n")
                    if "\r" in text.replace("\r\n", ""):
                        self._seen.add("\r")
                    if "\n" in text.replace("\r\n", ""):
                        self._seen.add("\n")
                elif "\n" in text:
                    self._seen.add("\n")
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._tpos = 0
        return self._text

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable("not readable")
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        text = self._load()
        start = self._tpos
        end = len(text) if size < 0 else min(len(text), start + size)
        self._tpos = end
        return text[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        self._checkReadable("not readable")
        text = self._load()
        start = self._tpos
        if start >= len(text):
            return ""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            end = len(text) if i < 0 else i + 1
        elif nl == "":
            end = len(text)
            for k in range(start, len(text)):
                c = text[k]
                if c == "\n":
                    end = k + 1
                    break
                if c == "\r":
                    end = k + 2 if text[k + 1:k + 2] == "\n" else k + 1
                    break
        else:
            i = text.find(nl, start)
            end = len(text) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._tpos = end
        return text[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._checkWritable("not writable")
        text = s
        if self._newline is None or self._newline not in ("", "\n"):
            if self._newline not in (None, "\n") and "\n" in text:
                text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def tell(self):
        self._checkClosed()
        if self._text is None or self._tpos == 0:
            return self.buffer.tell() if self._text is None else 0
        raise NotImplementedError("TextIOWrapper.tell() after reading is not supported in the sandbox")

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 0 and cookie == 0:
            self.buffer.seek(0)
            self._text = None
            return 0
        if whence == 2 and cookie == 0:
            self._text = None
            return self.buffer.seek(0, 2)
        raise NotImplementedError("TextIOWrapper.seek() to a position other than the start or the end "
                                  "is not supported in the sandbox")

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self._encoding)
