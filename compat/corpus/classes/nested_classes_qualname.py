# Nested classes and their __qualname__/__module__/repr, used as namespaced config sections
class Config:
    class Database:
        host = "localhost"
        port = 5432

        class Pool:
            size = 10
            timeout = 30

    class Cache:
        backend = "memory"
        ttl = 300

    @classmethod
    def sections(cls, root=None, prefix=""):
        root = root or cls
        for name, value in vars(root).items():
            if isinstance(value, type):
                yield prefix + name, value
                yield from cls.sections(value, prefix + name + ".")

    @classmethod
    def flatten(cls):
        flat = {}
        for path, section in cls.sections():
            for key, value in vars(section).items():
                if not key.startswith("_") and not isinstance(value, type):
                    flat[f"{path}.{key}"] = value
        return flat


print(Config.Database.Pool)
print(Config.Database.Pool.__name__, Config.Database.Pool.__qualname__, Config.Database.Pool.__module__)
print([path for path, _ in Config.sections()])
for key, value in Config.flatten().items():
    print(f"  {key} = {value!r}")


def make_handler(kind):
    class Handler:
        def __repr__(self):
            return f"<{type(self).__qualname__} kind={kind}>"
    Handler.__name__ = Handler.__qualname__ = f"{kind.title()}Handler"
    return Handler


JsonHandler = make_handler("json")
print(JsonHandler, JsonHandler(), make_handler("xml")())


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__, repr(factory()), factory() is factory())
print(type(Config.Cache), Config.Cache.ttl, Config.sections.__qualname__)
