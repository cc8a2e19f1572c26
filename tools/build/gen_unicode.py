#!/usr/bin/env python3
"""Generates the guest's Unicode tables from the Unicode Character Database.

    gen_unicode.py [--ucd DIR] -o OUT.c [--stats]

DIR is where Debian's unicode-data package puts the database (/usr/share/unicode). The
output is one C file of read-only tables and the functions that index them (declared in
py/mpsbx_unicode.h), built into MicroPython by py/py.mk (guest/patches/0040):

- character types for str methods: one record per distinct combination of the flags
  CPython's makeunicodedata.py derives (alpha, decimal, digit, numeric, lower, upper,
  title, space, line break, printable, XID_Start/Continue, cased, case-ignorable) and the
  simple or full (SpecialCasing, CaseFolding) case mappings, found through a two-level
  index, as CPython's unicodetype_db.h;
- the unicodedata records (category, bidirectional class, combining class, mirrored, east
  asian width), decompositions, canonical compositions and numeric values;
- character names: a lexicon of the words of all names (the most frequent ones coded in
  one byte, the others in two; front-coded in blocks) and the names of the characters as
  word codes in code point order; aliases and named sequences likewise. Hangul syllables
  and CJK unified ideographs are named algorithmically, as in CPython.

The rules follow CPython 3.11's Tools/unicode/makeunicodedata.py, so that the same data
gives the same answers; the data files come from the build machine, never from the
repository.
"""
import argparse
import array
import bz2
import collections
import fractions
import os
import re
import sys

CATEGORY_NAMES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
                  "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe",
                  "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDIRECTIONAL_NAMES = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES",
                       "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI",
                       "FSI", "PDI"]
EASTASIANWIDTH_NAMES = ["F", "H", "W", "Na", "A", "N"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
               "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
               "<square>", "<fraction>", "<compat>"]
MANDATORY_LINE_BREAKS = ["BK", "CR", "LF", "NL"]

# Flag bits of a character type record (py/mpsbx_unicode.h has the same values).
ALPHA = 0x0001
DECIMAL = 0x0002
DIGIT = 0x0004
NUMERIC = 0x0008
LOWER = 0x0010
UPPER = 0x0020
TITLE = 0x0040
SPACE = 0x0080
LINEBREAK = 0x0100
PRINTABLE = 0x0200
XID_START = 0x0400
XID_CONTINUE = 0x0800
CASED = 0x1000
CASE_IGNORABLE = 0x2000
EXTENDED_CASE = 0x4000
# bits 16-19: decimal value, 20-23: digit value

NCHARS = 0x110000

# unicodedata.unidata_version of CPython 3.11
CPYTHON_UNIDATA_VERSION = "14.0.0"
# Characters of Unicode 14 whose properties 15.0 changed (beyond newly assigned ones, which
# DerivedAge gives): found by comparing every code point with CPython 3.11's str methods
# and unicodedata.
UNICODE_15_NEW_LOWERCASE = (0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69)


def data_lines(path):
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def expand(field):
    if ".." in field:
        a, b = field.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return [int(field, 16)]


class Record:
    __slots__ = ("name", "category", "combining", "bidi", "decomposition", "decimal", "digit",
                 "numeric", "mirrored", "upper", "lower", "title", "props", "eaw")


