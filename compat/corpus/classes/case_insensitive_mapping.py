# Case-insensitive HTTP header mapping built on collections.abc.MutableMapping
from collections.abc import MutableMapping


class Headers(MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, str(value))

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __eq__(self, other):
        if isinstance(other, dict):
            other = Headers(other)
        if not isinstance(other, Headers):
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def lower_items(self):
        return ((k, v[1]) for k, v in self._store.items())

    def __repr__(self):
        return f"Headers({dict(self.items())})"


h = Headers({"Content-Type": "text/html"}, Server="demo")
h["content-length"] = 512
h["CONTENT-TYPE"] = "application/json"
print(h)
print(h["content-type"], h.get("X-Missing"), h.get("SERVER"), len(h))
print("Content-Length" in h, list(h), sorted(h.lower_items()))
print(h == {"content-type": "application/json", "server": "demo", "Content-Length": "512"})
del h["Server"]
print(h.pop("CONTENT-LENGTH"), h, h.setdefault("Accept", "*/*"))
try:
    h["x-request-id"]
except KeyError as e:
    print("KeyError:", e)
print(dict(h), list(h.keys()), list(h.values()))
