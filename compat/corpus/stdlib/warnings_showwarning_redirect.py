# Redirect warnings through a custom showwarning into a list and into stdout formatting
import sys
import warnings

messages = []


def collect(message, category, filename, lineno, file=None, line=None):
    messages.append(f"{category.__name__}: {message}")


def parse_ratio(text):
    value = float(text)
    if value > 1:
        warnings.warn(f"ratio {value} > 1 will be clipped", RuntimeWarning)
        value = 1.0
    if value < 0:
        warnings.warn(f"negative ratio {value}", UserWarning)
        value = 0.0
    return value


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = collect
    values = [parse_ratio(t) for t in ["0.5", "1.5", "-2", "0.99", "3"]]
print(values)
print("\n".join(messages))


def to_stdout(message, category, filename, lineno, file=None, line=None):
    print(f"[warn] {category.__name__}: {message}", file=sys.stdout)


with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("once")
    warnings.showwarning = to_stdout
    for t in ["2", "2", "5"]:
        parse_ratio(t)

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("module")
    for t in ["9", "8"]:
        parse_ratio(t)
print("module filter:", len(rec))
w = warnings.WarningMessage("m", UserWarning, "x.py", 1)
print(w.category.__name__, w.message, w.lineno)
print(sorted(c.__name__ for c in (DeprecationWarning, PendingDeprecationWarning, ResourceWarning, BytesWarning)))
