# Setting attributes built-in objects have but cannot change
stmts = ["(42).real = 1", "(1).imag = 0", "(1).bit_length = 2", "(1).foo = 2", "del (1).real",
         "del (1).foo", "'s'.upper = 1", "[].x = 1", "[].append = 1", "(1.5).imag = 0",
         "(1.5).real = 0", "None.x = 1", "object().x = 1", "len.x = 1", "(1j).real = 2",
         "(1).numerator = 2", "slice(1).start = 2", "range(3).start = 1", "{}.get = 1",
         "(1, 2).count = 0", "b''.hex = 0", "del [].append"]
for stmt in stmts:
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "AttributeError:", e)


class C:
    __slots__ = ("a",)


c = C()
c.a = 1
print(c.a)
try:
    c.b = 2
except AttributeError as e:
    print("slots:", e)


class P:
    x = 1


p = P()
p.x = 5
p.new = 6
print(p.x, p.new, P.x)
try:
    del p.missing
except AttributeError as e:
    print("del:", e)
