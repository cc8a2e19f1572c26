# Working with vars(), __dict__, setattr/getattr/delattr to load and diff object state
class Settings:
    theme = "light"
    page_size = 20

    def __init__(self, **overrides):
        for key, value in overrides.items():
            if not hasattr(type(self), key):
                raise AttributeError(f"unknown setting {key!r}")
            setattr(self, key, value)

    def effective(self):
        return {k: getattr(self, k) for k in sorted(self.defaults())}

    @classmethod
    def defaults(cls):
        return {k: v for k, v in vars(cls).items() if not k.startswith("_") and not callable(v)
                and not isinstance(v, classmethod)}


s = Settings(theme="dark")
print("instance dict:", vars(s))
print("defaults:", Settings.defaults())
print("effective:", s.effective())
s.page_size = 50
s.__dict__["theme"] = "solarized"
print(vars(s), s.theme)
delattr(s, "theme")
print("after delattr:", s.theme, vars(s))
print(getattr(s, "missing", "n/a"), hasattr(s, "page_size"))
try:
    Settings(colour="red")
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    pass


r = Record()
for key, value in [("id", 7), ("name", "widget"), ("tags", ["a", "b"])]:
    setattr(r, key, value)
print(vars(r))
snapshot = dict(vars(r))
r.name = "gadget"
r.tags.append("c")
changed = {k: (snapshot[k], v) for k, v in vars(r).items() if snapshot.get(k) is not v or k == "name"}
print(changed)
print(type(vars(Settings)).__name__, "theme" in Settings.__dict__, "theme" in s.__dict__)
