# os for the mpsandbox guest: MicroPython's built-in os (reached as `uos`, which always
# names the built-in) over the sandbox's virtual filesystem (its mounts and their policy are
# enforced by the host, src/wasi/filesystem.cc), with CPython's interface on top:
# stat_result, scandir/DirEntry, walk, makedirs, replace, errors that carry the file name,
# descriptors over file objects (open/read/write/close/fdopen), an empty environment, and
# os.path as CPython's posixpath. There are no processes, users or symbolic links in the
# sandbox: those functions are absent (AttributeError) or raise NotImplementedError.
import uos as _u
import sys as _sys
from uos import *
from uos import ilistdir as _ilistdir

# statvfs's MicroPython tuple is not CPython's os.statvfs_result (and with it shutil defines
# disk_usage over a named tuple whose fields need docstrings); until then it is absent.
try:
    del statvfs
except NameError:
    pass
import errno as _errno

name = "posix"
sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_bytes_environ = True
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()
supports_effective_ids = set()
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
# open(2) flags, Linux's values
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

import posixpath as path

_sys.modules["os.path"] = path

_STRERROR = {}
for _name, _text in (
        ("EPERM", "Operation not permitted"), ("ENOENT", "No such file or directory"),
        ("EIO", "Input/output error"), ("EBADF", "Bad file descriptor"),
        ("EAGAIN", "Resource temporarily unavailable"), ("ENOMEM", "Cannot allocate memory"),
        ("EACCES", "Permission denied"), ("EEXIST", "File exists"),
        ("EXDEV", "Invalid cross-device link"), ("ENODEV", "No such device"),
        ("ENOTDIR", "Not a directory"), ("EISDIR", "Is a directory"),
        ("EINVAL", "Invalid argument"), ("EMFILE", "Too many open files"),
        ("ENOTTY", "Inappropriate ioctl for device"), ("EFBIG", "File too large"),
        ("ENOSPC", "No space left on device"), ("EROFS", "Read-only file system"),
        ("ENAMETOOLONG", "File name too long"), ("ENOTEMPTY", "Directory not empty"),
        ("ELOOP", "Too many levels of symbolic links"), ("ENOSYS", "Function not implemented"),
        ("EDQUOT", "Disk quota exceeded")):
    _code = getattr(_errno, _name, None)
    if _code is not None:
        _STRERROR[_code] = _text
del _name, _text, _code


def strerror(code):
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(code).__name__)
    return _STRERROR.get(code, "Unknown error %d" % code)


def _raise(e, filename, filename2=None):
    # MicroPython's OSError carries only the code: give it CPython's text and file names.
    code = e.errno if isinstance(e, OSError) else None
    if code is None and e.args and isinstance(e.args[0], int):
        code = e.args[0]
    if code is None:
        raise e
    if filename2 is None:
        raise OSError(code, strerror(code), filename) from None
    raise OSError(code, strerror(code), filename, None, filename2) from None


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        f = type(p).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__) from None
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


def _make_pathlike():
    # CPython's os.PathLike: an ABC (pathlib registers PurePath with it) that any class with
    # __fspath__ satisfies. Made on first use of os.PathLike, so that importing os does not
    # import abc.
    import abc
    from types import GenericAlias

    class PathLike(abc.ABC):
        """Abstract base class for implementing the file system path protocol."""

        @abc.abstractmethod
        def __fspath__(self):
            """Return the file system path representation of the object."""
            raise NotImplementedError

        @classmethod
        def __subclasshook__(cls, subclass):
            if cls is PathLike:
                for klass in subclass.__mro__:
                    if "__fspath__" in klass.__dict__:
                        return NotImplemented if klass.__dict__["__fspath__"] is None else True
            return NotImplemented

        __class_getitem__ = classmethod(GenericAlias)

    PathLike.__module__ = "os"
    return PathLike


def __getattr__(name):
    if name == "PathLike":
        cls = globals()["PathLike"] = _make_pathlike()
        return cls
    raise AttributeError("module 'os' has no attribute '%s'" % name)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def _str(p):
    p = fspath(p)
    if isinstance(p, bytes):
        return p.decode("utf-8", "surrogateescape"), True
    return p, False


class stat_result(tuple):
    # CPython's os.stat_result: ten integers, with the times also as floats and in ns.
    __slots__ = ()
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    st_atime = property(lambda s: float(s[7]))
    st_mtime = property(lambda s: float(s[8]))
    st_ctime = property(lambda s: float(s[9]))
    st_atime_ns = property(lambda s: s[7] * 1000000000)
    st_mtime_ns = property(lambda s: s[8] * 1000000000)
    st_ctime_ns = property(lambda s: s[9] * 1000000000)
    st_blksize = property(lambda s: 4096)
    st_blocks = property(lambda s: (s[6] + 511) // 512)

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self))


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        raise NotImplementedError("os.stat of a file descriptor: the sandbox has none")
    p, _ = _str(path)
    try:
        st = _u.stat(p)
    except OSError as e:
        _raise(e, path)
    st = [int(x) for x in st[:10]]
    if _modes:
        m = _modes.get(_mode_key(p))
        if m is not None:
            st[0] = (st[0] & ~0o7777) | m
    return stat_result(tuple(st))


