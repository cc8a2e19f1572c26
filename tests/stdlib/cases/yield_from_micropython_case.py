# What MicroPython does differently from CPython with chains of `yield from` generators
# (guest/patches/0001-yield-from-delegation.patch resumes them without entering each one's bytecode): tracebacks, in
# which every level adds its own line, and pend_throw(). The .exp file is MicroPython's
# output from before that change.
import io
import sys


def leaf(n):
    for i in range(n):
        yield i
    raise ValueError("leaf", n)


def middle(depth, n):
    if depth:
        yield from middle(depth - 1, n)
    else:
        yield from leaf(n)


def reraiser(n):
    try:
        yield from middle(2, n)
    except ValueError:
        yield "caught once"
        raise


for g in (middle(3, 2), reraiser(1)):
    try:
        for v in g:
            print(v)
    except ValueError as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        for line in buf.getvalue().splitlines():
            if line.startswith("  File "):
                line = line.split(", ", 1)[1]  # the file name differs by runner
            print(line)


# pend_throw() on a generator in a suspended chain: the exception is raised there at the
# next resume, and crosses the levels above it.
def pend_leaf():
    try:
        yield "first"
        yield "second"
    except KeyError as e:
        print("leaf got", repr(e))
        yield "leaf recovered"


for target in ("leaf", "middle", "top"):
    leaf_gen = pend_leaf()

    def pend_middle():
        r = yield from leaf_gen
        yield ("middle after", r)

    middle_gen = pend_middle()

    def pend_top():
        yield from middle_gen

    top_gen = pend_top()
    print(next(top_gen))
    {"leaf": leaf_gen, "middle": middle_gen, "top": top_gen}[target].pend_throw(KeyError(target))
    try:
        print(list(top_gen))
    except KeyError as e:
        print("KeyError out of", target, e.args)
