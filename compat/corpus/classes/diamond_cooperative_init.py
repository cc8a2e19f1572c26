# Cooperative multiple inheritance in a diamond, with super() chains and __mro__
class Base:
    def __init__(self, **kwargs):
        print(f"Base.__init__ leftover={kwargs}")
        super().__init__()

    def describe(self):
        return ["Base"]


class Logger(Base):
    def __init__(self, log_level="INFO", **kwargs):
        print(f"Logger.__init__ level={log_level}")
        self.log_level = log_level
        super().__init__(**kwargs)

    def describe(self):
        return ["Logger"] + super().describe()


class Cache(Base):
    def __init__(self, cache_size=128, **kwargs):
        print(f"Cache.__init__ size={cache_size}")
        self.cache_size = cache_size
        super().__init__(**kwargs)

    def describe(self):
        return ["Cache"] + super().describe()


class Service(Logger, Cache):
    def __init__(self, name, **kwargs):
        print(f"Service.__init__ name={name}")
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return ["Service"] + super().describe()


svc = Service("api", log_level="DEBUG", cache_size=64)
print(svc.name, svc.log_level, svc.cache_size)
print(" -> ".join(svc.describe()))
print([cls.__name__ for cls in Service.__mro__])
print(Service.mro() == list(Service.__mro__))
print(Service.__mro__)
print(Service.__bases__)


class Other(Cache, Logger):
    pass


print([c.__name__ for c in Other.mro()])
o = Other(cache_size=8)
print(o.describe())

try:
    class Broken(Logger, Service):
        pass
except TypeError as e:
    print("TypeError:", e)
