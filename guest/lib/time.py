# time for the mpsandbox guest: CPython 3.11's time module over the built-in one (utime:
# the WASI clocks and sleep). The sandbox has no time zone, so local time is UTC (as
# CPython with TZ=UTC), and no CPU-time clock (docs/SECURITY.md): process_time and
# thread_time read the monotonic clock. strftime follows glibc in the C locale (the
# directives and flags CPython passes to it), strptime is CPython's _strptime.
from utime import time, time_ns
import utime as _t

# MicroPython's own clock functions stay available (MicroPython code and tests use them)
from utime import sleep_ms, sleep_us, ticks_add, ticks_cpu, ticks_diff, ticks_ms, ticks_us


def sleep(secs):
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(secs, int):
        try:
            secs = secs.__float__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    while secs > 1000:  # utime.sleep counts milliseconds in 32 bits
        _t.sleep(1000)
        secs -= 1000
    _t.sleep(secs)

_monotonic_ns = _t.monotonic_ns

_STRUCT_TM_ITEMS = 11

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9] if n > 9 else None, seq[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))


# ---- clocks


def monotonic_ns():
    return _monotonic_ns()


def monotonic():
    return _monotonic_ns() / 1e9


perf_counter_ns = monotonic_ns
perf_counter = monotonic
process_time_ns = monotonic_ns
process_time = monotonic
thread_time_ns = monotonic_ns
thread_time = monotonic


def get_clock_info(name):
    from types import SimpleNamespace
    if name == "time":
        return SimpleNamespace(implementation="clock_gettime(CLOCK_REALTIME)", monotonic=False,
                               adjustable=True, resolution=1e-09)
    if name in ("monotonic", "perf_counter", "process_time", "thread_time"):
        return SimpleNamespace(implementation="clock_gettime(CLOCK_MONOTONIC)", monotonic=True,
                               adjustable=False, resolution=1e-09)
    raise ValueError("unknown clock")


# ---- calendar arithmetic (proleptic Gregorian, UTC)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    if secs is None:
        return time_ns() // 1000000000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    try:
        f = secs.__float__
    except AttributeError:
        try:
            return secs.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None
    return _seconds(f())


def _tm(secs, zone):
    s = _seconds(secs)
    if not -(1 << 63) <= s < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    if not -2147481748 <= y <= 2147485547:
        raise OverflowError("timestamp out of range for platform time_t")
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0, zone, 0))


def gmtime(secs=None):
    return _tm(secs, "GMT")


def localtime(secs=None):
    return _tm(secs, "UTC")


def _tuple(t, fname):
    if isinstance(t, struct_time):
        return tuple(t), t.tm_zone, t.tm_gmtoff
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t, None, None


