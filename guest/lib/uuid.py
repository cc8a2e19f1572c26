# uuid for the mpsandbox guest: the UUID class, uuid4 (os.urandom), uuid3 and uuid5
# (MD5 and SHA-1 name hashes), uuid1 (with a random node: the sandbox has no hardware
# address) and the RFC 4122 namespaces.
import hashlib as _hashlib
from os import urandom as _urandom

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_SafeUUID = None


def _safe_uuid():
    # SafeUUID is an Enum: made on first use, so that importing uuid does not import enum
    global _SafeUUID
    if _SafeUUID is None:
        from enum import Enum

        class SafeUUID(Enum):
            safe = 0
            unsafe = -1
            unknown = None

        SafeUUID.__module__ = __name__
        _SafeUUID = SafeUUID
    return _SafeUUID


def __getattr__(name):
    if name == "SafeUUID":
        return _safe_uuid()
    raise AttributeError("module 'uuid' has no attribute '%s'" % name)


class UUID:
    __slots__ = ("int", "_is_safe")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            h = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(h) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = type(0)(h, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            b = bytes_le
            value = type(0).from_bytes(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:], "big")
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = type(0).from_bytes(bytes, "big")
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            for n, (f, bits) in enumerate(zip(fields, (32, 16, 16, 8, 8, 48))):
                if not 0 <= f < 1 << bits:
                    raise ValueError("field %d out of range (need a%s %d-bit value)"
                                     % (n + 1, "n" if bits == 8 else "", bits))
            tl, tm, th, csh, csl, node = fields
            value = (tl << 96) | (tm << 80) | (th << 64) | (((csh << 8) | csl) << 48) | node
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
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "_is_safe", None if is_safe is None else _safe_uuid()(is_safe).value)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    @property
    def is_safe(self):
        return _safe_uuid()(self._is_safe)

    def __getstate__(self):
        d = {"int": self.int}
        if self._is_safe is not None:
            d["is_safe"] = self._is_safe
        return d

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "_is_safe", _safe_uuid()(state["is_safe"]).value
                           if "is_safe" in state else None)

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
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return ((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

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


_node = None
_last_timestamp = None


def getnode():
    # The sandbox has no hardware address: a random 48-bit number with the multicast bit
    # set, as CPython's getnode when it finds none (RFC 4122, 4.1.6)
    global _node
    if _node is None:
        _node = type(0).from_bytes(_urandom(6), "big") | (1 << 40)
    return _node


def uuid1(node=None, clock_seq=None):
    global _last_timestamp
    import time
    timestamp = time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = type(0).from_bytes(_urandom(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xFFFFFFFF, (timestamp >> 32) & 0xFFFF,
                        (timestamp >> 48) & 0x0FFF, (clock_seq >> 8) & 0x3F, clock_seq & 0xFF, node),
                version=1)


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
