# What __exit__ receives for normal exit vs exceptions, and how its return value matters
class Probe:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print(f"{self.name}: enter")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if exc_type is None:
            print(f"{self.name}: exit cleanly (args all None: {exc_val is None and exc_tb is None})")
        else:
            print(f"{self.name}: exit with {exc_type.__name__}({exc_val}), tb line {exc_tb.tb_lineno}, "
                  f"swallow={self.swallow}")
        return self.swallow


with Probe("A"):
    pass

with Probe("B", swallow=True):
    raise ValueError("handled by B")
print("after B")

try:
    with Probe("C"):
        {}["nope"]
except KeyError as e:
    print("outer caught", repr(e))

try:
    with Probe("outer", swallow=True), Probe("inner"):
        raise RuntimeError("from body")
    print("body exception swallowed by outer")
except RuntimeError:
    print("not reached")


class Failing:
    def __enter__(self):
        raise ConnectionError("could not connect")

    def __exit__(self, *exc):
        print("never called")


try:
    with Failing():
        print("body skipped")
except ConnectionError as e:
    print("enter failed:", e)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise TypeError("exit exploded")


try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
