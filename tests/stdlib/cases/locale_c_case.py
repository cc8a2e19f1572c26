# locale in the sandbox's locale (CPython started with LANG=C: LC_CTYPE coerced to C.UTF-8, the
# other categories C, UTF-8 mode); setlocale to C, POSIX, C.UTF-8 and "" only, any other locale is
# locale.Error; number formatting, atof/atoi, localeconv, nl_langinfo, strcoll/strxfrm.
import locale

print(locale.Error, issubclass(locale.Error, Exception))
print(locale.localeconv())
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_CTYPE))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_ALL, ""))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getencoding())
print(locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_ALL, None))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, "C.utf8"), locale.setlocale(locale.LC_TIME, "C"))
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, locale.setlocale(locale.LC_ALL)))
for bad in ["de_DE.UTF-8", "en_US", ("en_US", "UTF-8"), "c", "C.latin1", "xx_YY"]:
    try:
        print(locale.setlocale(locale.LC_ALL, bad))
    except locale.Error as e:
        print("Error", e)
for args in [(99,), (99, "C"), (-1,), ("a",), (locale.LC_ALL, 5)]:
    try:
        print(locale.setlocale(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.format_string("%d %.2f %s", (1234567, 1234.5, "x"), grouping=True))
print(locale.format_string("%10.3f|%-6d|%05d", (3.14159, 42, 7)))
print(locale.format_string("%(a)s=%(b).1f", {"a": "pi", "b": 3.14159}))
print(locale.format_string("%.3e %g %%", (12345.678, 0.0001)))
print(locale.str(2.5), locale.str(1e20), locale.atof("3.5"), locale.atoi("42"))
print(locale.delocalize("1,234.5"), locale.localize("1234.5"), locale.localize("1234.5", grouping=True))
try:
    locale.currency(1.0)
except ValueError as e:
    print("ValueError", e)
try:
    locale.atoi("x")
except ValueError as e:
    print("ValueError", e)
print(locale.normalize("en_US.utf8"), locale.normalize("de_DE"), locale.normalize("C"))
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.D_FMT),
      locale.nl_langinfo(locale.T_FMT), locale.nl_langinfo(locale.T_FMT_AMPM))
print([locale.nl_langinfo(getattr(locale, "DAY_%d" % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.YESEXPR), locale.nl_langinfo(locale.NOEXPR),
      locale.nl_langinfo(locale.AM_STR), locale.nl_langinfo(locale.CRNCYSTR))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print("ValueError", e)
print(sorted(["b", "a", "B", "é", "e"], key=locale.strxfrm), locale.strcoll("a", "b"),
      locale.strcoll("b", "a"), locale.strcoll("a", "a"))
for f, a in [(locale.strcoll, ("a", 1)), (locale.strxfrm, (1,))]:
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.gettext("msg"), locale.dgettext(None, "m2"), locale.textdomain(None))
import calendar
print(calendar.LocaleTextCalendar(locale="C").formatmonth(2024, 2))
print(calendar.LocaleHTMLCalendar(locale="C").formatweekday(0))
