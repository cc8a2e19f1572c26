# Mixin classes for dict/JSON serialization and comparison, combined via multiple inheritance
import json


class ToDictMixin:
    def to_dict(self):
        return {k: self._convert(v) for k, v in vars(self).items() if not k.startswith("_")}

    @classmethod
    def _convert(cls, value):
        if isinstance(value, ToDictMixin):
            return value.to_dict()
        if isinstance(value, list):
            return [cls._convert(v) for v in value]
        return value


class JsonMixin:
    def to_json(self, **kwargs):
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))


class EqualityMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({fields})"


class Address(ToDictMixin, ReprMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code


class Customer(ReprMixin, EqualityMixin, JsonMixin, ToDictMixin):
    def __init__(self, name, email, addresses=None):
        self.name = name
        self.email = email
        self.addresses = [Address(**a) if isinstance(a, dict) else a for a in (addresses or [])]
        self._cache = {}


c = Customer("Lin", "lin@example.com", [Address("Oslo", "0150"), Address("Bergen", "5003")])
print(c)
text = c.to_json(sort_keys=True)
print(text)
back = Customer.from_json(text)
print(back == c, back is c, back.addresses[1])
print([k.__name__ for k in Customer.__mro__])
print(Address.mro())
print(Customer.__eq__ is EqualityMixin.__eq__, "__hash__" in vars(EqualityMixin))
print(c.to_json(indent=1).count("\n"), json.loads(c.to_json())["addresses"][0]["city"])
