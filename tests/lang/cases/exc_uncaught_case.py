# A program ending in an uncaught, chained exception with notes: the last line of the
# traceback is the last note, as CPython prints it.
def parse(text):
    return int(text)


def load(rows):
    out = []
    for r in rows:
        try:
            out.append(parse(r))
        except ValueError as e:
            err = RuntimeError("row %r is bad" % r)
            err.add_note("while loading rows")
            raise err from e
    return out


print(load(["1", "2"]))
load(["3", "x"])
