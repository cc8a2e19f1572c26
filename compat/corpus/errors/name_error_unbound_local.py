# NameError and UnboundLocalError messages from typos, scoping mistakes and deleted names
total = 0


def add_to_total(n):
    total += n  # forgets 'global'
    return total


def use_before_assign(flag):
    if flag:
        result = "set"
    return result


def typo():
    counter = 1
    return countr + 1


def deleted():
    value = 5
    del value
    return value


def closure_issue():
    x = 1

    def inner():
        print(x)
        x = 2
    inner()


for fn, args in [(add_to_total, (5,)), (use_before_assign, (False,)), (use_before_assign, (True,)),
                 (typo, ()), (deleted, ()), (closure_issue, ())]:
    try:
        out = fn(*args)
        print(f"{fn.__name__}: returned {out!r}")
    except NameError as e:
        print(f"{fn.__name__}: {type(e).__name__}: {e}")

try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)

print(issubclass(UnboundLocalError, NameError))
try:
    del never_defined
except NameError as e:
    print("del:", e)
