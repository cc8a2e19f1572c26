"""Lines of source files, as CPython's linecache, for traceback and warnings.

Written for mpsandbox. Lines come from the interpreter (the text of the program the
sandbox runs, else the file through the filesystem): getline() never raises.
"""
import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    if not isinstance(filename, str) or not isinstance(lineno, int) or lineno < 1:
        return ""
    lines = cache.get(filename)
    if lines is not None:
        lines = lines[2]
        return lines[lineno - 1] if lineno <= len(lines) else ""
    try:
        return _traceback.getline(filename, lineno)
    except Exception:
        return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    lines = []
    n = 1
    while True:
        line = getline(filename, n)
        if not line:
            break
        lines.append(line)
        n += 1
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
