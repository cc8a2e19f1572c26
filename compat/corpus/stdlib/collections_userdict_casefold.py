# Case-insensitive header dictionary built on UserDict, plus a UserList subclass
from collections import UserDict, UserList


class Headers(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self.data[key.lower()][1]

    def __delitem__(self, key):
        del self.data[key.lower()]

    def __contains__(self, key):
        return key.lower() in self.data

    def __iter__(self):
        return (orig for orig, _ in self.data.values())

    def items_original(self):
        return [(k, v) for k, v in self.data.values()]


class History(UserList):
    def append(self, item):
        if self.data and self.data[-1] == item:
            return  # collapse duplicates
        super().append(item)


h = Headers({"Content-Type": "text/html"})
h["X-Request-ID"] = "abc123"
h.update({"content-type": "application/json", "ACCEPT": "*/*"})
print(h["CONTENT-TYPE"], "accept" in h, "Cookie" in h)
print(sorted(h))
print(h.items_original())
print(h.get("x-request-id"), h.get("missing", "-"))
del h["accept"]
print(len(h), list(h.keys()))

hist = History()
for cmd in ["ls", "ls", "cd src", "ls", "ls", "make", "make"]:
    hist.append(cmd)
print(hist, len(hist))
print(hist[-2:], type(hist[-2:]).__name__)
print(hist + ["exit"], isinstance(hist, list))
