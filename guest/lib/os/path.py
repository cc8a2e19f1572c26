# os.path for the mpsandbox guest: POSIX path operations; the queries use os.stat over
# the sandbox's virtual filesystem (no symbolic links are visible there).
from uos import stat as _stat, getcwd as _getcwd

sep = "/"
curdir = "."
pardir = ".."
extsep = "."

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def normcase(s):
    return s


def isabs(s):
    return s.startswith("/")


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        # A leading dot (".bashrc") does not start an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    return p[p.rfind("/") + 1 :]


def dirname(p):
    return split(p)[0]


def normpath(path):
    if not path:
        return "."
    initial = 1 if path.startswith("/") else 0
    # POSIX keeps exactly two leading slashes.
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = "/" * initial + "/".join(comps)
    return path or "."


def abspath(path):
    if not isabs(path):
        path = join(_getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start_list = [x for x in abspath(curdir if start is None else start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = 0
    while i < len(start_list) and i < len(path_list) and start_list[i] == path_list[i]:
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else curdir


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = set(p.startswith("/") for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    common = split_paths[0]
    for parts in split_paths[1:]:
        i = 0
        while i < len(common) and i < len(parts) and common[i] == parts[i]:
            i += 1
        common = common[:i]
    return ("/" if paths[0].startswith("/") else "") + "/".join(common)


def expanduser(path):
    return path


def expandvars(path):
    return path


def _mode(path):
    try:
        return _stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


lexists = exists


def isdir(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    return False


def ismount(path):
    return normpath(abspath(path)) == "/"


def getsize(filename):
    return _stat(filename)[6]


def getmtime(filename):
    return _stat(filename)[8]


def getatime(filename):
    return _stat(filename)[7]


def getctime(filename):
    return _stat(filename)[9]
