# Storage backends defined by an ABC with abstract properties and abstract classmethods
from abc import ABC, abstractmethod


class Storage(ABC):
    @property
    @abstractmethod
    def scheme(self) -> str: ...

    @classmethod
    @abstractmethod
    def from_url(cls, url): ...

    @abstractmethod
    def put(self, key, data): ...

    @abstractmethod
    def get(self, key): ...

    def copy(self, src, dst):
        self.put(dst, self.get(src))

    def __repr__(self):
        return f"<{type(self).__name__} {self.scheme}://>"


class MemoryStorage(Storage):
    scheme = "mem"

    def __init__(self):
        self.blobs = {}

    @classmethod
    def from_url(cls, url):
        return cls()

    def put(self, key, data):
        self.blobs[key] = bytes(data)

    def get(self, key):
        return self.blobs[key]


class PrefixedStorage(MemoryStorage):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix

    @property
    def scheme(self):
        return f"mem+{self.prefix}"

    @classmethod
    def from_url(cls, url):
        return cls(url.split("://", 1)[1].strip("/"))

    def put(self, key, data):
        super().put(f"{self.prefix}/{key}", data)

    def get(self, key):
        return super().get(f"{self.prefix}/{key}")


class Incomplete(Storage):
    scheme = "none"
    put = lambda self, key, data: None


backends = [MemoryStorage.from_url("mem://"), PrefixedStorage.from_url("mem+x://tenant-a/")]
for b in backends:
    b.put("a.txt", b"hello")
    b.copy("a.txt", "b.txt")
    print(b, b.scheme, sorted(b.blobs), b.get("b.txt"))
print(sorted(Storage.__abstractmethods__))
print(sorted(Incomplete.__abstractmethods__))
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(Storage.scheme.__isabstractmethod__, isinstance(backends[1], Storage))