def load(ucd, age=None):
    table = [None] * NCHARS
    cjk_ranges = []
    first = None
    for fields in data_lines(os.path.join(ucd, "UnicodeData.txt")):
        cp = int(fields[0], 16)
        r = Record()
        (r.name, r.category, r.combining, r.bidi, r.decomposition, r.decimal, r.digit,
         r.numeric, r.mirrored) = (fields[1], fields[2], int(fields[3]), fields[4],
                                   fields[5], fields[6], fields[7], fields[8], fields[9])
        r.upper, r.lower, r.title = fields[12], fields[13], fields[14]
        r.props = set()
        r.eaw = None
        if r.name.endswith(", First>"):
            first = (cp, r)
            continue
        if r.name.endswith(", Last>"):
            start, rf = first
            if rf.name.startswith("<CJK Ideograph"):
                cjk_ranges.append((start, cp))
            for c in range(start, cp + 1):
                e = Record()
                (e.category, e.combining, e.bidi, e.decomposition, e.decimal, e.digit,
                 e.numeric, e.mirrored, e.upper, e.lower, e.title) = (
                    rf.category, rf.combining, rf.bidi, rf.decomposition, rf.decimal, rf.digit,
                    rf.numeric, rf.mirrored, rf.upper, rf.lower, rf.title)
                e.name = ""
                e.eaw = None
                e.props = set()
                table[c] = e
            first = None
            continue
        table[cp] = r

    # The database is newer than CPython 3.11's (Unicode 14.0.0, unicodedata.unidata_version):
    # the characters assigned after that are unassigned, as in CPython.
    if age is not None:
        target = tuple(int(x) for x in age.split(".")[:2])
        for fields in data_lines(os.path.join(ucd, "DerivedAge.txt")):
            if tuple(int(x) for x in fields[1].split(".")) > target:
                for c in expand(fields[0]):
                    table[c] = None
        cjk_ranges = [(a, b) for a, b in
                      ((a, max((c for c in range(a, b + 1) if table[c] is not None),
                               default=a - 1)) for a, b in cjk_ranges) if b >= a]

    for fields in data_lines(os.path.join(ucd, "DerivedCoreProperties.txt")):
        for c in expand(fields[0]):
            if table[c]:
                table[c].props.add(fields[1])
    if age is not None and tuple(int(x) for x in age.split(".")[:2]) < (15, 0):
        # Unicode 15.0 made these modifier letters Other_Lowercase (so Lowercase and Cased)
        for c in UNICODE_15_NEW_LOWERCASE:
            if table[c]:
                table[c].props.difference_update(("Lowercase", "Cased"))
    for fields in data_lines(os.path.join(ucd, "LineBreak.txt")):
        if fields[1] in MANDATORY_LINE_BREAKS:
            for c in expand(fields[0]):
                if table[c]:
                    table[c].props.add("Line_Break")
    widths = {}
    for fields in data_lines(os.path.join(ucd, "EastAsianWidth.txt")):
        for c in expand(fields[0]):
            widths[c] = fields[1]
    for c in range(NCHARS):
        if table[c]:
            table[c].eaw = widths.get(c, "N")

    # Unihan numeric values (as CPython: the last of the three tags given wins).
    for line in bz2.open(os.path.join(ucd, "Unihan_NumericValues.txt.bz2"), "rt", encoding="utf-8"):
        if not line.startswith("U+"):
            continue
        code, tag, value = line.split(None, 3)[:3]
        if tag not in ("kAccountingNumeric", "kPrimaryNumeric", "kOtherNumeric"):
            continue
        c = int(code[2:], 16)
        if table[c] is not None:
            table[c].numeric = value.strip().replace(",", "")

    special = {}
    for fields in data_lines(os.path.join(ucd, "SpecialCasing.txt")):
        if len(fields) > 4 and fields[4]:
            continue  # conditional mappings: not used by str methods
        c = int(fields[0], 16)
        lower, title, upper = ([int(x, 16) for x in f.split()] for f in fields[1:4])
        special[c] = (lower, title, upper)
    folding = {}
    for fields in data_lines(os.path.join(ucd, "CaseFolding.txt")):
        if fields[1] in ("C", "F"):
            folding[int(fields[0], 16)] = [int(x, 16) for x in fields[2].split()]

    exclusions = set()
    for fields in data_lines(os.path.join(ucd, "DerivedNormalizationProps.txt")):
        if fields[1] == "Full_Composition_Exclusion":
            exclusions.update(expand(fields[0]))

    aliases = []
    for fields in data_lines(os.path.join(ucd, "NameAliases.txt")):
        aliases.append((fields[1], int(fields[0], 16)))
    sequences = []
    for fields in data_lines(os.path.join(ucd, "NamedSequences.txt")):
        sequences.append((fields[0], [int(x, 16) for x in fields[1].split()]))

    version = None
    with open(os.path.join(ucd, "DerivedCoreProperties.txt"), encoding="utf-8") as f:
        m = re.match(r"# DerivedCoreProperties-(\d+\.\d+\.\d+)\.txt", f.readline())
        if m:
            version = m.group(1)
    if not version:
        sys.exit("gen_unicode: cannot find the Unicode version in DerivedCoreProperties.txt")
    if age is not None:
        if tuple(int(x) for x in age.split(".")) > tuple(int(x) for x in version.split(".")):
            sys.exit("gen_unicode: the database (%s) is older than Unicode %s" % (version, age))
        version = age
    return table, cjk_ranges, special, folding, exclusions, aliases, sequences, version


