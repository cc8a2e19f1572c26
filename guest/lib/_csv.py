# _csv for the mpsandbox guest: the parser and writer under CPython's csv.py (frozen from
# CPython's library), written for mpsandbox after CPython 3.11's documented behaviour:
# the same dialect checks, reader state machine, quoting rules and error messages.
# Lines without quote, escape or embedded line-break characters take a fast path
# (str.split); everything else goes through the state machine one character at a time.

__doc__ = """CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305."""
__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_QUOTINGS = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def _type_name(obj):
    return type(obj).__name__


def _char(name, value, default, allow_none):
    if value is _unset:
        return default
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be string, not NoneType' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, _type_name(value)))
        raise TypeError('"%s" must be string, not %s' % (name, _type_name(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Unset:
    pass


_unset = _Unset()
_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
          "quoting", "skipinitialspace", "strict")


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, delimiter=_unset, doublequote=_unset, escapechar=_unset,
                lineterminator=_unset, quotechar=_unset, quoting=_unset,
                skipinitialspace=_unset, strict=_unset):
        params = {"delimiter": delimiter, "doublequote": doublequote,
                  "escapechar": escapechar, "lineterminator": lineterminator,
                  "quotechar": quotechar, "quoting": quoting,
                  "skipinitialspace": skipinitialspace, "strict": strict}
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if isinstance(dialect, Dialect) and all(v is _unset for v in params.values()):
                return dialect
            for name in _ATTRS:
                if params[name] is _unset:
                    try:
                        params[name] = getattr(dialect, name)
                    except AttributeError:
                        pass
        self = object.__new__(cls)
        self._delimiter = _char("delimiter", params["delimiter"], ",", False)
        self._doublequote = True if params["doublequote"] is _unset else bool(params["doublequote"])
        self._escapechar = _char("escapechar", params["escapechar"], None, True)
        lt = params["lineterminator"]
        if lt is _unset:
            lt = "\r\n"
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lt
        self._quotechar = _char("quotechar", params["quotechar"], '"', True)
        q = params["quoting"]
        if q is _unset:
            q = QUOTE_MINIMAL
        elif not isinstance(q, int) or isinstance(q, bool) and False:
            raise TypeError('"quoting" must be an integer')
        self._quoting = q
        self._skipinitialspace = False if params["skipinitialspace"] is _unset else bool(params["skipinitialspace"])
        self._strict = False if params["strict"] is _unset else bool(params["strict"])
        if self._quoting not in _QUOTINGS:
            raise TypeError('bad "quoting" value')
        if params["quotechar"] is None and params["quoting"] is _unset:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce__(self):
        raise TypeError("cannot pickle '_csv.Dialect' instances")

    __reduce_ex__ = __reduce__


def _call_dialect(dialect, kwargs):
    if dialect is None:
        return Dialect(**kwargs)
    return Dialect(dialect, **kwargs)


# Reader states, as CPython's.
_EOL = object()  # the end of a line, after its characters
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    def __init__(self, iterable, dialect=None, **kwargs):
        self._it = iter(iterable)
        self.dialect = _call_dialect(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _add(self, field, c):
        field.append(c)

    def _fast(self, line):
        """The fields of a line that needs no state machine, or None."""
        d = self.dialect
        body = line
        while body and body[-1] in "\r\n":
            body = body[:-1]
        if "\r" in body or "\n" in body:
            return None
        if d._quoting != QUOTE_NONE and d._quotechar is not None and d._quotechar in body:
            return None
        if d._escapechar is not None and d._escapechar in body:
            return None
        if d._quoting == QUOTE_NONNUMERIC:
            return None
        if not body:
            return []
        fields = body.split(d._delimiter)
        if d._skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
        return fields

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = _START_RECORD
        numeric = False
        delim, quote, esc = d._delimiter, d._quotechar, d._escapechar
        quoting = d._quoting
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d._strict:
                        raise Error("unexpected end of data")
                    fields.append(self._save(field, numeric))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % _type_name(line))
            self.line_num += 1
            if state == _START_RECORD:
                fast = self._fast(line)
                if fast is not None:
                    return fast
            chars = list(line)
            chars.append(_EOL)
            for c in chars:
                eol = c is _EOL
                if state == _START_RECORD:
                    if eol:
                        break
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == "\n" or c == "\r" or eol:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == quote and quoting != QUOTE_NONE:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and d._skipinitialspace:
                        pass
                    elif c == delim:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                    else:
                        if quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    field.append("\n" if eol else c)
                    state = _IN_FIELD
                elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
                    if state == _AFTER_ESCAPED_CRNL and eol:
                        continue
                    if c == "\n" or c == "\r" or eol:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                        state = _START_FIELD
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _IN_QUOTED_FIELD:
                    if eol:
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quote and quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    field.append("\n" if eol else c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if quoting != QUOTE_NONE and c == quote:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                        state = _START_FIELD
                    elif c == "\n" or c == "\r" or eol:
                        fields.append(self._save(field, numeric))
                        field, numeric = [], False
                        state = _START_RECORD if eol else _EAT_CRNL
                    elif not d._strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                elif state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        pass
                    elif eol:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            if state == _START_RECORD:
                return fields

    def _save(self, field, numeric):
        if len(field) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        s = "".join(field)
        return float(s) if numeric else s


def reader(csvfile, dialect=None, **fmtparams):
    return Reader(csvfile, dialect, **fmtparams)


def _is_number(value):
    return isinstance(value, (int, float, complex)) or (
        hasattr(type(value), "__index__") or hasattr(type(value), "__float__")
        or hasattr(type(value), "__int__"))


class Writer:
    def __init__(self, fileobj, dialect=None, **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _call_dialect(dialect, kwargs)

    def _join(self, out, nfields, text, quoted):
        d = self.dialect
        delim, quote, esc, lt = d._delimiter, d._quotechar, d._escapechar, d._lineterminator
        if nfields:
            out.append(delim)
        chars = []
        for c in text:
            want_escape = False
            if c == delim or c == esc or c == quote or c in lt:
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quote:
                        if d._doublequote:
                            chars.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(esc)
            chars.append(c)
        if quoted:
            out.append(quote)
            out.extend(chars)
            out.append(quote)
        else:
            out.extend(chars)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % _type_name(row))
        out = []
        n = 0
        for field in it:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d._quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ""
            else:
                text = str(field)
            self._join(out, n, text, quoted)
            n += 1
        if n and not "".join(out):
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = []
            self._join(out, 0, "", True)
        out.append(d._lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **fmtparams):
    return Writer(fileobj, dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _call_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old
