# fnmatch for the mpsandbox guest: shell-style wildcards (*, ?, [seq], [!seq]).
# Matching does not go through `re`; translate() returns a pattern for MicroPython's re,
# which is not the same text as CPython's.

def _normcase(s):
    return s  # POSIX: case-sensitive, no separator folding


def _compile(pat):
    # A list of tokens: ("*",), ("?",), ("lit", text), ("set", negated, items) where items
    # are single characters or (lo, hi) ranges.
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != ("*",):
                tokens.append(("*",))
        elif c == "?":
            tokens.append(("?",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append(("lit", "["))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith("!")
            if negated:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    if body[k] <= body[k + 2]:
                        items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append(body[k])
                    k += 1
            tokens.append(("set", negated, items))
        else:
            if tokens and tokens[-1][0] == "lit":
                tokens[-1] = ("lit", tokens[-1][1] + c)
            else:
                tokens.append(("lit", c))
    return tokens


def _in_set(c, items):
    for it in items:
        if isinstance(it, tuple):
            if it[0] <= c <= it[1]:
                return True
        elif c == it:
            return True
    return False


def _match(tokens, name):
    # Iterative matcher with backtracking to the last star.
    ti = ni = 0
    star_ti = star_ni = -1
    nt = len(tokens)
    nn = len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == "*":
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if kind == "lit":
                lit = tok[1]
                if name.startswith(lit, ni):
                    ti += 1
                    ni += len(lit)
                    continue
            elif ni < nn:
                if kind == "?" or _in_set(name[ni], tok[2]) != tok[1]:
                    ti += 1
                    ni += 1
                    continue
        elif ni == nn:
            return True
        if star_ti < 0 or star_ni >= nn:
            return False
        star_ni += 1
        ti = star_ti + 1
        ni = star_ni


_cache = {}


def _tokens(pat):
    t = _cache.get(pat)
    if t is None:
        if len(_cache) >= 64:
            _cache.clear()
        t = _cache[pat] = _compile(pat)
    return t


def fnmatchcase(name, pat):
    return _match(_tokens(pat), name)


def fnmatch(name, pat):
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    tokens = _tokens(_normcase(pat))
    return [n for n in names if _match(tokens, _normcase(n))]


_SPECIAL = "\\.^$*+?{}[]|()"


def _escape(s):
    return "".join("\\" + c if c in _SPECIAL else c for c in s)


def translate(pat):
    out = []
    for tok in _compile(pat):
        kind = tok[0]
        if kind == "*":
            out.append(".*")
        elif kind == "?":
            out.append(".")
        elif kind == "lit":
            out.append(_escape(tok[1]))
        else:
            parts = []
            for it in tok[2]:
                if isinstance(it, tuple):
                    parts.append(_escape(it[0]) + "-" + _escape(it[1]))
                else:
                    parts.append(_escape(it))
            if not parts:
                out.append("[^\\s\\S]" if not tok[1] else ".")
            else:
                out.append("[" + ("^" if tok[1] else "") + "".join(parts) + "]")
    return "^" + "".join(out) + "$"
