# io for the mpsandbox guest: the built-in io module (StringIO, BytesIO, open and IOBase
# are the interpreter's own streams: guest/patches/0099 gives them CPython's text-file
# newlines and the rest of StringIO/BytesIO's methods) with CPython's constants and its
# UnsupportedOperation. RawIOBase, BufferedIOBase, TextIOBase, BufferedReader and
# TextIOWrapper are guest/lib/_iobase's; BufferedWriter, BufferedRandom and FileIO are not
# here (AttributeError names them): files come from open().
from uio import BytesIO, IOBase, StringIO, open
from _iobase import (BufferedIOBase, BufferedReader, RawIOBase, TextIOBase, TextIOWrapper,
                     UnsupportedOperation)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def text_encoding(encoding, stacklevel=2):
    # CPython 3.11 outside UTF-8 mode: None stands for the locale's encoding (UTF-8 here)
    return "locale" if encoding is None else encoding
