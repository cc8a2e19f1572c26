# __getattr__-based proxy that records calls made on a wrapped object
class CallRecorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            self._calls.append(f"get {name}")
            return attr

        def wrapper(*args, **kwargs):
            result = attr(*args, **kwargs)
            shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            self._calls.append(f"{name}({shown}) -> {result!r}")
            return result

        return wrapper

    def __setattr__(self, name, value):
        self._calls.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __len__(self):
        return len(self._target)

    def __repr__(self):
        return f"CallRecorder({self._target!r})"


class Cart:
    def __init__(self):
        self.items = {}
        self.currency = "EUR"

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

    def remove(self, name):
        return self.items.pop(name, None)

    def __len__(self):
        return sum(self.items.values())

    def __repr__(self):
        return f"Cart({self.items})"


cart = CallRecorder(Cart())
cart.add("apple")
cart.add("pear", qty=3)
cart.add("apple", 2)
cart.remove("kiwi")
cart.currency = "USD"
print(cart.currency, len(cart))
print(cart)
for line in cart._calls:
    print(" ", line)
try:
    cart.checkout()
except AttributeError as e:
    print("AttributeError:", e)
