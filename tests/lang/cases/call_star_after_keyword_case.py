# f(k=v, *args): the unpacked arguments are positional, evaluated before the keywords
def f(a, b, c=None, *, obj=None):
    return (a, b, c, obj)


print(f(obj=1, *(2, 3)))
print(f(obj=1, *[2], c=4, *[3]) if False else f(1, obj=2, *[3]))


class A:
    def m(self, a, b=None, *, k=None):
        return (a, b, k)


args = (1, 2)
print(A().m(k="x", *args))


def g(*a, **k):
    return a, sorted(k.items())


print(g(1, *[2], k=3, *[4, 5], **{"z": 6}, y=7))
order = []


def note(x):
    order.append(x)
    return x


print(g(k=note("k"), *note(["star"]), j=note("j"), **note({"d": 1})))
print(order)
print(g(*(x for x in "ab"), x=1))
print(g(k=1, *range(3)))
bases = [dict]


class C(*bases):
    pass


print(C.__mro__)


class D(*[object], metaclass=type):
    pass


print(D.__mro__)
try:
    A().m(b=1, *(2, 3))
except TypeError as e:
    print("TypeError", e)
for src in ["f(**{}, *[])", "f(k=1, 2)", "f(**{}, 2)"]:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
