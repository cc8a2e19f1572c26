# os for the mpsandbox guest: MicroPython's built-in os (reached as `uos`, which always
# names the built-in) plus os.path, makedirs, walk and the path constants.
from uos import *
from errno import EEXIST as _EEXIST

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
linesep = "\n"
devnull = "/dev/null"
name = "posix"

from . import path


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except OSError as e:
            if e.errno != _EEXIST:  # created meanwhile
                raise
    try:
        mkdir(name)
    except OSError as e:
        if not exist_ok or e.errno != _EEXIST or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        entries = list(ilistdir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry[1] == 0x4000 else files).append(entry[0])
    if topdown:
        yield top, dirs, files
    for d in dirs:
        for item in walk(path.join(top, d), topdown, onerror, followlinks):
            yield item
    if not topdown:
        yield top, dirs, files


def fsencode(filename):
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    return filename.decode() if isinstance(filename, (bytes, bytearray)) else filename


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        return p.__fspath__()
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
