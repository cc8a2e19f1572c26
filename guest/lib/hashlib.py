# hashlib for the mpsandbox guest: MicroPython's built-in sha256, sha1 and md5 (reached as
# `uhashlib`, which always names the built-in) with CPython's interface around them:
# hexdigest(), new(), name, digest_size, block_size, algorithms_*. Written for mpsandbox.
# The built-in hashes are final once digested, so a digest is remembered, and update()
# after it raises ValueError (CPython would go on hashing).
import uhashlib as _impl
from binascii import hexlify as _hexlify

_SIZES = {"sha256": (32, 64), "sha1": (20, 64), "md5": (16, 64)}
algorithms_guaranteed = frozenset(n for n in _SIZES if hasattr(_impl, n))
algorithms_available = algorithms_guaranteed


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._h = getattr(_impl, name)()
        self._digest = None
        if data:
            self.update(data)

    def update(self, data):
        if self._digest is not None:
            raise ValueError("hash already digested: MicroPython's hashes are final")
        self._h.update(data)

    def digest(self):
        if self._digest is None:
            self._digest = self._h.digest()
        return self._digest

    def hexdigest(self):
        return _hexlify(self.digest()).decode()

    def copy(self):
        raise NotImplementedError("copy() is not supported by MicroPython's hashes")

    def __repr__(self):
        return "<%s HASH object>" % self.name


def new(name, data=b""):
    name = name.lower()
    if name not in algorithms_available:
        raise ValueError("unsupported hash type " + name)
    return _Hash(name, data)


def sha256(data=b""):
    return _Hash("sha256", data)


def sha1(data=b""):
    return _Hash("sha1", data)


def md5(data=b""):
    return _Hash("md5", data)
