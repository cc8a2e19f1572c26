# Model that tracks changed fields by overriding __setattr__ and __delattr__
class TrackedModel:
    _fields = ()

    def __init__(self, **values):
        object.__setattr__(self, "_dirty", {})
        object.__setattr__(self, "_loading", True)
        for name in self._fields:
            setattr(self, name, values.get(name))
        object.__setattr__(self, "_loading", False)

    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        if not self._loading:
            old = self.__dict__.get(name)
            if old != value:
                first_old = self._dirty.get(name, (old,))[0]
                if first_old == value:
                    self._dirty.pop(name, None)
                else:
                    self._dirty[name] = (first_old, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def changes(self):
        return dict(self._dirty)

    def save(self):
        if not self._dirty:
            return "nothing to save"
        sql = ", ".join(f"{k}={new!r}" for k, (_, new) in sorted(self._dirty.items()))
        self._dirty.clear()
        return f"UPDATE {type(self).__name__.lower()} SET {sql}"


class User(TrackedModel):
    _fields = ("name", "email", "age")


u = User(name="Ann", email="ann@old.example", age=30)
print(u.changes(), u.save())
u.email = "ann@new.example"
u.age = 31
u.age = 32
print(u.changes())
u.name = "Anne"
u.name = "Ann"
print(u.changes())
print(u.save())
print(u.save())
for action in (lambda: setattr(u, "nickname", "A"), lambda: delattr(u, "age")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(vars(u))
