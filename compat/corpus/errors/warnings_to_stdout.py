# Emitting and capturing warnings: catch_warnings(record=True), filters, and a stdout showwarning hook
import sys
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def parse_ratio(text):
    value = float(text)
    if value > 1:
        warnings.warn(f"ratio {value} > 1 clipped", UserWarning)
        value = 1.0
    return value


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [old_api(3), parse_ratio("0.5"), parse_ratio("1.7"), old_api(4)]
print(results)
for w in caught:
    print(f"line {w.lineno}: {w.category.__name__}: {w.message}")


def show(message, category, filename, lineno, file=None, line=None):
    print(f"[warning] {category.__name__}: {message}")


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    parse_ratio("2")
    warnings.warn("plain message")
    warnings.warn("resource still open", ResourceWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=UserWarning)
    old_api(1)
    parse_ratio("5")
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        parse_ratio("9")
    except UserWarning as e:
        print("escalated to exception:", repr(e))

print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
sys.stdout.write(warnings.formatwarning("custom", RuntimeWarning, "app.py", 12).replace("\n", " |\n"))