def lstat(path, *, dir_fd=None):
    return stat(path)


def listdir(path="."):
    p, as_bytes = _str(path)
    try:
        names = _u.listdir(p)
    except OSError as e:
        _raise(e, path)
    if as_bytes:
        return [fsencode(n) for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    try:
        _u.mkdir(_str(path)[0])
    except OSError as e:
        _raise(e, path)
    if mode != 0o777:
        _modes[_mode_key(path)] = mode & 0o7755


def rmdir(path, *, dir_fd=None):
    try:
        _u.rmdir(_str(path)[0])
    except OSError as e:
        _raise(e, path)
    if _modes:
        _modes.pop(_mode_key(path), None)


def remove(path, *, dir_fd=None):
    p = _str(path)[0]
    try:
        _u.remove(p)
    except OSError as e:
        if e.errno == _errno.EPERM and _isdir(p):
            _raise(OSError(_errno.EISDIR), path)
        _raise(e, path)
    if _modes:
        _modes.pop(_mode_key(path), None)


unlink = remove


def _isdir(p):
    try:
        return _u.stat(p)[0] & 0o170000 == 0o040000
    except OSError:
        return False


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    try:
        _u.rename(_str(src)[0], _str(dst)[0])
    except OSError as e:
        _raise(e, src, dst)
    if _modes:
        m = _modes.pop(_mode_key(src), None)
        _modes.pop(_mode_key(dst), None)
        if m is not None:
            _modes[_mode_key(dst)] = m


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    # rename() over WASI replaces an existing file as POSIX rename(2) does.
    rename(src, dst)


def chdir(path):
    try:
        _u.chdir(_str(path)[0])
    except OSError as e:
        _raise(e, path)


def getcwdb():
    return getcwd().encode()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        _u.stat(_str(path)[0])
    except OSError:
        return False
    return True


# The sandbox's filesystem keeps no permission bits of its own making: the modes a program
# gives (os.chmod, os.open, os.mkdir) are kept here for the session, and os.stat reports
# them, as a POSIX system with umask 022 would.
_modes = {}


def _mode_key(path):
    return _abspath(_str(path)[0])


def _abspath(p):
    return path.normpath(path.join(getcwd(), p))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if not isinstance(mode, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mode).__name__)
    stat(path)
    _modes[_mode_key(path)] = mode & 0o7777


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    # The sandbox's filesystem keeps its own file times: the file must exist, and its times
    # stay as they are (shutil.copy2 and copytree call this).
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    stat(path)


def readlink(path, *, dir_fd=None):
    stat(path)
    raise OSError(_errno.EINVAL, strerror(_errno.EINVAL), path)


def getpid():
    return 1


def getppid():
    return 0


def cpu_count():
    return 1


