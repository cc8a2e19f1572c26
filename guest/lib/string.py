# string for the mpsandbox guest: the constants, capwords and Template (CPython API).

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(w[:1].upper() + w[1:].lower() for w in s.split(sep))


def _is_ident_start(c):
    return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"


def _is_ident_char(c):
    return _is_ident_start(c) or "0" <= c <= "9"


class Template:
    # $name, ${name} and $$ substitution. Identifiers are ASCII (as CPython's default
    # idpattern with re.ASCII); a subclass may change `delimiter`.
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # Yields (literal, name, start) pieces; name None means only a literal; a name of
        # False marks an invalid placeholder at index start.
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        lit_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            k = j + len(d)
            if t.startswith(d, k):
                yield t[lit_start:k], None, j
                i = lit_start = k + len(d)
                continue
            if k < n and t[k] == "{":
                e = k + 1
                if e < n and _is_ident_start(t[e]):
                    e += 1
                    while e < n and _is_ident_char(t[e]):
                        e += 1
                    if e < n and t[e] == "}":
                        yield t[lit_start:j], t[k + 1 : e], j
                        i = lit_start = e + 1
                        continue
                yield t[lit_start:j], False, j
                i = lit_start = k
                continue
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                yield t[lit_start:j], t[k:e], j
                i = lit_start = e
                continue
            yield t[lit_start:j], False, j
            i = lit_start = k
        yield t[lit_start:], None, n

    def _invalid(self, index):
        lines = self.template[:index].split("\n")
        colno = index - len("\n".join(lines[:-1])) - (1 if len(lines) > 1 else 0) + 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (len(lines), colno))

    @staticmethod
    def _mapping(mapping, kws):
        # Keyword arguments win over the mapping, as in CPython.
        if mapping is None:
            return kws
        if not kws:
            return mapping
        merged = dict(mapping)
        merged.update(kws)
        return merged

    def substitute(self, mapping=None, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for literal, name, index in self._parse():
            out.append(literal)
            if name is False:
                self._invalid(index)
            if name:
                out.append(str(mapping[name]))
        return "".join(out)

    def safe_substitute(self, mapping=None, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        t = self.template
        for literal, name, index in self._parse():
            out.append(literal)
            if name is False:
                out.append(self.delimiter)
            elif name:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    # Put the placeholder back as written.
                    braced = t.startswith("{", index + len(self.delimiter))
                    out.append(self.delimiter + ("{%s}" % name if braced else name))
        return "".join(out)

    def get_identifiers(self):
        ids = []
        for _, name, index in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for _, name, _ in self._parse():
            if name is False:
                return False
        return True
