# Validating descriptors using __set_name__ for a simple typed record class
class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}, got {value}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Typed {self.public}: {self.kind.__name__}>"


class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    stock = Typed(int, minimum=0)

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product(name={self.name!r}, price={self.price}, stock={self.stock})"


p = Product("Widget", 9.99, 12)
print(p)
print(vars(p))
print(Product.price, Product.__dict__["stock"])

bad_inputs = [("Gadget", 5, 3), ("Gizmo", 3.5, -1), (42, 1.0, 1), ("Thing", -2.0, 0)]
for args in bad_inputs:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

p.stock -= 2
print("after sale:", p.stock)
