# Classmethod alternate constructors that respect subclasses (cls) and super() in classmethods
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_name(cls, name):
        return cls.from_hex(cls.NAMED[name.lower()])

    NAMED = {"red": "#f00", "teal": "#008080", "white": "#fff"}

    def __repr__(self):
        return f"{type(self).__name__}({self.r}, {self.g}, {self.b})"


class RGBA(Color):
    def __init__(self, r, g, b, a=1.0):
        super().__init__(r, g, b)
        self.a = a

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 8:
            obj = super().from_hex(text[:6])
            obj.a = round(int(text[6:], 16) / 255, 2)
            return obj
        return super().from_hex(text)

    def __repr__(self):
        return f"RGBA({self.r}, {self.g}, {self.b}, a={self.a})"


print(Color.from_hex("#1e90ff"))
print(Color.from_hex("abc"))
print(Color.from_name("Teal"))
print(RGBA.from_hex("#ff000080"))
print(RGBA.from_name("white"), type(RGBA.from_name("red")).__name__)
print(RGBA.from_hex.__self__ is RGBA, Color.from_hex.__func__ is RGBA.__mro__[1].__dict__["from_hex"].__func__)
palette = [Color.from_hex(h) for h in ("#000", "#808080", "#ffffff")]
print(palette, [round((c.r + c.g + c.b) / 3) for c in palette])
try:
    Color.from_name("mauve")
except KeyError as e:
    print("KeyError:", e)