# ---- C output helpers ------------------------------------------------------------------

class Out:
    def __init__(self):
        self.parts = []
        self.sizes = collections.OrderedDict()

    def line(self, s=""):
        self.parts.append(s + "\n")

    def array(self, ctype, name, values, size_key, width=None, static=False):
        values = list(values)
        if width is None:
            width = {"uint8_t": 1, "int8_t": 1, "uint16_t": 2, "int16_t": 2, "uint32_t": 4,
                     "int32_t": 4, "double": 8}[ctype]
        self.sizes[size_key] = self.sizes.get(size_key, 0) + width * len(values)
        storage = "static " if static else ""
        self.parts.append("%sconst %s %s[%d] = {\n" % (storage, ctype, name, max(len(values), 1)))
        row = []
        for v in values or [0]:
            row.append(str(v))
            if len(row) == 16:
                self.parts.append("    " + ", ".join(row) + ",\n")
                row = []
        if row:
            self.parts.append("    " + ", ".join(row) + ",\n")
        self.parts.append("};\n")


def smallest_type(values):
    lo, hi = min(values), max(values)
    if lo >= 0:
        if hi < 256:
            return "uint8_t", 1
        if hi < 65536:
            return "uint16_t", 2
        return "uint32_t", 4
    if lo >= -128 and hi < 128:
        return "int8_t", 1
    if lo >= -32768 and hi < 32768:
        return "int16_t", 2
    return "int32_t", 4


