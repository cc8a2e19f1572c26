# datetime for the mpsandbox guest: date, time, datetime, timedelta, tzinfo and timezone
# (fixed offsets, timezone.utc), following CPython. Local time in the sandbox is UTC.
# strftime supports %a %A %b %B %c %d %f %H %I %j %m %M %p %S %u %U %w %W %x %X %y %Y
# %z %Z %G %V %% (C locale); there is no strptime and no zoneinfo.
import time as _time
from collections import namedtuple as _namedtuple

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHNAMES = (None, "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_DI400Y = 146097  # days in 400 years
_DI100Y = 36524
_DI4Y = 1461
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    y = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before -= _DAYS_IN_MONTH[m] + (m == 2 and leap)
    return y, m, n - before + 1


def _check_int(name, v):
    if not isinstance(v, int):
        raise TypeError("'%s' must be an integer, not %s" % (name, type(v).__name__))


def _check_date(y, m, d):
    for name, v in (("year", y), ("month", m), ("day", d)):
        _check_int(name, v)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, fold=0):
    for name, v in (("hour", h), ("minute", mi), ("second", s), ("microsecond", us)):
        _check_int(name, v)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class _Ordered:
    # The order comparisons and != of timedelta, date, time and datetime, from each
    # class's __eq__ and _cmp(other, eq), which returns -1, 0, 1 or NotImplemented.
    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        r = self._cmp(other, False)
        return r if r is NotImplemented else r < 0

    def __le__(self, other):
        r = self._cmp(other, False)
        return r if r is NotImplemented else r <= 0

    def __gt__(self, other):
        r = self._cmp(other, False)
        return r if r is NotImplemented else r > 0

    def __ge__(self, other):
        r = self._cmp(other, False)
        return r if r is NotImplemented else r >= 0


def _format_offset(off, sep=":"):
    # "+HH:MM[:SS[.ffffff]]" for a timedelta, "" for None.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _strftime(fmt, tt, us, obj):
    # tt: (year, month, day, hour, minute, second, weekday 0=Mon, yday 1-based)
    y, mo, d, h, mi, s, wd, yd = tt
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "Y":
            out.append("%d" % y if y >= 1000 else "%04d" % y)
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "m":
            out.append("%02d" % mo)
        elif c == "d":
            out.append("%02d" % d)
        elif c == "H":
            out.append("%02d" % h)
        elif c == "I":
            out.append("%02d" % (h % 12 or 12))
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "S":
            out.append("%02d" % s)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "p":
            out.append("AM" if h < 12 else "PM")
        elif c == "a":
            out.append(_DAYNAMES[wd][:3])
        elif c == "A":
            out.append(_DAYNAMES[wd])
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[mo][:3])
        elif c == "B":
            out.append(_MONTHNAMES[mo])
        elif c == "j":
            out.append("%03d" % yd)
        elif c == "w":
            out.append("%d" % ((wd + 1) % 7))
        elif c == "u":
            out.append("%d" % (wd + 1))
        elif c == "U":
            out.append("%02d" % ((yd + 6 - (wd + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yd + 6 - wd) // 7))
        elif c == "G" or c == "V":
            iy, iw, _ = _isocalendar(y, mo, d)
            out.append("%d" % iy if c == "G" else "%02d" % iw)
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wd][:3], _MONTHNAMES[mo][:3], d, h, mi, s, y))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "X":
            out.append("%02d:%02d:%02d" % (h, mi, s))
        elif c == "z":
            off = obj.utcoffset() if obj is not None else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if obj is not None else None
            out.append(name or "")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _isocalendar(y, m, d):
    o = _ymd2ord(y, m, d)
    week1 = _iso_week1_monday(y)
    if o < week1:
        y -= 1
        week1 = _iso_week1_monday(y)
    elif o >= _iso_week1_monday(y + 1):
        y += 1
        week1 = _iso_week1_monday(y)
    week, day = divmod(o - week1, 7)
    return y, week + 1, day + 1


class IsoCalendarDate(_namedtuple("IsoCalendarDate", ("year", "week", "weekday"))):
    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    __str__ = __repr__  # else print() would use the namedtuple's


