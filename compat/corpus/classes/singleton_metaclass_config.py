# Singleton pattern via a metaclass overriding __call__, with per-class instances
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print(f"creating {cls.__name__}{args}")
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        else:
            print(f"reusing {cls.__name__}")
        return SingletonMeta._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        self.env = env
        self.values = {}

    def set(self, key, value):
        self.values[key] = value

    def __repr__(self):
        return f"Config(env={self.env!r}, values={self.values})"


class Registry(metaclass=SingletonMeta):
    def __init__(self):
        self.items = []


a = Config("prod")
b = Config("staging")
a.set("timeout", 30)
print(a is b, b.env, b)
r1, r2 = Registry(), Registry()
r1.items.append("x")
print(r1 is r2, r2.items, r1 is a)
print(len(SingletonMeta._instances), sorted(c.__name__ for c in SingletonMeta._instances))
print(type(Config), type(Config).__mro__)
print(isinstance(a, Config), Config.__class__.__name__)
