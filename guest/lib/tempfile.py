# tempfile for the mpsandbox guest: CPython 3.11's API over the sandbox's filesystem.
# Temporary files live in the first writable directory of $TMPDIR, /tmp, /var/tmp, /usr/tmp
# and the working directory (a scratch mount at /tmp is the usual one). CPython's own
# tempfile needs io.open's opener and the C runtime's descriptors; this one creates files
# with os.open(O_CREAT | O_EXCL) as CPython does, and names them the same way (eight
# characters of [a-z0-9_] from a random.Random), so only the names differ.
import os as _os
import sys as _sys
import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _names():
    global _rng
    if _rng is None:
        try:
            from random import Random
            _rng = Random()
        except ImportError:
            _rng = False
    while True:
        if _rng:
            yield "".join(_rng.choice(_CHARACTERS) for _ in range(8))
        else:
            yield "".join(_CHARACTERS[b % 37] for b in _os.urandom(8))


def _infer_return_type(*args):
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if hasattr(arg, "__fspath__"):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    return str if return_type is None else return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, _os.fspath(dir), output_type


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    names = _names()
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            filename = _os.path.join(dir, next(names))
            try:
                fd = _os.open(filename, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s"
                            % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _create_unique(dir, pre, suf, output_type, create, what):
    # tries fresh names until create(path) does not find one taken; (its result, the path)
    names = _names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            made = create(file)
        except FileExistsError:
            continue
        return made, _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, "No usable temporary %s name found" % what)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    return _create_unique(dir, pre, suf, output_type, lambda f: _os.open(f, flags, 0o600), "file")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _create_unique(dir, prefix, suffix, output_type, lambda f: _os.mkdir(f, 0o700), "directory")[1]


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    # CPython's wrapper: the file's attributes, plus .name and deletion on close.
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x%x>" % id(self)


def _open_mode(mode):
    return mode.replace("t", "")


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL,
                              output_type)
    try:
        file = _os.fdopen(fd, _open_mode(mode), buffering, encoding, errors, newline)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    # CPython unlinks the file at once; the sandbox's filesystem cannot keep an unlinked
    # file open, so it is removed on close instead (and has a name, like NamedTemporaryFile).
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


class SpooledTemporaryFile:
    # Data stays in memory until it exceeds max_size or fileno() is called, as CPython's.
    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering, "suffix": suffix,
                                   "prefix": prefix, "encoding": encoding, "newline": newline,
                                   "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    _closed = False

    def __enter__(self):
        if self.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._closed = True
        self._file.close()

    @property
    def closed(self):
        return self._closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done or not _os.path.exists(self.name):
            self._done = True
            return
        self._done = True
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
