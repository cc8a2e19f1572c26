"""Extract, format and print exceptions and their tracebacks, as CPython 3.11's traceback.

Written for mpsandbox. Traceback objects come from the interpreter (exc.__traceback__,
sys.exc_info()); source lines from linecache. The interpreter prints uncaught exceptions
with the same layout (py/objexcept.c), so format_exc() matches what the program would
show on stderr. Traceback entries carry the column positions the compiler records for
instructions that can raise (_traceback.positions), drawn as CPython 3.11's ^^^ and ~~^~~
markers (the anchors come from _traceback.anchors, which parses the segment as CPython's
ast.parse would); walk_stack/extract_stack/print_stack see only the frames that the
interpreter reports through sys._getframe when it has it.
"""
import sys
import linecache
import _traceback

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
]

_RECURSIVE_CUTOFF = 3
_sentinel = object()
_cause_message = (
    "\nThe above exception was the direct cause of the following exception:\n\n")
_context_message = (
    "\nDuring handling of the above exception, another exception occurred:\n\n")


def _stderr(file):
    return sys.stderr if file is None else file


def print_list(extracted_list, file=None):
    file = _stderr(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    file = _stderr(file)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _some_str(value):
    try:
        return str(value)
    except BaseException:
        return "<exception str() failed>"


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _current_frame(f):
    if f is not None:
        return f
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return None
    try:
        return getframe(2)
    except ValueError:
        return None


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(_current_frame(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_current_frame(f), limit=limit))


def extract_stack(f=None, limit=None):
    stack = StackSummary.extract(walk_stack(_current_frame(f)), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    pass


class FrameSummary:
    """Information about a single frame from a traceback."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = _current_frame(None)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _traceback.positions(tb)
        if positions is None:
            yield tb.tb_frame, (tb.tb_lineno, None, None, None)
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode("utf-8")
    return len(as_utf8[:offset].decode("utf-8", "replace"))


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append("    {}\n".format(stripped_line))
            orig_line = frame_summary._original_line
            orig_line_len = len(orig_line)
            frame_line_len = len(frame_summary.line.lstrip())
            stripped_characters = orig_line_len - frame_line_len
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start_offset = _byte_offset_to_character_offset(
                    orig_line, frame_summary.colno) + 1
                end_offset = _byte_offset_to_character_offset(
                    orig_line, frame_summary.end_colno) + 1
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    anchors = _traceback.anchors(orig_line[start_offset - 1:end_offset - 1])
                else:
                    end_offset = stripped_characters + len(stripped_line)
                # False: the segment could not be analysed; no markers rather than wrong ones
                if anchors is not False and (
                        end_offset - start_offset < len(stripped_line)
                        or (anchors and anchors[1] - anchors[0] > 0)):
                    row.append("    ")
                    row.append(" " * (start_offset - stripped_characters))
                    if anchors:
                        row.append("~" * anchors[0])
                        row.append("^" * (anchors[1] - anchors[0]))
                        row.append("~" * (end_offset - start_offset - anchors[1]))
                    else:
                        row.append("^" * (end_offset - start_offset))
                    row.append("\n")
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def _type_name(exc_type):
    stype = getattr(exc_type, "__qualname__", None) or exc_type.__name__
    smod = getattr(exc_type, "__module__", None)
    if smod not in ("__main__", "builtins", None):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    return stype


class _PrintContext:
    # Where format() is inside nested exception groups (CPython's _ExceptionPrintContext).
    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.depth:
            prefix += (margin_char or "|") + " "
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._str = _some_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None) if exc_value is not None else None
        self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if not is_recursive_call:
            # causes, contexts and the members of exception groups, in CPython's order
            # (a stack, not recursion), each exception once
            def sub(e):
                return TracebackException(
                    type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            todo = [(self, exc_value)]
            while todo:
                te, e = todo.pop()
                cause = None
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = sub(e.__cause__)
                if compact:
                    need_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    need_context = True
                context = None
                if (e is not None and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = sub(e.__context__)
                exceptions = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = [sub(x) for x in e.exceptions]
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    todo.append((cause, e.__cause__))
                if context:
                    todo.append((context, e.__context__))
                if exceptions:
                    todo.extend(zip(exceptions, e.exceptions))
        self._load_lines()

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_name(self.exc_type)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        if (self._exc_value is not None and self.exc_type is type(self._exc_value)
                and issubclass(self.exc_type, SyntaxError)):
            text = _traceback.format_exception_only(self._exc_value)
            for line in text.splitlines(True):
                yield line
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _some_str(note)
                for l in note.split("\n"):
                    yield l + "\n"
        elif self.__notes__ is not None:
            yield repr(self.__notes__) + "\n"

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _PrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(
                    "... (max_group_depth is %s)\n" % (self.max_group_depth,))
            else:
                # an exception group: its members in numbered, indented boxes
                toplevel = _ctx.depth == 0
                if toplevel:
                    _ctx.depth += 1
                if exc.stack:
                    yield from _ctx.emit(
                        "Exception Group Traceback (most recent call last):\n",
                        "+" if toplevel else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                num_excs = len(exc.exceptions)
                if self.max_group_width is None or num_excs <= self.max_group_width:
                    n = num_excs
                else:
                    n = self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last = i == n - 1
                    if last:
                        _ctx.need_close = True  # unless a nested group closes the box
                    truncated = self.max_group_width is not None and i >= self.max_group_width
                    title = "..." if truncated else str(i + 1)
                    yield (_ctx.indent() + ("+-" if i == 0 else "  ")
                           + "+---------------- %s ----------------\n" % title)
                    _ctx.depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        remaining = num_excs - self.max_group_width
                        yield from _ctx.emit("and %d more exception%s\n"
                                             % (remaining, "s" if remaining > 1 else ""))
                    if last and _ctx.need_close:
                        yield _ctx.indent() + "+------------------------------------\n"
                        _ctx.need_close = False
                    _ctx.depth -= 1
                if toplevel:
                    _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        file = _stderr(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")
