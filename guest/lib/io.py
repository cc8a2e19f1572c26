# io for the mpsandbox guest: the built-in io module (StringIO, BytesIO, open and IOBase
# are the interpreter's own streams: guest/patches/0099 gives them CPython's text-file
# newlines and the rest of StringIO/BytesIO's methods) with CPython's constants and its
# UnsupportedOperation. TextIOWrapper, the Buffered* classes and FileIO are not here
# (AttributeError names them): files come from open().
from uio import BytesIO, IOBase, StringIO, open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def text_encoding(encoding, stacklevel=2):
    # CPython 3.11 outside UTF-8 mode: None stands for the locale's encoding (UTF-8 here)
    return "locale" if encoding is None else encoding