class terminal_size(tuple):
    # CPython's os.terminal_size: (columns, lines)
    __slots__ = ()
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    columns = property(lambda s: s[0])
    lines = property(lambda s: s[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


terminal_size.__module__ = "os"


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


def get_exec_path(env=None):
    return defpath.split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
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


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    # CPython's os.DirEntry, from one entry of the directory listing.
    __slots__ = ("name", "path", "_kind", "_ino", "_stat")

    def __init__(self, dirpath, entry, as_bytes):
        name = entry[0]
        if as_bytes:
            name = fsencode(name)
        self.name = name
        self.path = path.join(dirpath, name)
        self._kind = entry[1]
        self._ino = entry[2] if len(entry) > 2 else 0
        self._stat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 0:
            try:
                return self.stat().st_mode & 0o170000 == 0o040000
            except OSError:
                return False
        return self._kind == 0x4000

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 0:
            try:
                return self.stat().st_mode & 0o170000 == 0o100000
            except OSError:
                return False
        return self._kind == 0x8000

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self._ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, p, as_bytes):
        self._path = p
        self._bytes = as_bytes
        try:
            self._it = _ilistdir(fsdecode(p))
        except OSError as e:
            _raise(e, p)

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        for entry in self._it:
            if entry[0] in (".", ".."):
                continue
            return DirEntry(self._path, entry, self._bytes)
        self._it = None
        raise StopIteration

    def close(self):
        self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    if isinstance(path, int):
        raise NotImplementedError("os.scandir of a file descriptor: the sandbox has none")
    p = fspath(path)
    return _ScandirIterator(p, isinstance(p, bytes))


def walk(top, topdown=True, onerror=None, followlinks=False):
    # CPython 3.11's os.walk, over scandir.
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


class _Environ(dict):
    # The sandbox's processes have no environment: os.environ starts empty; a program may
    # set variables for itself.
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


# File descriptors: the sandbox's files are opened as file objects; os.open hands out small
# integers that name them, for the program's own os.read/os.write/os.close/os.fdopen (fds 0,
# 1 and 2 are the standard streams). Nothing outside the program sees these numbers.
_fds = {}


def _file(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    f = _fds.get(fd)
    if f is None:
        if 0 <= fd <= 2:
            return (_sys.__stdin__, _sys.__stdout__, _sys.__stderr__)[fd].buffer
        raise OSError(_errno.EBADF, strerror(_errno.EBADF))
    return f[0]


def open(path, flags, mode=0o777, *, dir_fd=None):
    p = _str(path)[0]
    acc = flags & 3
    exists = True
    try:
        _u.stat(p)
    except OSError:
        exists = False
    if exists and flags & O_CREAT and flags & O_EXCL:
        raise OSError(_errno.EEXIST, strerror(_errno.EEXIST), path)
    if not exists and not flags & O_CREAT:
        raise OSError(_errno.ENOENT, strerror(_errno.ENOENT), path)
    if exists and _isdir(p):
        if acc != O_RDONLY:
            raise OSError(_errno.EISDIR, strerror(_errno.EISDIR), path)
        raise NotImplementedError("os.open of a directory: the sandbox has no directory descriptors")
    if not exists or flags & O_TRUNC and acc != O_RDONLY:
        import builtins
        builtins.open(p, "wb").close()
    if not exists:
        _modes[_mode_key(p)] = mode & 0o7755
    import builtins
    try:
        f = builtins.open(p, "rb" if acc == O_RDONLY else "r+b")
    except OSError as e:
        _raise(e, path)
    if flags & O_APPEND:
        f.seek(0, 2)
    fd = 3
    while fd in _fds:
        fd += 1
    _fds[fd] = (f, p, flags)
    return fd


def close(fd):
    _file(fd)
    entry = _fds.pop(fd, None)
    if entry is not None:
        entry[0].close()


def closerange(fd_low, fd_high):
    for fd in list(_fds):
        if fd_low <= fd < fd_high:
            close(fd)


def read(fd, n):
    if n < 0:
        raise ValueError("negative count")
    return _file(fd).read(n)


def write(fd, data):
    entry = _fds.get(fd)
    if entry is not None and entry[2] & 3 == O_RDONLY:
        raise OSError(_errno.EBADF, strerror(_errno.EBADF))
    f = _file(fd)
    if entry is not None and entry[2] & O_APPEND:
        f.seek(0, 2)
    return f.write(bytes(data))


def lseek(fd, pos, how):
    return _file(fd).seek(pos, how)


def fstat(fd):
    entry = _fds.get(fd)
    if entry is None:
        _file(fd)
        raise NotImplementedError("os.fstat of a standard stream")
    entry[0].flush()
    return stat(entry[1])


def fsync(fd):
    # A descriptor of this module is flushed; another one (a file object's fileno()) has
    # nothing to wait for: the sandbox's files are written through.
    if hasattr(fd, "fileno"):
        fd = fd.fileno()
    if fd in _fds:
        _fds[fd][0].flush()
    elif not isinstance(fd, int) or fd < 0:
        raise OSError(_errno.EBADF, strerror(_errno.EBADF))


def isatty(fd):
    _file(fd)
    return False


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    import builtins
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return builtins.open(fd, mode, buffering, encoding, errors, newline, closefd)


def _fdopen(fd, mode, buffering, encoding, errors, newline, closefd):
    # builtins.open of a descriptor other than 0, 1, 2: the descriptor's file, reopened
    # with the mode asked for at the descriptor's position. With closefd=False the
    # descriptor stays open, with a position of its own.
    import builtins
    entry = _fds.get(fd)
    if entry is None:
        _file(fd)
    f, p, flags = entry
    pos = f.tell()
    if closefd:
        f.close()
        del _fds[fd]
    m = mode.replace("t", "")
    if m.startswith("w"):
        m = "r+" + m[1:].replace("+", "")  # O_CREAT/O_TRUNC were applied by os.open
    kw = {}
    if "b" not in m:
        kw["encoding"] = encoding
        if errors is not None:
            kw["errors"] = errors
        if newline is not None:
            kw["newline"] = newline
    nf = builtins.open(p, m, **kw)
    if not m.startswith("a"):
        nf.seek(pos)
    return nf


def get_blocking(fd):
    raise NotImplementedError("os.get_blocking: the sandbox has no file descriptors")
