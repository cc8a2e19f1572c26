# Metaclass that registers model classes and collects declared fields
class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None

    def __repr__(self):
        return f"Field(name={self.name!r}, default={self.default!r})"


class ModelMeta(type):
    models = {}

    def __new__(mcls, name, bases, namespace):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        for key, value in list(namespace.items()):
            if isinstance(value, Field):
                value.name = key
                fields[key] = value
                del namespace[key]
        namespace["_fields"] = fields
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.models[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        for name, field in self._fields.items():
            setattr(self, name, kwargs.pop(name, field.default))
        if kwargs:
            raise TypeError(f"unknown fields: {sorted(kwargs)}")

    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({args})"


class User(Model):
    id = Field()
    name = Field("anonymous")
    active = Field(True)


class Admin(User):
    level = Field(1)


print(ModelMeta.models)
print(User._fields)
print(User(id=1, name="kim"), Admin(id=2, level=3))
print(type(User).__name__, type(Admin) is ModelMeta, isinstance(Admin, type))
print("name" in vars(User), "_fields" in vars(User))
try:
    User(id=3, email="x@example.com")
except TypeError as e:
    print("TypeError:", e)
