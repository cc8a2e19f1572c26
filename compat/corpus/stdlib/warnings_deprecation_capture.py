# Emit and capture warnings with warn, simplefilter, catch_warnings(record=True) and custom categories
import warnings


class ConfigWarning(UserWarning):
    pass


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x + 1


def load_config(cfg):
    if "timeout" not in cfg:
        warnings.warn("no timeout configured, defaulting to 30s", ConfigWarning)
        cfg = {**cfg, "timeout": 30}
    return cfg


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
    load_config({"host": "x"})
    warnings.warn("plain message")
print(len(caught), "warnings captured")
for w in caught:
    print(f"  {w.category.__name__}: {w.message} (line>0: {w.lineno > 0})")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        load_config({})
print("default filter shows once per location:", len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error", ConfigWarning)
    try:
        load_config({})
    except ConfigWarning as e:
        print("raised as error:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    old_api(3)
    load_config({})
print("after ignore deprecations:", [w.category.__name__ for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="no timeout")
    load_config({})
    warnings.warn("other", RuntimeWarning)
print([str(w.message) for w in caught])
print(issubclass(ConfigWarning, Warning), warnings.formatwarning("msg", UserWarning, "f.py", 10).strip())
