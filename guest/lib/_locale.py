# _locale for CPython's locale module: the guest has the C locale only, as CPython started
# with LANG=C on Linux, which coerces LC_CTYPE to C.UTF-8 and runs in UTF-8 mode (PEP 538,
# 540; sys.flags.utf8_mode is 1): LC_CTYPE is "C.UTF-8", the other categories "C".
# setlocale accepts "C", "POSIX" (named "C" then, as glibc does) and "C.<UTF-8 codeset>" (as
# glibc spells them: "C.UTF-8", "C.utf8" ...), "" (that default) and glibc's composite
# LC_ALL strings; any other locale is CPython's locale.Error("unsupported locale setting").
# The constants have Linux's (glibc's) values.

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6


class Error(Exception):
    pass


Error.__module__ = "locale"

# glibc's categories (LC_PAPER .. LC_IDENTIFICATION have no names in Python), in the
# order of its composite names
_NAMES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
          None, "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
          "LC_IDENTIFICATION")
_CATS = (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12)
_DEFAULT = "C.UTF-8"
_current = ["C"] * 13
_current[LC_CTYPE] = _DEFAULT


def _valid(name):
    if name in ("C", "POSIX"):
        return True
    if name.startswith("C."):
        cs = "".join(c for c in name[2:].lower() if c.isalpha() or c.isdigit())
        return cs == "utf8"
    return False


def _index(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    return category


def setlocale(category, locale=None):
    category = _index(category)
    if locale is not None and not isinstance(locale, str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    if category < 0 or category > 12:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        first = _current[_CATS[0]]
        if all(_current[c] == first for c in _CATS):
            return first
        return ";".join("%s=%s" % (_NAMES[c], _current[c]) for c in _CATS)
    if "\0" in locale:
        raise ValueError("embedded null character")
    if locale == "":
        if category == LC_ALL:
            for c in _CATS:
                _current[c] = "C"
            _current[LC_CTYPE] = _DEFAULT
            return setlocale(LC_ALL)
        locale = _DEFAULT if category == LC_CTYPE else "C"
    if category == LC_ALL and ";" in locale:
        new = {}
        for part in locale.split(";"):
            name, eq, value = part.partition("=")
            if not eq or name not in _NAMES or not _valid(value):
                raise Error("unsupported locale setting")
            new[_NAMES.index(name)] = "C" if value == "POSIX" else value
        if len(new) != len(_CATS):
            raise Error("unsupported locale setting")
        for c, value in new.items():
            _current[c] = value
        return setlocale(LC_ALL)
    if not _valid(locale):
        raise Error("unsupported locale setting")
    if locale == "POSIX":
        locale = "C"
    if category == LC_ALL:
        for c in _CATS:
            _current[c] = locale
    else:
        _current[category] = locale
    return locale


def localeconv():
    return {
        "int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
        "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "", "negative_sign": "",
        "int_frac_digits": 127, "frac_digits": 127, "p_cs_precedes": 127,
        "p_sep_by_space": 127, "n_cs_precedes": 127, "n_sep_by_space": 127,
        "p_sign_posn": 127, "n_sign_posn": 127, "decimal_point": ".", "thousands_sep": "",
        "grouping": [],
    }


def strcoll(os1, os2):
    # the C locale collates by code point
    if not isinstance(os1, str):
        raise TypeError("strcoll() argument 1 must be str, not %s" % type(os1).__name__)
    if not isinstance(os2, str):
        raise TypeError("strcoll() argument 2 must be str, not %s" % type(os2).__name__)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    if not isinstance(string, str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def getencoding():
    return "UTF-8" if _current[LC_CTYPE].startswith("C.") else "ANSI_X3.4-1968"


# nl_langinfo: the C locale's values (glibc's item numbers)
CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
AM_STR = 131110
PM_STR = 131111
_DATE_FMT = 131180

_LANGINFO = {
    RADIXCHAR: ".", THOUSEP: "", CRNCYSTR: "-", YESEXPR: "^[yY]", NOEXPR: "^[nN]",
    D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
    T_FMT_AMPM: "%I:%M:%S %p", ERA: "", ERA_D_FMT: "", ALT_DIGITS: "", ERA_D_T_FMT: "",
    ERA_T_FMT: "", AM_STR: "AM", PM_STR: "PM", _DATE_FMT: "%a %b %e %H:%M:%S %Z %Y",
}

_g = globals()
for _i, _n in enumerate(("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")):
    _g["ABDAY_%d" % (_i + 1)] = 131072 + _i
    _LANGINFO[131072 + _i] = _n
for _i, _n in enumerate(("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                         "Saturday")):
    _g["DAY_%d" % (_i + 1)] = 131079 + _i
    _LANGINFO[131079 + _i] = _n
for _i, _n in enumerate(("January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December")):
    _g["MON_%d" % (_i + 1)] = 131098 + _i
    _LANGINFO[131098 + _i] = _n
    _g["ABMON_%d" % (_i + 1)] = 131086 + _i
    _LANGINFO[131086 + _i] = _n[:3]
del _g, _i, _n


def nl_langinfo(key):
    key = _index(key)
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


# gettext: the C locale has no message catalogs
def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain):
    return "messages" if domain is None else domain


def bindtextdomain(domain, dir):
    raise NotImplementedError("locale.bindtextdomain: the sandbox has no message catalogs")


def bind_textdomain_codeset(domain, codeset):
    return None


def _getdefaultlocale():
    # locale.getdefaultlocale(): LC_ALL or LC_CTYPE from the environment, else the LC_CTYPE
    # that CPython's C-locale coercion puts in its environment (C.UTF-8, which locale's
    # alias table names ('en_US', 'UTF-8')) and which takes precedence over LANG there
    import os
    import locale
    name = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or _DEFAULT
    return locale._parse_localename(name)