def mktime(t):
    t, _, _ = _tuple(t, "mktime")
    y, m, d, hh, mm, ss = t[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float(_days_from_civil(y, m, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss


def _checked(t, fname):
    t, zone, gmtoff = _tuple(t, fname)
    y, mon, mday, hh, mm, ss, wday, yday, isdst = t
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mm <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (y, mon, mday, hh, mm, ss, wday % 7, yday, isdst), zone, gmtoff


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def asctime(t=None):
    if t is None:
        t = localtime()
    t, _, _ = _checked(t, "asctime")
    return "%s %s%3d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2],
                                            t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso(y, yday, wday):
    # ISO 8601 year and week from the year, day of year (1-based), weekday (Monday 0)
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        dec31 = yday - 1 + 365 + _isleap(y)  # yday of the same day in the previous year
        week = (dec31 - wday + 9) // 7
    elif week == 53:
        jan1_next = (wday + 366 + _isleap(y) - yday) % 7  # weekday of the next January 1
        if jan1_next <= 3:
            y += 1
            week = 1
    return y, week


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    t, zone, gmtoff = _checked(t, "strftime")
    if "\0" in format:
        raise ValueError("embedded null character")
    y, mon, mday, hh, mm, ss, wday, yday, isdst = t
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flag = ""
        while i < n and format[i] in "-_0^#":
            flag = format[i]
            i += 1
        while i < n and format[i] in "EO":
            i += 1
        if i >= n:
            out.append(format[start:])
            break
        d = format[i]
        i += 1
        pad = "0"
        width = 2
        v = None  # a number, or text in s
        s = None
        if d == "a":
            s = _DAYS[wday][:3]
        elif d == "A":
            s = _DAYS[wday]
        elif d in "bh":
            s = _MONTHS[mon - 1][:3]
        elif d == "B":
            s = _MONTHS[mon - 1]
        elif d == "c":
            s = strftime("%a %b %e %H:%M:%S %Y", t)
        elif d == "C":
            v = y // 100
        elif d == "d":
            v = mday
        elif d == "D" or d == "x":
            s = strftime("%m/%d/%y", t)
        elif d == "e":
            v, pad = mday, " "
        elif d == "F":
            s = strftime("%Y-%m-%d", t)
        elif d in "gGV":
            iy, iw = _iso(y, yday, wday)
            if d == "G":
                v, width = iy, 1
            elif d == "g":
                v = iy % 100
            else:
                v = iw
        elif d == "H":
            v = hh
        elif d == "I":
            v = hh % 12 or 12
        elif d == "j":
            v, width = yday, 3
        elif d == "k":
            v, pad = hh, " "
        elif d == "l":
            v, pad = hh % 12 or 12, " "
        elif d == "m":
            v = mon
        elif d == "M":
            v = mm
        elif d == "n":
            s = "\n"
        elif d == "p":
            s = "AM" if hh < 12 else "PM"
            if flag == "#":
                s, flag = s.lower(), ""
        elif d == "P":
            s = "am" if hh < 12 else "pm"
        elif d == "r":
            s = strftime("%I:%M:%S %p", t)
        elif d == "R":
            s = strftime("%H:%M", t)
        elif d == "s":
            v, width = int(mktime(t)), 1
        elif d == "S":
            v = ss
        elif d == "t":
            s = "\t"
        elif d == "T" or d == "X":
            s = strftime("%H:%M:%S", t)
        elif d == "u":
            v, width = wday + 1, 1
        elif d == "U":
            v = (yday - 1 + 7 - (wday + 1) % 7) // 7
        elif d == "w":
            v, width = (wday + 1) % 7, 1
        elif d == "W":
            v = (yday - 1 + 7 - wday) // 7
        elif d == "y":
            v = y % 100
        elif d == "Y":
            v, width = y, 1
        elif d == "z":
            off = gmtoff or 0
            s = "%s%02d%02d" % ("-" if off < 0 else "+", abs(off) // 3600, abs(off) // 60 % 60)
        elif d == "Z":
            s = zone if zone is not None else tzname[isdst > 0]
        elif d == "%":
            s = "%"
        else:
            out.append(format[start:i])
            continue
        if v is not None:
            if flag == "-":
                s = str(v)
            elif flag == "_":
                s = "%*d" % (width, v)
            elif flag == "0":
                s = "%0*d" % (width, v)
            elif pad == " ":
                s = "%*d" % (width, v)
            else:
                s = "%0*d" % (width, v)
        elif flag == "^":
            s = s.upper()
        elif flag == "#":
            s = s.lower() if d == "Z" else s.upper()
        out.append(s)
    return "".join(out)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


class _BuiltinFunction:
    # CPython's time functions are built-in functions: stored as a class attribute they do
    # not bind as methods (logging.Formatter.converter = time.gmtime calls
    # self.converter(secs) with the seconds alone).
    __slots__ = ("_f", "__name__", "__qualname__")

    def __init__(self, f):
        self._f = f
        self.__name__ = self.__qualname__ = f.__name__

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


gmtime = _BuiltinFunction(gmtime)
localtime = _BuiltinFunction(localtime)
