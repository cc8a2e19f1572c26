# Closure cells: __closure__, cell_contents, co_freevars
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count
    return increment


c = make_counter(100, 10)
c()
print([cell.cell_contents for cell in c.__closure__], c.__code__.co_freevars)
print(type(c.__closure__[0]).__name__, len(c.__closure__))


def outer():
    zeta, alpha, mid = 1, 2, 3

    def inner():
        return zeta + alpha + mid
    return inner


f = outer()
print(f.__code__.co_freevars, [x.cell_contents for x in f.__closure__], f())


def late():
    def g():
        return later
    cell = g.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    print(cell.cell_contents, g())
    cell.cell_contents = 7
    print(g())
    del cell.cell_contents
    try:
        g()
    except NameError as e:
        print("NameError")
    return g


late()


def plain():
    return 1


print(plain.__closure__, plain.__code__.co_freevars)
try:
    c.__closure__[0].other
except AttributeError as e:
    print("AttributeError")


def gen_outer(n):
    def gen():
        for i in range(n):
            yield i
    return gen


g = gen_outer(3)
print(list(g()), g.__code__.co_freevars, g.__closure__[0].cell_contents)
print(repr(f.__closure__[0]).startswith("<cell at "))