def split(t, shift):
    """t as index1 (a block number per 2**shift entries) and index2 (the distinct blocks)."""
    size = 1 << shift
    raw = array.array("i", t).tobytes()
    step = 4 * size
    bins = {}
    index1 = []
    index2 = []
    for i in range(0, len(raw), step):
        block = raw[i:i + step]
        idx = bins.get(block)
        if idx is None:
            idx = bins[block] = len(index2) >> shift
            index2.extend(t[i // 4:i // 4 + size])
        index1.append(idx)
    return index1, index2


def nbytes(t):
    return len(t) * smallest_type(t)[1]


def multilevel(t):
    """A two- or three-level table for t, the smallest: ([index0,] index1, index2), shifts."""
    best = None
    for s2 in range(2, 10):
        i1, i2 = split(t, s2)
        cand = (nbytes(i1) + nbytes(i2), [i1, i2], [s2])
        if best is None or cand[0] < best[0]:
            best = cand
        for s1 in range(2, 10):
            i0, i1b = split(i1, s1)
            cand = (nbytes(i0) + nbytes(i1b) + nbytes(i2), [i0, i1b, i2], [s1, s2])
            if cand[0] < best[0]:
                best = cand
    return best[1], best[2]


def emit_two_level(out, name, values, size_key):
    """Emits the index tables of values and name_lookup(c), the value of code point c."""
    tables, shifts = multilevel(values)
    for i, t in enumerate(tables):
        out.array(smallest_type(t)[0], "%s_index%d" % (name, i), t, size_key, static=True)
    out.line("static inline unsigned %s_lookup(uint32_t c) {" % name)
    out.line("    if (c >= 0x110000) {")
    out.line("        return 0;")
    out.line("    }")
    if len(tables) == 2:
        s = shifts[0]
        out.line("    return %s_index1[((unsigned)%s_index0[c >> %d] << %d) + (c & %d)];"
                 % (name, name, s, s, (1 << s) - 1))
    else:
        s1, s2 = shifts
        out.line("    unsigned i = %s_index0[c >> %d];" % (name, s1 + s2))
        out.line("    i = %s_index1[(i << %d) + ((c >> %d) & %d)];" % (name, s1, s2, (1 << s1) - 1))
        out.line("    return %s_index2[(i << %d) + (c & %d)];" % (name, s2, (1 << s2) - 1))
    out.line("}")


# ---- character types -------------------------------------------------------------------

def make_ctype(out, table, special, folding):
    dummy = (0, 0, 0, 0)
    records = [dummy]
    cache = {dummy: 0}
    index = [0] * NCHARS
    extra = []
    numeric_chars = {}
    for c in range(NCHARS):
        r = table[c]
        if r is None:
            continue
        flags = 0
        cat = r.category
        if cat in ("Lm", "Lt", "Lu", "Ll", "Lo"):
            flags |= ALPHA
        if "Lowercase" in r.props:
            flags |= LOWER
        if "Line_Break" in r.props or r.bidi == "B":
            flags |= LINEBREAK
        if cat == "Zs" or r.bidi in ("WS", "B", "S"):
            flags |= SPACE
        if cat == "Lt":
            flags |= TITLE
        if "Uppercase" in r.props:
            flags |= UPPER
        if c == 0x20 or cat[0] not in ("C", "Z"):
            flags |= PRINTABLE
        if "XID_Start" in r.props:
            flags |= XID_START
        if "XID_Continue" in r.props:
            flags |= XID_CONTINUE
        if "Cased" in r.props:
            flags |= CASED
        if "Case_Ignorable" in r.props:
            flags |= CASE_IGNORABLE
        sc = special.get(c)
        cf = folding.get(c, [c])
        upper = int(r.upper, 16) if r.upper else c
        lower = int(r.lower, 16) if r.lower else c
        title = int(r.title, 16) if r.title else upper
        if sc is None and cf != [lower]:
            sc = ([lower], [title], [upper])
        if sc is None:
            if upper == lower == title:
                upper = lower = title = 0
            else:
                upper -= c
                lower -= c
                title -= c
        else:
            flags |= EXTENDED_CASE
            lower = len(extra) | (len(sc[0]) << 24)
            extra.extend(sc[0])
            if cf != sc[0]:
                lower |= len(cf) << 20
                extra.extend(cf)
            upper = len(extra) | (len(sc[2]) << 24)
            extra.extend(sc[2])
            if sc[1] == sc[2]:
                title = upper
            else:
                title = len(extra) | (len(sc[1]) << 24)
                extra.extend(sc[1])
        if r.decimal:
            flags |= DECIMAL | (int(r.decimal) << 16)
        if r.digit:
            flags |= DIGIT | (int(r.digit) << 20)
        if r.numeric:
            flags |= NUMERIC
            numeric_chars[c] = r.numeric
        item = (flags, upper, lower, title)
        i = cache.get(item)
        if i is None:
            i = cache[item] = len(records)
            records.append(item)
        index[c] = i
    assert len(extra) < (1 << 20)

    out.line("// Character types: %d records." % len(records))
    out.parts.append("static const mpsbx_uc_record_t mpsbx_uc_records[%d] = {\n" % len(records))
    for flags, upper, lower, title in records:
        out.parts.append("    {0x%x, %d, %d, %d},\n" % (flags, upper, lower, title))
    out.parts.append("};\n")
    out.sizes["ctype"] = out.sizes.get("ctype", 0) + 16 * len(records)
    out.array("uint32_t", "mpsbx_uc_extra_casing", extra, "ctype")
    emit_two_level(out, "mpsbx_uc_type", index, "ctype")
    out.line("const mpsbx_uc_record_t *mpsbx_uc_record(uint32_t c) {")
    out.line("    return &mpsbx_uc_records[mpsbx_uc_type_lookup(c)];")
    out.line("}")
    return numeric_chars


# ---- unicodedata records, decompositions, compositions, numeric values -------------------

def make_database(out, table, exclusions, numeric_chars, cjk_ranges):
    dummy = (0, 0, 0, 0, 0)
    records = [dummy]
    cache = {dummy: 0}
    index = [0] * NCHARS
    for c in range(NCHARS):
        r = table[c]
        if r is None:
            continue
        item = (CATEGORY_NAMES.index(r.category), r.combining, BIDIRECTIONAL_NAMES.index(r.bidi),
                1 if r.mirrored == "Y" else 0, EASTASIANWIDTH_NAMES.index(r.eaw))
        i = cache.get(item)
        if i is None:
            i = cache[item] = len(records)
            records.append(item)
        index[c] = i
    out.line("// unicodedata records: %d." % len(records))
    out.parts.append("static const mpsbx_ucd_record_t mpsbx_ucd_records[%d] = {\n" % len(records))
    for cat, comb, bidi, mirrored, eaw in records:
        out.parts.append("    {%d, %d, %d, %d, %d},\n" % (cat, comb, bidi, mirrored, eaw))
    out.parts.append("};\n")
    out.sizes["unicodedata records"] = 5 * len(records)
    emit_two_level(out, "mpsbx_ucd_rec", index, "unicodedata records")
    out.line("const mpsbx_ucd_record_t *mpsbx_ucd_record(uint32_t c) {")
    out.line("    return &mpsbx_ucd_records[mpsbx_ucd_rec_lookup(c)];")
    out.line("}")

    # Decompositions: decomp_data[i] = tag | count << 5 | wide << 10, followed by count code
    # points, each in one uint16, or in two (high, low) if wide.
    decomp_data = [0]
    decomp_index = [0] * NCHARS
    decomp_cache = {}
    max_len = 0
    for c in range(NCHARS):
        r = table[c]
        if r is None or not r.decomposition:
            continue
        parts = r.decomposition.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = DECOMP_TAGS.index(parts.pop(0))
        cps = [int(x, 16) for x in parts]
        key = (tag, tuple(cps))
        i = decomp_cache.get(key)
        if i is None:
            i = decomp_cache[key] = len(decomp_data)
            wide = max(cps) > 0xffff
            decomp_data.append(tag | (len(cps) << 5) | (wide << 10))
            for x in cps:
                if wide:
                    decomp_data.extend([x >> 16, x & 0xffff])
                else:
                    decomp_data.append(x)
        decomp_index[c] = i
        max_len = max(max_len, len(cps))
    assert len(decomp_data) < 65536 and max_len < 32
    out.array("uint16_t", "mpsbx_ucd_decomp_data", decomp_data, "decompositions")
    emit_two_level(out, "mpsbx_ucd_decomp", decomp_index, "decompositions")
    out.line("const uint16_t *mpsbx_ucd_decomposition(uint32_t c) {")
    out.line("    unsigned i = mpsbx_ucd_decomp_lookup(c);")
    out.line("    return i ? &mpsbx_ucd_decomp_data[i] : (const uint16_t *)0;")
    out.line("}")
    out.line("const char *const mpsbx_ucd_decomp_tags[%d] = {%s};"
             % (len(DECOMP_TAGS), ", ".join('"%s"' % t for t in DECOMP_TAGS)))

    # Depth of the recursive full decompositions (the normaliser's stack).
    def depth(c, compat):
        r = table[c]
        if r is None or not r.decomposition:
            return 0
        parts = r.decomposition.split()
        if parts[0].startswith("<"):
            if not compat:
                return 0
            parts = parts[1:]
        return 1 + max(depth(int(x, 16), compat) for x in parts)
    max_depth = max(depth(c, True) for c in range(NCHARS) if table[c] and table[c].decomposition)
    out.line("const uint8_t mpsbx_ucd_decomp_max_depth = %d;" % max_depth)
    out.line("const uint8_t mpsbx_ucd_decomp_max_len = %d;" % max_len)

    # Primary composites: canonical decompositions into two characters, not excluded.
    pairs = []
    for c in range(NCHARS):
        r = table[c]
        if r is None or not r.decomposition or c in exclusions:
            continue
        parts = r.decomposition.split()
        if parts[0].startswith("<"):
            continue
        if len(parts) != 2:
            continue
        a, b = int(parts[0], 16), int(parts[1], 16)
        pairs.append(((a << 21) | b, c))
    pairs.sort()
    out.line("const uint16_t mpsbx_ucd_ncomp = %d;" % len(pairs))
    # Sorted keys first << 21 | second, for a binary search.
    out.parts.append("const uint64_t mpsbx_ucd_comp_keys[%d] = {\n" % len(pairs))
    for k, _ in pairs:
        out.parts.append("    0x%xULL,\n" % k)
    out.parts.append("};\n")
    out.sizes["compositions"] = 8 * len(pairs)
    out.array("uint32_t", "mpsbx_ucd_comp_values", [c for _, c in pairs], "compositions")

    # Numeric values: sorted code points, each with the index of its value.
    values = sorted(set(fractions.Fraction(v) for v in numeric_chars.values()))
    value_index = {v: i for i, v in enumerate(values)}
    cps = sorted(numeric_chars)
    out.line("const uint16_t mpsbx_ucd_nnumeric = %d;" % len(cps))
    out.array("uint32_t", "mpsbx_ucd_numeric_cps", cps, "numeric values")
    out.array("uint16_t" if len(values) > 255 else "uint8_t", "mpsbx_ucd_numeric_index",
              [value_index[fractions.Fraction(numeric_chars[c])] for c in cps], "numeric values")
    out.array("double", "mpsbx_ucd_numeric_values", [repr(float(v)) for v in values],
              "numeric values")

    out.line("const uint32_t mpsbx_ucd_cjk_ranges[%d] = {%s};" % (
        2 * len(cjk_ranges), ", ".join("0x%x, 0x%x" % r for r in cjk_ranges)))
    out.line("const uint8_t mpsbx_ucd_ncjk_ranges = %d;" % len(cjk_ranges))


# ---- names -----------------------------------------------------------------------------

def make_names(out, table, aliases, sequences):
    names = {}
    for c in range(NCHARS):
        r = table[c]
        if r is None or not r.name or r.name.startswith("<"):
            continue
        names[c] = r.name

    def tokens(name, cp):
        selfhex = cp is not None and name.endswith("-%04X" % cp)
        if selfhex:
            name = name[:-len("-%04X" % cp)]
        return name.split(" "), selfhex

    # A name is a list of words and an end code: 0-7 end it and say how many of its first
    # words the next name shares (the next name's own codes start after them), 8-15 do the
    # same after appending "-<own code point in hex>" to the last word. The codes
    # 16..K-1 are one-byte words, K..255 lead two-byte words. Every 32nd name, and every
    # alias and named sequence, starts afresh (shares nothing).
    entries = []  # (words written, end code) per name
    cps = sorted(names)
    prev = None
    for n, c in enumerate(cps):
        words, selfhex = tokens(names[c], c)
        entries.append([words, 8 if selfhex else 0])
    for n in range(len(entries) - 1):
        if (n + 1) % 32 == 0:
            continue
        a, b = entries[n][0], entries[n + 1][0]
        shared = 0
        while shared < min(len(a), len(b), 7) and a[shared] == b[shared]:
            shared += 1
        entries[n][1] |= shared
    written = []
    for n, (words, end) in enumerate(entries):
        skip = (entries[n - 1][1] & 7) if n > 0 else 0
        written.append((words[skip:], end))
    extra = []
    for name, _ in aliases:
        extra.append(tokens(name, None)[0])
    for name, _ in sequences:
        extra.append(tokens(name, None)[0])
    counts = collections.Counter()
    for words, _ in written:
        counts.update(words)
    for words in extra:
        counts.update(words)
    assert all(re.fullmatch(r"[A-Z0-9-]+", w) for w in counts), "unexpected characters in names"
    nwords = len(counts)
    k = 16
    while (256 - (k + 1)) * 256 >= nwords - (k + 1 - 16):
        k += 1
    frequent = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:k - 16]]
    rest = sorted(set(counts) - set(frequent))
    lexicon = frequent + rest
    code_of = {}
    for i, w in enumerate(lexicon):
        if i < k - 16:
            code_of[w] = bytes([i + 16])
        else:
            j = i - (k - 16)
            code_of[w] = bytes([k + (j >> 8), j & 0xff])

    # Lexicon: blocks of 16 words; the first of a block in full, the others as the length
    # of the prefix shared with the previous word, then the rest; the last letter of each
    # word has bit 7 set.
    lex = bytearray()
    lex_offsets = []
    for i, w in enumerate(lexicon):
        if i % 16 == 0:
            lex_offsets.append(len(lex))
            prefix = 0
        else:
            prev = lexicon[i - 1]
            prefix = 0
            while prefix < min(len(prev), len(w) - 1, 255) and prev[prefix] == w[prefix]:
                prefix += 1
            lex.append(prefix)
        s = w[prefix:].encode()
        lex.extend(s[:-1])
        lex.append(s[-1] | 0x80)

    # Names in code point order; runs of consecutive named code points map a code point to
    # its name's number; every 32nd name's offset is kept.
    phrase = bytearray()
    offsets = []
    runs = []  # (start, length, first name number)
    max_words = 0
    for n, c in enumerate(cps):
        if n % 32 == 0:
            offsets.append(len(phrase))
        words, end = written[n]
        phrase += b"".join(code_of[w] for w in words) + bytes([end])
        max_words = max(max_words, len(entries[n][0]))
        if runs and runs[-1][0] + runs[-1][1] == c and runs[-1][1] < 2047:
            runs[-1][1] += 1
        else:
            runs.append([c, 1, n])

    def plain(words):
        return b"".join(code_of[w] for w in words) + b"\x00"

    alias_phrase = bytearray()
    for name, _ in aliases:
        alias_phrase += plain(tokens(name, None)[0])
        max_words = max(max_words, len(tokens(name, None)[0]))
    seq_phrase = bytearray()
    seq_data = []
    for name, seq in sequences:
        seq_phrase += plain(tokens(name, None)[0])
        max_words = max(max_words, len(tokens(name, None)[0]))
        seq_data.append(len(seq))
        seq_data.extend(seq)
    assert max_words <= 32

    jamo = {}
    for fields in data_lines(os.path.join(UCD_DIR, "Jamo.txt")):
        jamo[int(fields[0], 16)] = fields[1]
    for name, first, count in (("l", 0x1100, 19), ("v", 0x1161, 21), ("t", 0x11a7, 28)):
        parts = [jamo.get(c, "") for c in range(first, first + count)]
        out.line("const char *const mpsbx_uc_jamo_%s[%d] = {%s};" % (
            name, count, ", ".join('"%s"' % x for x in parts)))
    out.line("// Names: %d words (%d one-byte codes), %d names, %d runs." % (
        nwords, k - 16, len(names), len(runs)))
    out.line("const uint8_t mpsbx_uc_name_k = %d;" % k)
    out.line("const uint16_t mpsbx_uc_nwords = %d;" % nwords)
    out.array("uint8_t", "mpsbx_uc_lexicon", list(lex), "names")
    out.array("uint32_t", "mpsbx_uc_lexicon_offsets", lex_offsets, "names")
    out.array("uint8_t", "mpsbx_uc_phrasebook", list(phrase), "names")
    out.line("const uint32_t mpsbx_uc_phrasebook_len = %d;" % len(phrase))
    out.array("uint32_t", "mpsbx_uc_phrasebook_offsets", offsets, "names")
    out.line("const uint16_t mpsbx_uc_nnames = %d;" % len(cps))
    out.array("uint32_t", "mpsbx_uc_name_runs", [r[0] | (r[1] << 21) for r in runs], "names")
    out.array("uint16_t", "mpsbx_uc_name_run_first", [r[2] for r in runs], "names")
    out.line("const uint16_t mpsbx_uc_nruns = %d;" % len(runs))
    out.array("uint8_t", "mpsbx_uc_alias_phrases", list(alias_phrase), "names")
    out.line("const uint32_t mpsbx_uc_alias_phrases_len = %d;" % len(alias_phrase))
    out.array("uint32_t", "mpsbx_uc_alias_cps", [c for _, c in aliases], "names")
    out.array("uint8_t", "mpsbx_uc_seq_phrases", list(seq_phrase), "names")
    out.line("const uint32_t mpsbx_uc_seq_phrases_len = %d;" % len(seq_phrase))
    out.array("uint32_t", "mpsbx_uc_seq_data", seq_data, "names")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ucd", default="/usr/share/unicode")
    ap.add_argument("--age", default=CPYTHON_UNIDATA_VERSION,
                    help="the Unicode version to give (characters assigned later are "
                         "unassigned); default CPython 3.11's, %(default)s")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.ucd, "UnicodeData.txt")):
        sys.exit("gen_unicode: %s/UnicodeData.txt not found: install Debian's unicode-data "
                 "package (scripts/setup)" % args.ucd)
    global UCD_DIR
    UCD_DIR = args.ucd
    (table, cjk_ranges, special, folding, exclusions, aliases, sequences,
     version) = load(args.ucd, args.age)
    out = Out()
    out.line("// Generated by tools/build/gen_unicode.py from the Unicode Character Database "
             "%s. Do not edit." % version)
    out.line("#include <stdint.h>")
    out.line('#include "py/mpsbx_unicode.h"')
    out.line('const char mpsbx_unidata_version[] = "%s";' % version)
    numeric_chars = make_ctype(out, table, special, folding)
    make_database(out, table, exclusions, numeric_chars, cjk_ranges)
    make_names(out, table, aliases, sequences)
    total = sum(out.sizes.values())
    out.line("// Table bytes: %s; total %d." % (
        ", ".join("%s %d" % kv for kv in out.sizes.items()), total))
    tmp = args.output + ".tmp"
    with open(tmp, "w") as f:
        f.write("".join(out.parts))
    os.replace(tmp, args.output)
    if args.stats:
        for key, size in out.sizes.items():
            print("%-22s %8d bytes" % (key, size))
        print("%-22s %8d bytes" % ("total", total))


if __name__ == "__main__":
    main()
