# io for the mpsandbox guest. StringIO, BytesIO and open are the interpreter's own streams
# (guest/patches/0099 gives them CPython's text-file newlines and the rest of
# StringIO/BytesIO's methods). CPython's class hierarchy and the classes that wrap streams
# (IOBase, RawIOBase, BufferedIOBase, TextIOBase, BufferedReader, BufferedWriter,
# BufferedRandom, BufferedRWPair, TextIOWrapper, IncrementalNewlineDecoder, FileIO,
# text_encoding) are CPython's _pyio, loaded on first use (PEP 562 __getattr__) so that
# `import io` stays cheap; the interpreter's streams are registered as their virtual
# subclasses, as CPython's io registers its C classes.
from uio import BytesIO, StringIO, open

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


_LAZY = ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "BufferedReader", "BufferedWriter",
         "BufferedRandom", "BufferedRWPair", "TextIOWrapper", "IncrementalNewlineDecoder", "FileIO",
         "text_encoding")


def _load():
    import _pyio
    import sys
    g = globals()
    for name in _LAZY:
        g[name] = getattr(_pyio, name)
    for name in ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"):
        getattr(_pyio, name).__module__ = "io"
    _pyio.BufferedIOBase.register(BytesIO)
    _pyio.TextIOBase.register(StringIO)
    # the interpreter's files: open(f) and sys.stdout are text streams as CPython's
    # TextIOWrapper; open(f, 'rb'/'wb') are binary streams (CPython's Buffered*)
    import uio
    for name in ("TextIOWrapper",):
        t = getattr(uio, name, None)
        if t is not None:
            _pyio.TextIOWrapper.register(t)
    t = getattr(uio, "FileIO", None)
    if t is not None:
        _pyio.BufferedIOBase.register(t)
    for s in (sys.stdout, sys.stderr, sys.stdin):
        t = type(s)
        if s is not None and not issubclass(t, _pyio.IOBase):
            _pyio.TextIOWrapper.register(t)


def __getattr__(name):
    if name in _LAZY:
        _load()
        return globals()[name]
    raise AttributeError("module 'io' has no attribute '%s'" % name)
