# __qualname__ as the compiler knows it (CPython's rules), and where CPython shows it
def outer():
    def inner(a, b=1):
        return a
    class Local:
        def method(self, x):
            return x
        class Deep:
            def m(self):
                pass
        f = lambda self: 0
    g = lambda: 0
    return inner, Local, g

inner, Local, g = outer()
print(inner.__name__, inner.__qualname__)
print(Local.__name__, Local.__qualname__, Local.Deep.__qualname__, Local.Deep.m.__qualname__)
print(Local.method.__name__, Local.method.__qualname__, Local.f.__qualname__, g.__qualname__)
print(repr(inner).split(" at ")[0], repr(Local).split(" at ")[0], repr(Local()).split(" at ")[0])
print(Local.method.__code__.co_name, Local.method.__code__.co_qualname)
print(outer.__qualname__, outer.__code__.co_qualname)

class A:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    @property
    def p(self):
        return 1
    class B:
        def n(self):
            def deeper():
                pass
            return deeper
    def gen(self):
        yield 1

print(A.m.__qualname__, A.s.__qualname__, A.c.__qualname__, A.p.fget.__qualname__)
print(A.B.__qualname__, A.B.n.__qualname__, A.B().n().__qualname__)
print(A().m.__qualname__, A().m.__name__)
print(repr(A().gen()).split(" at ")[0], A().gen().__qualname__, A().gen().__name__)
print([(lambda: 0).__qualname__ for _ in range(1)][0])

def declares_global():
    global gf
    def gf():
        pass
    return gf
print(declares_global().__qualname__)

def renamed():
    pass
renamed.__qualname__ = "other.name"
print(renamed.__qualname__, renamed.__name__)
renamed.__name__ = "nm"
print(renamed.__qualname__, renamed.__name__)

# CPython 3.11's argument errors name the function by its qualified name
calls = [
    lambda: A().m(),
    lambda: A().m(1, 2),
    lambda: A().m(1, y=2),
    lambda: A().m(1, x=2),
    lambda: inner(),
    lambda: inner(1, 2, 3),
    lambda: Local().method(),
    lambda: A.s(1),
    lambda: outer(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class P:
    def __init__(self, x, y):
        self.x = x
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)

# tracebacks show the plain name
def fail():
    def innermost():
        raise ValueError("boom")
    innermost()
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

async def coro():
    pass
c = coro()
print(c.__name__, c.__qualname__)
c.close()
