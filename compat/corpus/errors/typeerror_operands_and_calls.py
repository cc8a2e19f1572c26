# TypeError messages for bad operand types, wrong argument counts and non-callable objects
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def dist(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


count = 5
pair = (1, 2)


def set_first(seq, value):
    seq[0] = value


def kw_only(a, *, b):
    return a + b


attempts = [
    ("str + int", lambda: "age: " + 42),
    ("int + str", lambda: 1 + "2"),
    ("list * float", lambda: [1] * 2.0),
    ("none + 1", lambda: None + 1),
    ("compare", lambda: 3 < "3"),
    ("sort mixed", lambda: sorted([1, "a", 2])),
    ("unary", lambda: -"abc"),
    ("missing arg", lambda: greet()),
    ("too many", lambda: greet("a", "b", "c")),
    ("bad kwarg", lambda: greet("a", salutation="Hi")),
    ("dup arg", lambda: greet("a", name="b")),
    ("init args", lambda: Point(1)),
    ("method args", lambda: Point(1, 2).dist()),
    ("kw only", lambda: kw_only(1, 2)),
    ("kw only missing", lambda: kw_only(1)),
    ("not callable", lambda: count()),
    ("not subscriptable", lambda: count[0]),
    ("not iterable", lambda: list(7)),
    ("unhashable", lambda: {[1, 2]: "x"}),
    ("item assign", lambda: set_first(pair, 5)),
    ("len of int", lambda: len(10)),
    ("join ints", lambda: ",".join([1, 2])),
    ("int of list", lambda: int([1])),
    ("round str", lambda: round("3.7")),
    ("abs of list", lambda: abs([1])),
]

for label, fn in attempts:
    try:
        fn()
        print(f"{label:<18} no error?!")
    except TypeError as e:
        print(f"{label:<18} {e}")
