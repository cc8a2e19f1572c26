# Subgenerators that return values through yield from, used to build a recursive-descent list reader
def read_number(first):
    digits = first
    while True:
        ch = yield
        if ch.isdigit() or ch in "-.":
            digits += ch
        else:
            return (float(digits) if "." in digits else int(digits)), ch

def read_list():
    items = []
    ch = yield
    while ch != "]":
        if ch in ", ":
            ch = yield
        elif ch == "[":
            items.append((yield from read_list()))
            ch = yield
        else:
            value, ch = yield from read_number(ch)
            items.append(value)
    return items

def parse(text):
    gen = read_list()
    next(gen)
    chars = iter(text[1:] + " ")
    try:
        for ch in chars:
            gen.send(ch)
    except StopIteration as stop:
        return stop.value
    raise ValueError("unterminated list")

for text in ["[1, 2, 3]", "[10,[20,30],[],[[-4]], 5.5]", "[[1,[2,[3,[4]]]]]"]:
    print(f"{text:32} -> {parse(text)}")
try:
    parse("[1, 2")
except ValueError as e:
    print("ValueError:", e)

def inner():
    x = yield "inner-1"
    y = yield f"inner-2 got {x}"
    return x + y

def outer():
    result = yield from inner()
    yield f"outer got result {result}"
    return "outer done"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(32))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def chain_all(*gens):
    results = []
    for gen in gens:
        results.append((yield from gen))
    return results

def counted(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return n

c = chain_all(counted("a", 2), counted("b", 3))
print(list(c))
