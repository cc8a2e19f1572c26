# uuid for the mpsandbox guest: the UUID class, uuid4 (os.urandom), uuid3 and uuid5
# (MD5 and SHA-1 name hashes) and the RFC 4122 namespaces. No uuid1: the sandbox has no
# hardware address.
import hashlib as _hashlib
from os import urandom as _urandom

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_HEX = "0123456789abcdef"


class UUID:
    __slots__ = ("int",)

    def __init__(self, hex=None, bytes=None, int=None, version=None):
        given = [a is not None for a in (hex, bytes, int)]
        if given.count(True) != 1:
            raise TypeError("one of the hex, bytes or int arguments must be given")
        if hex is not None:
            h = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(h) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = 0
            for c in h.lower():
                d = _HEX.find(c)
                if d < 0:
                    raise ValueError("badly formed hexadecimal UUID string")
                value = value * 16 + d
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = type(0).from_bytes(bytes, "big")
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            value &= ~(0xC000 << 48)
            value |= 0x8000 << 48
            value &= ~(0xF000 << 64)
            value |= version << 76
        self.int = value

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def fields(self):
        i = self.int
        return (i >> 96, (i >> 80) & 0xFFFF, (i >> 64) & 0xFFFF, (i >> 56) & 0xFF, (i >> 48) & 0xFF, i & 0xFFFFFFFFFFFF)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    def __str__(self):
        h = self.hex
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def __repr__(self):
        return "UUID('%s')" % str(self)

    def __int__(self):
        return self.int

    def __eq__(self, other):
        return isinstance(other, UUID) and self.int == other.int

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int < other.int

    def __le__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int <= other.int

    def __gt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int > other.int

    def __ge__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int >= other.int

    def __hash__(self):
        return hash(self.int)


def uuid4():
    return UUID(bytes=_urandom(16), version=4)


def _name_based(hashfn, namespace, name, version):
    if isinstance(name, str):
        name = name.encode()
    return UUID(bytes=hashfn(namespace.bytes + name).digest()[:16], version=version)


def uuid3(namespace, name):
    return _name_based(_hashlib.md5, namespace, name, 3)


def uuid5(namespace, name):
    return _name_based(_hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