class timedelta(_Ordered):
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        if all(isinstance(p, int) for p in parts):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000
            us += milliseconds * 1000 + microseconds
        else:
            for p in parts:
                if not isinstance(p, (int, float)):
                    raise TypeError("unsupported type for timedelta component: %s" % type(p).__name__)
            # Whole parts exactly, fractions through one float.
            us = 0
            frac = 0.0
            for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                                 (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                                 (microseconds, 1)):
                if isinstance(value, float):
                    whole = int(value)
                    us += whole * scale
                    frac += (value - whole) * scale
                else:
                    us += value * scale
            us += round(frac)
        self._setus(us)

    def _setus(self, us):
        d, rest = divmod(us, 86400000000)
        s, u = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._us = us

    @classmethod
    def _from_us(cls, us):
        td = object.__new__(cls)
        td._setus(us)
        return td

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "datetime.timedelta(%s)" % (", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._us < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._us * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            return timedelta._from_us(_div_round(self._us, other))
        if isinstance(other, float):
            return timedelta._from_us(round(self._us / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta._from_us(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us == other._us

    def _cmp(self, other, eq):
        return _cmp(self._us, other._us) if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0


def _div_round(a, b):
    # a / b rounded half to even, in integers.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0 and (r2 > b or r2 == b and q % 2) or b < 0 and (r2 < b or r2 == b and q % 2):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        return dt + off


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _parse_isodate(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        y, m, d = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8 and s.isdigit():
        y, m, d = s[0:4], s[4:6], s[6:8]
    else:
        raise ValueError
    if not (y.isdigit() and m.isdigit() and d.isdigit()):
        raise ValueError
    return int(y), int(m), int(d)


def _parse_isotime(s):
    # "HH[:MM[:SS[.fff[fff]]]]" (or without colons) plus an optional offset or "Z".
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz = _parse_isooffset(s[i:])
            s = s[:i]
            break
    us = 0
    frac_at = -1
    for sep in ".,":
        if sep in s:
            frac_at = s.index(sep)
    if frac_at >= 0:
        frac = s[frac_at + 1 :]
        s = s[:frac_at]
        if not frac.isdigit() or len(frac) not in (3, 6):
            raise ValueError
        us = int(frac) * (1000 if len(frac) == 3 else 1)
    parts = s.split(":") if ":" in s else [s[i : i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    if frac_at >= 0 and len(parts) != 3:
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], us, tz


def _parse_isooffset(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    h, m, sec, us, tz = _parse_isotime(s[1:])
    if tz is not None:
        raise ValueError
    off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    return timezone.utc if not off else timezone(sign * off)


class date(_Ordered):
    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.time()
        return cls.fromtimestamp(t)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.gmtime(int(t // 1))[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isodate(s))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        last_week = 53 if _isocalendar(year, 12, 28)[1] == 53 else 52
        if not 1 <= week <= last_week:
            raise ValueError("Invalid week: %d" % week)
        return cls(*_ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%c")

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def strftime(self, fmt):
        tt = self.timetuple()
        return _strftime(fmt, tt[:6] + (tt[6], tt[7]), 0, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        # A datetime is a date, but the two do not compare.
        return isinstance(other, date) and isinstance(other, datetime) == isinstance(self, datetime)

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented if not isinstance(other, date) else False
        return self._key() == other._key()

    def _cmp(self, other, eq):
        return _cmp(self._key(), other._key()) if self._comparable(other) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 0 < o <= 3652059:
                raise OverflowError("result out of range")
            return type(self).fromordinal(o)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time(_Ordered):
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            t = s[1:] if s.startswith("T") else s
            h, m, sec, us, tz = _parse_isotime(t)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1)
        return _strftime(fmt, tt, self._microsecond, self)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "datetime.time(%s)" % s

    def _key(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        off = self.utcoffset()
        if off is not None:
            us -= off._us
        return us

    def _cmp(self, other, eq):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._key(), other._key())

    def __eq__(self, other):
        r = self._cmp(other, True)
        return r if r is NotImplemented else r == 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz):
        # us: microseconds since 0001-01-01T00:00 (ordinal 1).
        days, us = divmod(us, 86400000000)
        s, us = divmod(us, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        y, mo, d = _ord2ymd(days + 1)
        return cls(y, mo, d, h, mi, s, us, tz)

    def _to_us(self):
        return ((((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if isinstance(t, int):
            us = t * 1000000
        else:
            whole = int(t // 1)
            us = whole * 1000000 + round((t - whole) * 1000000)
        dt = cls._from_us(us + (_EPOCH_ORDINAL - 1) * 86400000000, None)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        dt = cls._from_us(_time.time_ns() // 1000 + (_EPOCH_ORDINAL - 1) * 86400000000, None)
        return dt if tz is None else tz.fromutc(dt.replace(tzinfo=tz))

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) >= 10 and s[4] == "-":
                ds, rest = s[:10], s[10:]
            else:
                ds, rest = s[:8], s[8:]
            y, m, d = _parse_isodate(ds)
            if rest:
                h, mi, sec, us, tz = _parse_isotime(rest[1:])
            else:
                h = mi = sec = us = 0
                tz = None
            return cls(y, m, d, h, mi, sec, us, tz)
        except (ValueError, IndexError):
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        if off is not None and not isinstance(off, timedelta):
            raise TypeError("tzinfo.utcoffset() must return None or timedelta")
        return off

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._to_us() - (_EPOCH_ORDINAL - 1) * 86400000000
        if off is not None:
            us -= off._us
        return us / 1000000

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else (self - off).replace(tzinfo=None)
        return dt.timetuple()

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc  # the sandbox's local time is UTC
        _check_tzinfo(tz)
        off = self.utcoffset()
        utc = self if off is None else self - off
        return tz.fromutc(utc.replace(tzinfo=tz))

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return self.strftime("%c")

    def strftime(self, fmt):
        tt = self.timetuple()
        return _strftime(fmt, tt[:8], self._microsecond, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "datetime.datetime(%s)" % s

    def _cmp(self, other, eq):
        if not isinstance(other, datetime):
            return NotImplemented
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._to_us() - (a._us if a is not None else 0)
        y = other._to_us() - (b._us if b is not None else 0)
        return _cmp(x, y)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False if isinstance(other, date) else NotImplemented
        return self._cmp(other, True) == 0

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._to_us() - (off._us if off is not None else 0))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_us() + other._us
        if not 0 <= us < 3652059 * 86400000000:
            raise OverflowError("date value out of range")
        return type(self)._from_us(us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        us = self._to_us() - other._to_us()
        if a is not None and self._tzinfo is not other._tzinfo:
            us -= a._us - b._us
        return timedelta._from_us(us)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
