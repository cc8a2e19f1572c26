# UnboundLocalError and the NameError of a free variable name the variable, as CPython's.
def read_before_assign():
    print(total)
    total = 1


def deleted_then_read(items):
    del items
    return items


def delete_unbound():
    del name_never_set
    name_never_set = 0


def cell_of_own(flag):
    if flag:
        value = 1
    def inner():
        return value
    print(value)
    return inner


def free_unbound():
    def inner():
        return later
    result = inner()
    later = 2
    return result


def branch(flag):
    if flag:
        counter_value_with_long_name = 10
    return counter_value_with_long_name + 1


def loop_var():
    for i in range(0):
        pass
    return i


def comp():
    return [x for x in range(3) if unbound_in_comp] + [unbound_in_comp := 1]


def gen():
    yield g_local
    g_local = 1


class Box:
    def method(self):
        self.x = attr_local
        attr_local = 3


for f, args in ((read_before_assign, ()), (deleted_then_read, ([1],)), (delete_unbound, ()),
                (cell_of_own, (False,)), (free_unbound, ()), (branch, (False,)), (loop_var, ()),
                (comp, ()), (lambda: next(gen()), ()), (Box().method, ())):
    try:
        f(*args)
    except NameError as e:
        print(type(e).__name__, e, isinstance(e, UnboundLocalError))
print(branch(True))
try:
    exec("def f():\n    y = y + 1\nf()")
except UnboundLocalError as e:
    print(e)
x = 5


def shadow():
    x += 1


try:
    shadow()
except UnboundLocalError as e:
    print(e.args)
