# Harness-only stand-in (tools/cpytests, never frozen into the guest) for CPython's C
# accelerator _datetime. test_datetime runs datetimetester twice, over the pure-Python
# datetime (_datetime blocked) and over the accelerated one, and fails to load at all when
# _datetime cannot be imported. The guest has only the pure-Python datetime, so here the
# "_Fast" run tests that same implementation (what a program's `import datetime` gives):
# this module imports a second, complete copy of the pure-Python datetime (with _datetime
# blocked) and hands its classes to the datetime.py that imports this one (which then drops
# its own helpers, as it does after importing CPython's _datetime).
import sys

_outer = sys.modules.pop("datetime", None)
_self = sys.modules.get("_datetime")
sys.modules["_datetime"] = None  # blocked: the copy stays pure-Python
try:
    import datetime as _inner
finally:
    if _outer is not None:
        sys.modules["datetime"] = _outer
    else:
        sys.modules.pop("datetime", None)
    if _self is not None:
        sys.modules["_datetime"] = _self
    else:
        sys.modules.pop("_datetime", None)

date = _inner.date
datetime = _inner.datetime
time = _inner.time
timedelta = _inner.timedelta
timezone = _inner.timezone
tzinfo = _inner.tzinfo
MINYEAR = _inner.MINYEAR
MAXYEAR = _inner.MAXYEAR
__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR"]
__doc__ = _inner.__doc__
del sys
