# tb.tb_next is writable (None ends the traceback there), as unittest uses it to drop its
# own frames from a failure's report; a frame of a traceback has its module's f_globals.
import textwrap
import traceback


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(names(tb))
    second = tb.tb_next
    third = second.tb_next
    print(names(third))
    second.tb_next = second.tb_next  # its current value: no change
    print(names(tb))
    second.tb_next = None
    print(names(tb), names(e.__traceback__))
    print(third.tb_frame.f_code.co_name)
    print([entry.strip().splitlines()[0].split(", ")[-1] for entry in traceback.format_tb(e.__traceback__)])
    for bad in (1, "tb", []):
        try:
            second.tb_next = bad
        except TypeError as err:
            print("TypeError:", err)
    try:
        del second.tb_next
    except TypeError as err:
        print("TypeError:", err)
    tb.tb_next = None
    print(names(e.__traceback__))

# the traceback can be cut again after the exception travels further out
def relay():
    try:
        outer()
    except ValueError as e:
        first = e.__traceback__
        first.tb_next = None
        raise


try:
    relay()
except ValueError as e:
    print(names(e.__traceback__))

# the frames of a traceback know their module's globals
try:
    textwrap.wrap("some text", width=0)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    g = tb.tb_frame.f_globals
    print(g["__name__"], g is vars(textwrap), "dedent" in g)
