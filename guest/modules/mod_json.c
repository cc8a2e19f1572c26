// _json: the accelerator under CPython's json package (guest/stdlib: json/*.py from
// CPython 3.11), written for MicroPython from CPython's documented behaviour.
//
//   scanstring(s, end, strict=True) -> (str, end)
//   make_scanner(context)            the scanner type; scanner(s, idx) -> (value, end)
//   make_encoder(markers, default, encoder, indent, key_separator, item_separator,
//                sort_keys, skipkeys, allow_nan)
//                                    the encoder type; encoder(obj, level) -> [text]
//   encode_basestring(s), encode_basestring_ascii(s) -> JSON string literal
//   whitespace                       a stand-in for decoder.py's WHITESPACE regex:
//                                    whitespace.match(s, pos).end() (stdlib patch 0080)
//
// Positions seen by Python are code-point indexes, as CPython's; inside, the text is
// MicroPython's UTF-8 and is walked by byte. A str holds no index, so a scanner keeps
// the last (string, index, byte offset) it returned: raw_decode() called again further
// on in the same string (reading concatenated documents) continues from there instead
// of walking from the start.
//
// Nesting: the scanner and the encoder recurse once per array or object level. The
// depth is bounded as CPython bounds it (its recursion limit of 1000, less the few
// Python frames of a call from module level), so deep input raises RecursionError with
// CPython's message, and MicroPython's stack check runs at every level as well.
//
// Differences from CPython's _json that no program of json's sees: `markers` is only
// tested for None (the encoder keeps its own set of the containers being encoded);
// the encoder also implements `indent` (CPython 3.11 falls back to json/encoder.py's
// pure-Python encoder for it; stdlib patch 0081 lets encode() use this one, which then
// raises the Python encoder's messages).
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/objlist.h"
#include "py/objtuple.h"
#include "py/cstack.h"
#include "py/builtin.h"
#include "py/mpprint.h"
#include "py/parsenum.h"
#include "py/smallint.h"

// Nesting allowed to a json.loads() / json.dumps() called at module level in CPython 3.11.
#define DECODE_MAX_DEPTH (996)
#define ENCODE_MAX_DEPTH (994)
#define ENCODE_INDENT_MAX_DEPTH (995)

// ---- output buffer: grows by doubling (vstr grows by what is asked) ----

typedef struct _jbuf_t {
    char *buf;
    size_t len;
    size_t alloc;
} jbuf_t;

static void jbuf_init(jbuf_t *b, size_t n) {
    b->buf = m_new(char, n);
    b->len = 0;
    b->alloc = n;
}

// Grows in place where the heap allows, else moves without freeing the old buffer (the
// collector reclaims it): a freed hole only sends the next allocations back to it.
static MP_NOINLINE void jbuf_grow(jbuf_t *b, size_t n) {
    size_t want = b->len + n;
    if (want < b->len) {
        m_malloc_fail(SIZE_MAX);
    }
    size_t alloc = b->alloc <= SIZE_MAX / 2 ? b->alloc * 2 : want;
    if (alloc < want) {
        alloc = want;
    }
    char *grown = b->buf == NULL ? NULL : m_renew_maybe(char, b->buf, b->alloc, alloc, false);
    if (grown == NULL) {
        grown = m_new(char, alloc);
        memcpy(grown, b->buf, b->len);
    }
    b->buf = grown;
    b->alloc = alloc;
}

static inline char *jbuf_room(jbuf_t *b, size_t n) {
    if (b->alloc - b->len < n) {
        jbuf_grow(b, n);
    }
    return b->buf + b->len;
}

static inline void jbuf_add(jbuf_t *b, const char *s, size_t n) {
    memcpy(jbuf_room(b, n), s, n);
    b->len += n;
}

static inline void jbuf_byte(jbuf_t *b, char c) {
    *jbuf_room(b, 1) = c;
    b->len += 1;
}

static void jbuf_print_strn(void *data, const char *str, size_t len) {
    jbuf_add((jbuf_t *)data, str, len);
}

// Appends code point c as (generalised) UTF-8: surrogates take 3 bytes, as chr() makes them.
static void jbuf_add_char(jbuf_t *b, unsigned c) {
    char *p = jbuf_room(b, 4);
    if (c < 0x80) {
        p[0] = c;
        b->len += 1;
    } else if (c < 0x800) {
        p[0] = 0xc0 | (c >> 6);
        p[1] = 0x80 | (c & 0x3f);
        b->len += 2;
    } else if (c < 0x10000) {
        p[0] = 0xe0 | (c >> 12);
        p[1] = 0x80 | ((c >> 6) & 0x3f);
        p[2] = 0x80 | (c & 0x3f);
        b->len += 3;
    } else {
        p[0] = 0xf0 | (c >> 18);
        p[1] = 0x80 | ((c >> 12) & 0x3f);
        p[2] = 0x80 | ((c >> 6) & 0x3f);
        p[3] = 0x80 | (c & 0x3f);
        b->len += 4;
    }
}

// ---- strings ----

// A str of `len` bytes of valid (generalised) UTF-8 in one allocation with its text.
// hash 0 means "not computed yet" to MicroPython; keys pass theirs.
static mp_obj_t new_str(const byte *data, size_t len, size_t hash) {
    mp_obj_str_t *o = m_malloc(sizeof(mp_obj_str_t) + len + 1);
    byte *text = (byte *)(o + 1);
    memcpy(text, data, len);
    text[len] = '\0';
    o->base.type = &mp_type_str;
    o->hash = hash;
    o->len = len;
    o->data = text;
    return MP_OBJ_FROM_PTR(o);
}

// A str taking over the buffer's memory.
static mp_obj_t jbuf_to_str(jbuf_t *b) {
    jbuf_room(b, 1);
    b->buf[b->len] = '\0';
    byte *data = (byte *)m_renew(char, b->buf, b->alloc, b->len + 1);
    mp_obj_str_t *o = mp_obj_malloc(mp_obj_str_t, &mp_type_str);
    o->hash = 0;
    o->len = b->len;
    o->data = data;
    b->buf = NULL;
    b->alloc = b->len = 0;
    return MP_OBJ_FROM_PTR(o);
}

static inline bool is_instance(mp_obj_t o, const mp_obj_type_t *type) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(o)), MP_OBJ_FROM_PTR(type));
}

// The object holding the items of obj, an instance of `base` (list, tuple, dict): obj
// itself, or the native object under an instance of a class defined in Python.
static mp_obj_t native_of(mp_obj_t obj, const mp_obj_type_t *base) {
    if (mp_obj_get_type(obj)->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        return mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(base));
    }
    return obj;
}

// The text of a str or of an instance of a str subclass; NULL for anything else.
static const byte *str_data(mp_obj_t o, size_t *len) {
    if (!mp_obj_is_str(o)) {
        if (mp_obj_is_small_int(o) || !is_instance(o, &mp_type_str)) {
            return NULL;
        }
        o = native_of(o, &mp_type_str);
    }
    GET_STR_DATA_LEN(o, data, n);
    *len = n;
    return data;
}

static NORETURN void raise_first_arg_not_str(mp_obj_t o) {
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("first argument must be a string, not %s"),
        mp_obj_get_type_str(o));
}

// Code-point index of byte offset `off` of `s`.
static size_t char_index(const byte *s, size_t off) {
    return utf8_charlen(s, off);
}

// Byte offset of code-point index `idx` of s[0:len], counted from byte `from` (a
// character boundary, at index `from_idx` <= idx); len, with *past set, if idx is past
// the end.
static size_t byte_offset(const byte *s, size_t len, size_t from, size_t from_idx, size_t idx, bool *past) {
    const byte *p = s + from, *top = s + len;
    size_t n = idx - from_idx;
    *past = false;
    while (n > 0) {
        if (p >= top) {
            *past = true;
            return len;
        }
        ++p;
        while (p < top && UTF8_IS_CONT(*p)) {
            ++p;
        }
        --n;
    }
    return p - s;
}

// RecursionError where the interpreter has it, else RuntimeError as MicroPython raises.
static NORETURN void raise_recursion(const char *what) {
    const mp_obj_type_t *type = &mp_type_RuntimeError;
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtins.globals->map,
        MP_OBJ_NEW_QSTR(MP_QSTR_RecursionError), MP_MAP_LOOKUP);
    if (elem != NULL && mp_obj_is_type(elem->value, &mp_type_type)) {
        type = MP_OBJ_TO_PTR(elem->value);
    }
    vstr_t msg;
    vstr_init(&msg, 80);
    vstr_add_str(&msg, "maximum recursion depth exceeded");
    vstr_add_str(&msg, what);
    nlr_raise(mp_obj_new_exception_arg1(type, mp_obj_new_str_from_vstr(&msg)));
}

// ---- decoding ----

typedef struct _scanner_obj_t {
    mp_obj_base_t base;
    bool strict;
    mp_obj_t object_hook;
    mp_obj_t object_pairs_hook;
    mp_obj_t parse_float;
    mp_obj_t parse_int;
    mp_obj_t parse_constant;
    // The last position returned: string, code-point index, byte offset.
    mp_obj_t last_str;
    size_t last_idx;
    size_t last_off;
} scanner_obj_t;

typedef struct _scan_t {
    const scanner_obj_t *self; // NULL for scanstring()
    mp_obj_t pystr;
    const byte *start;
    const byte *end;
    bool strict;
    size_t depth;
    // The items of the open arrays and objects (key, value, key, value...), each container
    // made at its end with its exact size: no table grows (and is freed) while decoding.
    mp_obj_t *stack;
    size_t sp;
    size_t stack_alloc;
    // Keys seen in this document (str objects, open addressing): one str per distinct key.
    mp_obj_t *memo;
    size_t memo_mask;
    size_t memo_count;
    jbuf_t tmp; // a string with escapes, being decoded
} scan_t;

// Neither table is freed when it grows: see jbuf_grow.
static MP_NOINLINE void stack_grow(scan_t *st) {
    size_t alloc = st->stack_alloc * 2;
    mp_obj_t *grown = m_new(mp_obj_t, alloc);
    memcpy(grown, st->stack, st->sp * sizeof(mp_obj_t));
    st->stack = grown;
    st->stack_alloc = alloc;
}

static inline void push(scan_t *st, mp_obj_t v) {
    if (st->sp == st->stack_alloc) {
        stack_grow(st);
    }
    st->stack[st->sp++] = v;
}

static void memo_insert(mp_obj_t *table, size_t mask, mp_obj_t key) {
    size_t i = ((mp_obj_str_t *)MP_OBJ_TO_PTR(key))->hash & mask;
    while (table[i] != MP_OBJ_NULL) {
        i = (i + 1) & mask;
    }
    table[i] = key;
}

// The key str for text[0:len], made once per document.
static mp_obj_t memo_key(scan_t *st, const byte *text, size_t len) {
    size_t hash = qstr_compute_hash(text, len);
    size_t i = hash & st->memo_mask;
    for (mp_obj_t k; (k = st->memo[i]) != MP_OBJ_NULL; i = (i + 1) & st->memo_mask) {
        const mp_obj_str_t *o = MP_OBJ_TO_PTR(k);
        if (o->hash == hash && o->len == len && memcmp(o->data, text, len) == 0) {
            return k;
        }
    }
    mp_obj_t key = new_str(text, len, hash);
    st->memo[i] = key;
    if (++st->memo_count * 2 > st->memo_mask) {
        size_t n = (st->memo_mask + 1) * 2;
        mp_obj_t *table = m_new0(mp_obj_t, n);
        for (size_t j = 0; j <= st->memo_mask; ++j) {
            if (st->memo[j] != MP_OBJ_NULL) {
                memo_insert(table, n - 1, st->memo[j]);
            }
        }
        st->memo = table;
        st->memo_mask = n - 1;
    }
    return key;
}

static NORETURN void raise_errmsg(scan_t *st, const char *msg, const byte *at) {
    mp_obj_t fromlist = mp_obj_new_tuple(1, (mp_obj_t[]) {MP_OBJ_NEW_QSTR(MP_QSTR_JSONDecodeError)});
    mp_obj_t dec = mp_import_name(qstr_from_str("json.decoder"), fromlist, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t cls = mp_load_attr(dec, MP_QSTR_JSONDecodeError);
    mp_obj_t args[3] = {
        mp_obj_new_str(msg, strlen(msg)),
        st->pystr,
        mp_obj_new_int_from_uint(char_index(st->start, at - st->start)),
    };
    nlr_raise(mp_call_function_n_kw(cls, 3, 0, args));
}

static NORETURN void raise_stop_iteration(scan_t *st, const byte *at) {
    mp_obj_t idx = mp_obj_new_int_from_uint(char_index(st->start, at - st->start));
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, idx));
}

static inline const byte *skip_ws(const byte *p, const byte *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
        ++p;
    }
    return p;
}

static int hex_value(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// The 4 hex digits at p, or -1.
static int read_hex4(const byte *p) {
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        int d = hex_value(p[i]);
        if (d < 0) {
            return -1;
        }
        v = v << 4 | d;
    }
    return v;
}

// Reads the string whose text starts at p (after the opening quote). Returns its text,
// which is either in the document (no escapes) or in st->tmp; *next is after the
// closing quote.
static const byte *scan_string(scan_t *st, const byte *p, size_t *len, const byte **next) {
    const byte *begin = p - 1;
    const byte *end = st->end;
    const byte *run = p;
    bool buffered = false;
    for (;;) {
        // The end of the string or the next escape.
        const byte *q = run;
        if (st->strict) {
            while (q < end && *q != '"' && *q != '\\' && *q >= 0x20) {
                ++q;
            }
            if (q < end && *q < 0x20) {
                raise_errmsg(st, "Invalid control character at", q);
            }
        } else {
            while (q < end && *q != '"' && *q != '\\') {
                ++q;
            }
        }
        if (q >= end) {
            raise_errmsg(st, "Unterminated string starting at", begin);
        }
        if (*q == '"' && !buffered) {
            *len = q - run;
            *next = q + 1;
            return run;
        }
        if (!buffered) {
            st->tmp.len = 0;
            buffered = true;
        }
        jbuf_add(&st->tmp, (const char *)run, q - run);
        if (*q == '"') {
            *len = st->tmp.len;
            *next = q + 1;
            return (const byte *)st->tmp.buf;
        }
        // A backslash.
        ++q;
        if (q == end) {
            raise_errmsg(st, "Unterminated string starting at", begin);
        }
        byte c = *q;
        if (c != 'u') {
            switch (c) {
                case '"':
                case '\\':
                case '/':
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'f':
                    c = '\f';
                    break;
                case 'n':
                    c = '\n';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 't':
                    c = '\t';
                    break;
                default:
                    raise_errmsg(st, "Invalid \\escape", q - 1);
            }
            jbuf_byte(&st->tmp, c);
            run = q + 1;
            continue;
        }
        // \uXXXX: q is at 'u'. CPython wants a character after the 4 digits.
        const byte *digits = q + 1;
        if (end - digits <= 4) {
            raise_errmsg(st, "Invalid \\uXXXX escape", q);
        }
        int cp = read_hex4(digits);
        if (cp < 0) {
            raise_errmsg(st, "Invalid \\uXXXX escape", q);
        }
        run = digits + 4;
        if (cp >= 0xd800 && cp <= 0xdbff && end - run > 6 && run[0] == '\\' && run[1] == 'u') {
            int lo = read_hex4(run + 2);
            if (lo < 0) {
                raise_errmsg(st, "Invalid \\uXXXX escape", run + 1);
            }
            if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00));
                run += 6;
            }
        }
        jbuf_add_char(&st->tmp, cp);
    }
}

static mp_obj_t scan_once(scan_t *st, const byte *p, const byte **next);

// Recursion guard of one container level.
static void enter_level(scan_t *st, const char *what) {
    if (++st->depth > DECODE_MAX_DEPTH) {
        raise_recursion(what);
    }
    mp_cstack_check();
}

static mp_obj_t parse_object(scan_t *st, const byte *p, const byte **next) {
    const scanner_obj_t *self = st->self;
    const byte *end = st->end;
    size_t base = st->sp;
    p = skip_ws(p, end);
    if (p >= end || *p != '}') {
        for (;;) {
            if (p >= end || *p != '"') {
                raise_errmsg(st, "Expecting property name enclosed in double quotes", p);
            }
            size_t len;
            const byte *text = scan_string(st, p + 1, &len, &p);
            push(st, memo_key(st, text, len));
            p = skip_ws(p, end);
            if (p >= end || *p != ':') {
                raise_errmsg(st, "Expecting ':' delimiter", p);
            }
            p = skip_ws(p + 1, end);
            push(st, scan_once(st, p, &p));
            p = skip_ws(p, end);
            if (p < end && *p == '}') {
                break;
            }
            if (p >= end || *p != ',') {
                raise_errmsg(st, "Expecting ',' delimiter", p);
            }
            p = skip_ws(p + 1, end);
        }
    }
    *next = p + 1;
    size_t n = (st->sp - base) / 2;
    mp_obj_t *kv = st->stack + base;
    mp_obj_t rval;
    if (self->object_pairs_hook != mp_const_none) {
        rval = mp_obj_new_list(n, NULL);
        mp_obj_list_t *list = MP_OBJ_TO_PTR(rval);
        memset(list->items, 0, n * sizeof(mp_obj_t));
        for (size_t i = 0; i < n; ++i) {
            list->items[i] = mp_obj_new_tuple(2, kv + 2 * i);
        }
        st->sp = base;
        return mp_call_function_1(self->object_pairs_hook, rval);
    }
    rval = mp_obj_new_dict(n);
    for (size_t i = 0; i < n; ++i) {
        mp_obj_dict_store(rval, kv[2 * i], kv[2 * i + 1]);
    }
    st->sp = base;
    if (self->object_hook != mp_const_none) {
        return mp_call_function_1(self->object_hook, rval);
    }
    return rval;
}

static mp_obj_t parse_array(scan_t *st, const byte *p, const byte **next) {
    const byte *end = st->end;
    size_t base = st->sp;
    p = skip_ws(p, end);
    if (p >= end || *p != ']') {
        for (;;) {
            push(st, scan_once(st, p, &p));
            p = skip_ws(p, end);
            if (p < end && *p == ']') {
                break;
            }
            if (p >= end || *p != ',') {
                raise_errmsg(st, "Expecting ',' delimiter", p);
            }
            p = skip_ws(p + 1, end);
        }
    }
    *next = p + 1;
    mp_obj_t rval = mp_obj_new_list(st->sp - base, st->stack + base);
    st->sp = base;
    return rval;
}

static mp_obj_t parse_float_text(const byte *p, size_t len) {
    // strtod is correctly rounded (musl in the guest, glibc natively), as CPython's float().
    char small[40];
    char *text = len < sizeof(small) ? small : m_new(char, len + 1);
    memcpy(text, p, len);
    text[len] = '\0';
    return mp_obj_new_float((mp_float_t)strtod(text, NULL));
}

static mp_obj_t match_number(scan_t *st, const byte *p, const byte **next) {
    const scanner_obj_t *self = st->self;
    const byte *end = st->end;
    const byte *q = p;
    if (*q == '-') {
        ++q;
        if (q >= end) {
            raise_stop_iteration(st, p);
        }
    }
    if (*q >= '1' && *q <= '9') {
        ++q;
        while (q < end && *q >= '0' && *q <= '9') {
            ++q;
        }
    } else if (*q == '0') {
        ++q;
    } else {
        raise_stop_iteration(st, p);
    }
    bool is_float = false;
    if (end - q > 1 && q[0] == '.' && q[1] >= '0' && q[1] <= '9') {
        is_float = true;
        q += 2;
        while (q < end && *q >= '0' && *q <= '9') {
            ++q;
        }
    }
    if (end - q > 1 && (*q == 'e' || *q == 'E')) {
        const byte *e_start = q++;
        if (end - q > 1 && (*q == '-' || *q == '+')) {
            ++q;
        }
        while (q < end && *q >= '0' && *q <= '9') {
            ++q;
        }
        if (q[-1] >= '0' && q[-1] <= '9') {
            is_float = true;
        } else {
            q = e_start;
        }
    }
    *next = q;
    size_t len = q - p;
    mp_obj_t custom = is_float ? self->parse_float : self->parse_int;
    if (custom != (is_float ? MP_OBJ_FROM_PTR(&mp_type_float) : MP_OBJ_FROM_PTR(&mp_type_int))) {
        return mp_call_function_1(custom, new_str(p, len, 0));
    }
    if (is_float) {
        return parse_float_text(p, len);
    }
    size_t digits = len - (*p == '-');
    if (digits <= 18) {
        long long v = 0;
        for (const byte *d = p + (*p == '-'); d < q; ++d) {
            v = v * 10 + (*d - '0');
        }
        if (*p == '-') {
            v = -v;
        }
        // MP_SMALL_INT_FITS looks at a machine word only: v is wider on wasm32.
        return v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX ? MP_OBJ_NEW_SMALL_INT((mp_int_t)v) : mp_obj_new_int_from_ll(v);
    }
    return mp_parse_num_integer((const char *)p, len, 10, NULL);
}

static mp_obj_t parse_constant(scan_t *st, const char *name, size_t len, const byte *p, const byte **next) {
    *next = p + len;
    return mp_call_function_1(st->self->parse_constant, mp_obj_new_str(name, len));
}

static mp_obj_t scan_once(scan_t *st, const byte *p, const byte **next) {
    const byte *end = st->end;
    if (p >= end) {
        raise_stop_iteration(st, p);
    }
    size_t left = end - p;
    switch (*p) {
        case '"': {
            size_t len;
            const byte *text = scan_string(st, p + 1, &len, next);
            return new_str(text, len, 0);
        }
        case '{': {
            enter_level(st, " while decoding a JSON object from a unicode string");
            mp_obj_t v = parse_object(st, p + 1, next);
            --st->depth;
            return v;
        }
        case '[': {
            enter_level(st, " while decoding a JSON array from a unicode string");
            mp_obj_t v = parse_array(st, p + 1, next);
            --st->depth;
            return v;
        }
        case 'n':
            if (left >= 4 && memcmp(p, "null", 4) == 0) {
                *next = p + 4;
                return mp_const_none;
            }
            break;
        case 't':
            if (left >= 4 && memcmp(p, "true", 4) == 0) {
                *next = p + 4;
                return mp_const_true;
            }
            break;
        case 'f':
            if (left >= 5 && memcmp(p, "false", 5) == 0) {
                *next = p + 5;
                return mp_const_false;
            }
            break;
        case 'N':
            if (left >= 3 && memcmp(p, "NaN", 3) == 0) {
                return parse_constant(st, "NaN", 3, p, next);
            }
            break;
        case 'I':
            if (left >= 8 && memcmp(p, "Infinity", 8) == 0) {
                return parse_constant(st, "Infinity", 8, p, next);
            }
            break;
        case '-':
            if (left >= 9 && memcmp(p, "-Infinity", 9) == 0) {
                return parse_constant(st, "-Infinity", 9, p, next);
            }
            break;
    }
    return match_number(st, p, next);
}

static void scan_init(scan_t *st, const scanner_obj_t *self, mp_obj_t pystr, const byte *data, size_t len, bool strict) {
    st->self = self;
    st->pystr = pystr;
    st->start = data;
    st->end = data + len;
    st->strict = strict;
    st->depth = 0;
    st->stack = NULL;
    st->sp = st->stack_alloc = 0;
    st->memo = NULL;
    st->memo_mask = st->memo_count = 0;
    st->tmp.buf = NULL;
    st->tmp.len = st->tmp.alloc = 0;
    if (self != NULL) {
        st->stack_alloc = 64;
        st->stack = m_new(mp_obj_t, st->stack_alloc);
        st->memo_mask = 31;
        st->memo = m_new0(mp_obj_t, st->memo_mask + 1);
    }
}

// scanstring(s, end, strict=True) -> (str, index after the closing quote)
static mp_obj_t json_scanstring(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const byte *data = str_data(args[0], &len);
    if (data == NULL) {
        raise_first_arg_not_str(args[0]);
    }
    mp_int_t end = mp_obj_get_int(args[1]);
    bool strict = n_args < 3 || mp_obj_is_true(args[2]);
    bool past = false;
    size_t off = end < 0 ? 0 : byte_offset(data, len, 0, 0, end, &past);
    if (end < 0 || past) {
        mp_raise_ValueError(MP_ERROR_TEXT("end is out of bounds"));
    }
    scan_t st;
    scan_init(&st, NULL, args[0], data, len, strict);
    size_t n;
    const byte *next;
    const byte *text = scan_string(&st, data + off, &n, &next);
    mp_obj_t items[2] = {
        new_str(text, n, 0),
        mp_obj_new_int_from_uint(end + char_index(data + off, next - (data + off))),
    };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(json_scanstring_obj, 2, 3, json_scanstring);

static mp_obj_t scanner_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_t ctx = args[0];
    scanner_obj_t *self = mp_obj_malloc(scanner_obj_t, type);
    self->strict = mp_obj_is_true(mp_load_attr(ctx, MP_QSTR_strict));
    self->object_hook = mp_load_attr(ctx, MP_QSTR_object_hook);
    self->object_pairs_hook = mp_load_attr(ctx, MP_QSTR_object_pairs_hook);
    self->parse_float = mp_load_attr(ctx, MP_QSTR_parse_float);
    self->parse_int = mp_load_attr(ctx, MP_QSTR_parse_int);
    self->parse_constant = mp_load_attr(ctx, MP_QSTR_parse_constant);
    self->last_str = MP_OBJ_NULL;
    self->last_idx = self->last_off = 0;
    return MP_OBJ_FROM_PTR(self);
}

// scanner(s, idx) -> (value, end); StopIteration(idx) where no value starts.
static mp_obj_t scanner_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    scanner_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_arg_check_num(n_args, n_kw, 2, 2, false);
    size_t len;
    const byte *data = str_data(args[0], &len);
    if (data == NULL) {
        raise_first_arg_not_str(args[0]);
    }
    mp_int_t idx = mp_obj_get_int(args[1]);
    if (idx < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("idx cannot be negative"));
    }
    bool past = false;
    size_t off;
    if (self->last_str == args[0] && (size_t)idx >= self->last_idx) {
        off = byte_offset(data, len, self->last_off, self->last_idx, idx, &past);
    } else {
        off = byte_offset(data, len, 0, 0, idx, &past);
    }
    scan_t st;
    scan_init(&st, self, args[0], data, len, self->strict);
    if (past || off >= len) {
        nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, args[1]));
    }
    const byte *next;
    mp_obj_t value = scan_once(&st, data + off, &next);
    size_t end = idx + char_index(data + off, next - (data + off));
    self->last_str = args[0];
    self->last_idx = end;
    self->last_off = next - data;
    mp_obj_t items[2] = {value, mp_obj_new_int_from_uint(end)};
    return mp_obj_new_tuple(2, items);
}

static void scanner_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only
    }
    scanner_obj_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_strict:
            dest[0] = mp_obj_new_bool(self->strict);
            break;
        case MP_QSTR_object_hook:
            dest[0] = self->object_hook;
            break;
        case MP_QSTR_object_pairs_hook:
            dest[0] = self->object_pairs_hook;
            break;
        case MP_QSTR_parse_float:
            dest[0] = self->parse_float;
            break;
        case MP_QSTR_parse_int:
            dest[0] = self->parse_int;
            break;
        case MP_QSTR_parse_constant:
            dest[0] = self->parse_constant;
            break;
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    scanner_type, MP_QSTR_Scanner, MP_TYPE_FLAG_NONE,
    make_new, scanner_make_new, call, scanner_call, attr, scanner_attr);

// decoder.py's WHITESPACE (re.compile(r'[ \t\n\r]*')) as far as json uses it:
// whitespace.match(s, pos).end(). The index of the first non-whitespace character at
// or after pos; the "match" is that index's int, whose end() returns it.
typedef struct _ws_match_obj_t {
    mp_obj_base_t base;
    mp_obj_t end;
} ws_match_obj_t;

static mp_obj_t ws_match_end(mp_obj_t self_in) {
    ws_match_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return self->end;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ws_match_end_obj, ws_match_end);

static const mp_rom_map_elem_t ws_match_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&ws_match_end_obj) },
};
static MP_DEFINE_CONST_DICT(ws_match_locals, ws_match_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    ws_match_type, MP_QSTR_WhitespaceMatch, MP_TYPE_FLAG_NONE,
    locals_dict, &ws_match_locals);

static mp_obj_t ws_match(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const byte *data = str_data(args[1], &len);
    if (data == NULL) {
        raise_first_arg_not_str(args[1]);
    }
    mp_int_t pos = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
    if (pos < 0) {
        pos = 0;
    }
    bool past = false;
    size_t off = byte_offset(data, len, 0, 0, pos, &past);
    const byte *p = data + off;
    const byte *q = skip_ws(p, data + len);
    ws_match_obj_t *m = mp_obj_malloc(ws_match_obj_t, &ws_match_type);
    m->end = mp_obj_new_int_from_uint((past ? char_index(data, len) : (size_t)pos) + (q - p));
    return MP_OBJ_FROM_PTR(m);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ws_match_obj, 2, 3, ws_match);

static const mp_rom_map_elem_t ws_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&ws_match_obj) },
};
static MP_DEFINE_CONST_DICT(ws_locals, ws_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    ws_type, MP_QSTR_Whitespace, MP_TYPE_FLAG_NONE,
    locals_dict, &ws_locals);

static const mp_obj_base_t ws_obj = {&ws_type};

// ---- encoding ----

static const char hex_digits[] = "0123456789abcdef";

// For each ASCII byte: 0 if it stands for itself in a JSON string, else the letter of
// its escape ('u' for \u00XX). DEL is escaped only by encode_basestring_ascii.
static const byte escapes[128] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
    0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void put_u_escape(jbuf_t *out, unsigned c) {
    char *p = jbuf_room(out, 6);
    p[0] = '\\';
    p[1] = 'u';
    p[2] = hex_digits[(c >> 12) & 15];
    p[3] = hex_digits[(c >> 8) & 15];
    p[4] = hex_digits[(c >> 4) & 15];
    p[5] = hex_digits[c & 15];
    out->len += 6;
}

// Appends the JSON string literal of s[0:len] (valid, generalised UTF-8).
static void encode_string(jbuf_t *out, const byte *s, size_t len, bool ascii) {
    const byte *end = s + len;
    const byte *run = s;
    jbuf_room(out, len + 2);
    out->buf[out->len++] = '"';
    const byte *p = s;
    while (p < end) {
        byte c = *p;
        if (c < 0x80) {
            if (escapes[c] == 0 && !(ascii && c == 0x7f)) {
                ++p;
                continue;
            }
        } else if (!ascii) {
            ++p;
            continue;
        }
        jbuf_add(out, (const char *)run, p - run);
        if (c >= 0x80) {
            unsigned cp = utf8_get_char(p);
            p = (const byte *)utf8_next_char(p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u_escape(out, 0xd800 | (cp >> 10));
                put_u_escape(out, 0xdc00 | (cp & 0x3ff));
            } else {
                put_u_escape(out, cp);
            }
        } else {
            byte e = escapes[c];
            if (e == 'u' || c == 0x7f) {
                put_u_escape(out, c);
            } else {
                char *q = jbuf_room(out, 2);
                q[0] = '\\';
                q[1] = e;
                out->len += 2;
            }
            ++p;
        }
        run = p;
    }
    jbuf_add(out, (const char *)run, p - run);
    jbuf_byte(out, '"');
}

static mp_obj_t encode_basestring_common(mp_obj_t s, bool ascii) {
    size_t len;
    const byte *data = str_data(s, &len);
    if (data == NULL) {
        raise_first_arg_not_str(s);
    }
    jbuf_t out;
    jbuf_init(&out, len + 2 + (len >> 3));
    encode_string(&out, data, len, ascii);
    return jbuf_to_str(&out);
}

static mp_obj_t json_encode_basestring_ascii(mp_obj_t s) {
    return encode_basestring_common(s, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_encode_basestring_ascii_obj, json_encode_basestring_ascii);

static mp_obj_t json_encode_basestring(mp_obj_t s) {
    return encode_basestring_common(s, false);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_encode_basestring_obj, json_encode_basestring);

typedef struct _encoder_obj_t {
    mp_obj_base_t base;
    mp_obj_t markers;
    mp_obj_t defaultfn;
    mp_obj_t encoder;
    mp_obj_t indent;
    mp_obj_t key_separator;
    mp_obj_t item_separator;
    bool sort_keys;
    bool skipkeys;
    bool allow_nan;
    uint8_t fast; // 0: call encoder; 1: encode_basestring_ascii; 2: encode_basestring
    mp_obj_t indent_str; // str: ' ' * indent, or indent itself; MP_OBJ_NULL without indent
} encoder_obj_t;

// Open-addressing set of the containers being encoded (CPython's markers dict).
typedef struct _pset_t {
    uintptr_t *slots;
    size_t mask;
    size_t count;
} pset_t;

static inline size_t pset_hash(uintptr_t p, size_t mask) {
    return (size_t)(((uint32_t)(p >> 3) ^ (uint32_t)((uint64_t)p >> 32)) * 2654435761u) & mask;
}

static void pset_add_slot(pset_t *s, uintptr_t p) {
    size_t i = pset_hash(p, s->mask);
    while (s->slots[i] != 0) {
        i = (i + 1) & s->mask;
    }
    s->slots[i] = p;
}

// Adds p; false if it is there already.
static bool pset_add(pset_t *s, uintptr_t p) {
    if (s->slots == NULL || (s->count + 1) * 2 > s->mask + 1) {
        size_t old_n = s->slots == NULL ? 0 : s->mask + 1;
        uintptr_t *old = s->slots;
        size_t n = old_n == 0 ? 32 : old_n * 2;
        s->slots = m_new0(uintptr_t, n);
        s->mask = n - 1;
        for (size_t i = 0; i < old_n; ++i) {
            if (old[i] != 0) {
                pset_add_slot(s, old[i]);
            }
        }
    }
    size_t i = pset_hash(p, s->mask);
    while (s->slots[i] != 0) {
        if (s->slots[i] == p) {
            return false;
        }
        i = (i + 1) & s->mask;
    }
    s->slots[i] = p;
    ++s->count;
    return true;
}

static void pset_remove(pset_t *s, uintptr_t p) {
    size_t i = pset_hash(p, s->mask);
    while (s->slots[i] != p) {
        if (s->slots[i] == 0) {
            return;
        }
        i = (i + 1) & s->mask;
    }
    // Backward-shift deletion keeps every probe sequence unbroken.
    size_t j = i;
    for (;;) {
        j = (j + 1) & s->mask;
        if (s->slots[j] == 0) {
            break;
        }
        size_t k = pset_hash(s->slots[j], s->mask);
        if ((j > i && (k <= i || k > j)) || (j < i && (k <= i && k > j))) {
            s->slots[i] = s->slots[j];
            i = j;
        }
    }
    s->slots[i] = 0;
    --s->count;
}

typedef struct _enc_t {
    encoder_obj_t *self;
    jbuf_t out;
    pset_t markers;
    bool check_circular;
    size_t depth;
    size_t max_depth;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    const char *indent;
    size_t indent_len;
} enc_t;

static void encode_obj(enc_t *st, mp_obj_t obj, size_t level);

static void enc_enter(enc_t *st) {
    if (++st->depth > st->max_depth) {
        raise_recursion(st->indent != NULL ? " while calling a Python object" : " while encoding a JSON object");
    }
    mp_cstack_check();
}

static void enc_mark(enc_t *st, mp_obj_t obj) {
    if (st->check_circular && !pset_add(&st->markers, (uintptr_t)MP_OBJ_TO_PTR(obj))) {
        mp_raise_ValueError(MP_ERROR_TEXT("Circular reference detected"));
    }
}

static void enc_unmark(enc_t *st, mp_obj_t obj) {
    if (st->check_circular) {
        pset_remove(&st->markers, (uintptr_t)MP_OBJ_TO_PTR(obj));
    }
}

static void put_newline_indent(enc_t *st, size_t level) {
    jbuf_byte(&st->out, '\n');
    for (size_t i = 0; i < level; ++i) {
        jbuf_add(&st->out, st->indent, st->indent_len);
    }
}

// Strings go through the encoder given (CPython calls a Python one, checking its result).
static void put_string(enc_t *st, mp_obj_t s, const byte *data, size_t len) {
    encoder_obj_t *self = st->self;
    if (self->fast != 0) {
        encode_string(&st->out, data, len, self->fast == 1);
        return;
    }
    if (s == MP_OBJ_NULL) {
        s = mp_obj_new_str((const char *)data, len);
    }
    mp_obj_t r = mp_call_function_1(self->encoder, s);
    size_t n;
    const byte *text = str_data(r, &n);
    if (text == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("encoder() must return a string, not %s"),
            mp_obj_get_type_str(r));
    }
    jbuf_add(&st->out, (const char *)text, n);
}

static void put_int(enc_t *st, mp_obj_t obj) {
    if (mp_obj_is_small_int(obj)) {
        char digits[24];
        char *d = digits + sizeof(digits);
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(obj);
        mp_uint_t u = v < 0 ? -(mp_uint_t)v : (mp_uint_t)v;
        do {
            *--d = '0' + u % 10;
            u /= 10;
        } while (u != 0);
        if (v < 0) {
            *--d = '-';
        }
        jbuf_add(&st->out, d, digits + sizeof(digits) - d);
        return;
    }
    // int.__repr__ of the int itself, not of a subclass (IntEnum members are numbers).
    if (!mp_obj_is_exact_type(obj, &mp_type_int)) {
        obj = native_of(obj, &mp_type_int);
        if (mp_obj_is_small_int(obj)) {
            put_int(st, obj);
            return;
        }
    }
    mp_print_t print = {&st->out, jbuf_print_strn};
    mp_obj_print_helper(&print, obj, PRINT_REPR);
}

// float.__repr__, or the JSON names of the non-finite values.
static void put_float(enc_t *st, mp_obj_t obj) {
    if (!mp_obj_is_float(obj)) {
        obj = native_of(obj, &mp_type_float);
    }
    mp_float_t v = mp_obj_float_get(obj);
    if (!isfinite(v)) {
        if (!st->self->allow_nan) {
            if (st->indent == NULL) {
                mp_raise_ValueError(MP_ERROR_TEXT("Out of range float values are not JSON compliant"));
            }
            // json/encoder.py's message, which CPython raises with indent.
            vstr_t msg;
            vstr_init(&msg, 64);
            vstr_add_str(&msg, "Out of range float values are not JSON compliant: ");
            mp_print_t print = {&msg, (mp_print_strn_t)vstr_add_strn};
            mp_obj_print_helper(&print, obj, PRINT_REPR);
            mp_raise_type_arg(&mp_type_ValueError, mp_obj_new_str_from_vstr(&msg));
        }
        if (isnan(v)) {
            jbuf_add(&st->out, "NaN", 3);
        } else if (v > 0) {
            jbuf_add(&st->out, "Infinity", 8);
        } else {
            jbuf_add(&st->out, "-Infinity", 9);
        }
        return;
    }
    mp_print_t print = {&st->out, jbuf_print_strn};
    mp_obj_print_helper(&print, obj, PRINT_REPR);
}

static void seq_items(mp_obj_t seq, bool is_list, size_t *n, mp_obj_t **items) {
    if (is_list) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(seq);
        *n = l->len;
        *items = l->items;
    } else {
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(seq);
        *n = t->len;
        *items = t->items;
    }
}

static void encode_list(enc_t *st, mp_obj_t obj, size_t level) {
    bool is_list = is_instance(obj, &mp_type_list);
    mp_obj_t seq = native_of(obj, is_list ? &mp_type_list : &mp_type_tuple);
    size_t n;
    mp_obj_t *items;
    seq_items(seq, is_list, &n, &items);
    if (n == 0) {
        jbuf_add(&st->out, "[]", 2);
        return;
    }
    enc_mark(st, obj);
    jbuf_byte(&st->out, '[');
    if (st->indent != NULL) {
        ++level;
        put_newline_indent(st, level);
    }
    for (size_t i = 0;; ++i) {
        // A list may change while default() runs: its length and items are read again.
        seq_items(seq, is_list, &n, &items);
        if (i >= n) {
            break;
        }
        if (i != 0) {
            jbuf_add(&st->out, st->item_sep, st->item_sep_len);
            if (st->indent != NULL) {
                put_newline_indent(st, level);
            }
        }
        encode_obj(st, items[i], level);
    }
    if (st->indent != NULL) {
        put_newline_indent(st, level - 1);
    }
    jbuf_byte(&st->out, ']');
    enc_unmark(st, obj);
}

// A dict key as JSON text; false to skip it.
static bool put_key(enc_t *st, mp_obj_t key) {
    size_t len;
    const byte *data = str_data(key, &len);
    if (data != NULL) {
        put_string(st, key, data, len);
        return true;
    }
    // Other keys become strings: their JSON text, quoted.
    jbuf_t *out = &st->out;
    size_t mark = out->len;
    if (key == mp_const_true) {
        jbuf_add(out, "true", 4);
    } else if (key == mp_const_false) {
        jbuf_add(out, "false", 5);
    } else if (key == mp_const_none) {
        jbuf_add(out, "null", 4);
    } else if (mp_obj_is_float(key) || is_instance(key, &mp_type_float)) {
        put_float(st, key);
    } else if (mp_obj_is_int(key) || is_instance(key, &mp_type_int)) {
        put_int(st, key);
    } else if (st->self->skipkeys) {
        return false;
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("keys must be str, int, float, bool or None, not %s"), mp_obj_get_type_str(key));
    }
    if (st->self->fast != 0) {
        // ASCII letters, digits, '.', '+', '-': nothing to escape.
        size_t n = out->len - mark;
        jbuf_room(out, 2);
        memmove(out->buf + mark + 1, out->buf + mark, n);
        out->buf[mark] = '"';
        out->buf[mark + n + 1] = '"';
        out->len += 2;
    } else {
        mp_obj_t s = mp_obj_new_str(out->buf + mark, out->len - mark);
        out->len = mark;
        put_string(st, s, NULL, 0);
    }
    return true;
}

static void encode_dict(enc_t *st, mp_obj_t obj, size_t level) {
    bool exact = mp_obj_is_dict_or_ordereddict(obj);
    mp_map_t *map = mp_obj_dict_get_map(native_of(obj, &mp_type_dict));
    if (map->used == 0) {
        jbuf_add(&st->out, "{}", 2);
        return;
    }
    enc_mark(st, obj);
    jbuf_byte(&st->out, '{');
    if (st->indent != NULL) {
        ++level;
        put_newline_indent(st, level);
    }
    bool first = true;
    if (exact && !st->self->sort_keys) {
        // In insertion order, straight from the table (read again after each value: a
        // default() may change the dict).
        for (size_t i = 0; i < map->alloc; ++i) {
            if (!mp_map_slot_is_filled(map, i)) {
                continue;
            }
            mp_obj_t key = map->table[i].key;
            mp_obj_t value = map->table[i].value;
            size_t mark = st->out.len;
            if (!first) {
                jbuf_add(&st->out, st->item_sep, st->item_sep_len);
                if (st->indent != NULL) {
                    put_newline_indent(st, level);
                }
            }
            if (!put_key(st, key)) {
                st->out.len = mark;
                continue;
            }
            first = false;
            jbuf_add(&st->out, st->key_sep, st->key_sep_len);
            encode_obj(st, value, level);
        }
    } else {
        // dct.items() (a subclass may override it), sorted with sort_keys.
        mp_obj_t dest[2];
        mp_load_method(obj, MP_QSTR_items, dest);
        mp_obj_t items = mp_call_method_n_kw(0, 0, dest);
        mp_obj_t list = mp_obj_new_list(0, NULL);
        mp_obj_t iter = mp_getiter(items, NULL);
        for (mp_obj_t item; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION;) {
            mp_obj_list_append(list, item);
        }
        if (st->self->sort_keys) {
            mp_map_t no_kwargs;
            mp_map_init(&no_kwargs, 0);
            mp_obj_list_sort(1, &list, &no_kwargs);
        }
        mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
        for (size_t i = 0; i < l->len; ++i) {
            mp_obj_t item = l->items[i];
            if (!mp_obj_is_type(item, &mp_type_tuple) || ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(item))->len != 2) {
                mp_raise_ValueError(MP_ERROR_TEXT("items must return 2-tuples"));
            }
            mp_obj_t *kv = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(item))->items;
            size_t mark = st->out.len;
            if (!first) {
                jbuf_add(&st->out, st->item_sep, st->item_sep_len);
                if (st->indent != NULL) {
                    put_newline_indent(st, level);
                }
            }
            if (!put_key(st, kv[0])) {
                st->out.len = mark;
                continue;
            }
            first = false;
            jbuf_add(&st->out, st->key_sep, st->key_sep_len);
            encode_obj(st, kv[1], level);
        }
    }
    if (st->indent != NULL) {
        put_newline_indent(st, level - 1);
    }
    jbuf_byte(&st->out, '}');
    enc_unmark(st, obj);
}

static void encode_obj(enc_t *st, mp_obj_t obj, size_t level) {
    if (obj == mp_const_none) {
        jbuf_add(&st->out, "null", 4);
        return;
    }
    if (obj == mp_const_true) {
        jbuf_add(&st->out, "true", 4);
        return;
    }
    if (obj == mp_const_false) {
        jbuf_add(&st->out, "false", 5);
        return;
    }
    if (mp_obj_is_small_int(obj)) {
        put_int(st, obj);
        return;
    }
    if (mp_obj_is_str(obj)) {
        GET_STR_DATA_LEN(obj, data, len);
        put_string(st, obj, data, len);
        return;
    }
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (type == &mp_type_int) {
        put_int(st, obj);
    } else if (type == &mp_type_float) {
        put_float(st, obj);
    } else if (type == &mp_type_list || type == &mp_type_tuple) {
        enc_enter(st);
        encode_list(st, obj, level);
        --st->depth;
    } else if (type == &mp_type_dict || mp_obj_is_dict_or_ordereddict(obj)) {
        enc_enter(st);
        encode_dict(st, obj, level);
        --st->depth;
    } else if (is_instance(obj, &mp_type_str)) {
        size_t len;
        const byte *data = str_data(obj, &len);
        put_string(st, obj, data, len);
    } else if (is_instance(obj, &mp_type_int)) {
        put_int(st, obj);
    } else if (is_instance(obj, &mp_type_float)) {
        put_float(st, obj);
    } else if (is_instance(obj, &mp_type_list) || is_instance(obj, &mp_type_tuple)) {
        enc_enter(st);
        encode_list(st, obj, level);
        --st->depth;
    } else if (is_instance(obj, &mp_type_dict)) {
        enc_enter(st);
        encode_dict(st, obj, level);
        --st->depth;
    } else {
        enc_mark(st, obj);
        mp_obj_t replacement = mp_call_function_1(st->self->defaultfn, obj);
        enc_enter(st);
        encode_obj(st, replacement, level);
        --st->depth;
        enc_unmark(st, obj);
    }
}

static const byte *separator(mp_obj_t s, int argno, size_t *len) {
    const byte *data = str_data(s, len);
    if (data == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("make_encoder() argument %d must be str, not %s"),
            argno, mp_obj_get_type_str(s));
    }
    return data;
}

static mp_obj_t encoder_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 9, 9, false);
    if (args[0] != mp_const_none && !mp_obj_is_type(args[0], &mp_type_dict)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("make_encoder() argument 1 must be dict or None, not %s"),
            mp_obj_get_type_str(args[0]));
    }
    encoder_obj_t *self = mp_obj_malloc(encoder_obj_t, type);
    self->markers = args[0];
    self->defaultfn = args[1];
    self->encoder = args[2];
    self->indent = args[3];
    self->key_separator = args[4];
    self->item_separator = args[5];
    size_t n;
    if (args[3] == mp_const_none) {
        separator(args[4], 5, &n);
        separator(args[5], 6, &n);
        self->indent_str = MP_OBJ_NULL;
    } else {
        // As json/encoder.py: a str is the indent, anything else repeats ' ' (TypeError
        // for what does not multiply a str).
        self->indent_str = str_data(args[3], &n) != NULL ? args[3]
            : mp_binary_op(MP_BINARY_OP_MULTIPLY, MP_OBJ_NEW_QSTR(MP_QSTR__space_), args[3]);
        if (str_data(args[5], &n) == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("unsupported operand type(s) for +: '%s' and 'str'"),
                mp_obj_get_type_str(args[5]));
        }
        if (str_data(args[4], &n) == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("make_encoder() argument 5 must be str, not %s"),
                mp_obj_get_type_str(args[4]));
        }
    }
    self->sort_keys = mp_obj_is_true(args[6]);
    self->skipkeys = mp_obj_is_true(args[7]);
    self->allow_nan = mp_obj_is_true(args[8]);
    self->fast = args[2] == MP_OBJ_FROM_PTR(&json_encode_basestring_ascii_obj) ? 1
        : args[2] == MP_OBJ_FROM_PTR(&json_encode_basestring_obj) ? 2 : 0;
    return MP_OBJ_FROM_PTR(self);
}

// encoder(obj, _current_indent_level) -> [JSON text]
static mp_obj_t encoder_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    encoder_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_arg_check_num(n_args, n_kw, 2, 2, false);
    mp_int_t level = mp_obj_get_int(args[1]);
    enc_t st;
    st.self = self;
    st.markers.slots = NULL;
    st.markers.mask = st.markers.count = 0;
    st.check_circular = self->markers != mp_const_none;
    st.depth = 0;
    st.max_depth = self->indent_str == MP_OBJ_NULL ? ENCODE_MAX_DEPTH : ENCODE_INDENT_MAX_DEPTH;
    st.item_sep = (const char *)str_data(self->item_separator, &st.item_sep_len);
    st.key_sep = (const char *)str_data(self->key_separator, &st.key_sep_len);
    st.indent = NULL;
    st.indent_len = 0;
    if (self->indent_str != MP_OBJ_NULL) {
        st.indent = (const char *)str_data(self->indent_str, &st.indent_len);
    }
    jbuf_init(&st.out, 256);
    encode_obj(&st, args[0], level < 0 ? 0 : level);
    mp_obj_t text = jbuf_to_str(&st.out);
    return mp_obj_new_list(1, &text);
}

static void encoder_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    encoder_obj_t *self = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_markers:
            dest[0] = self->markers;
            break;
        case MP_QSTR_default:
            dest[0] = self->defaultfn;
            break;
        case MP_QSTR_encoder:
            dest[0] = self->encoder;
            break;
        case MP_QSTR_indent:
            dest[0] = self->indent;
            break;
        case MP_QSTR_key_separator:
            dest[0] = self->key_separator;
            break;
        case MP_QSTR_item_separator:
            dest[0] = self->item_separator;
            break;
        case MP_QSTR_sort_keys:
            dest[0] = mp_obj_new_bool(self->sort_keys);
            break;
        case MP_QSTR_skipkeys:
            dest[0] = mp_obj_new_bool(self->skipkeys);
            break;
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    encoder_type, MP_QSTR_Encoder, MP_TYPE_FLAG_NONE,
    make_new, encoder_make_new, call, encoder_call, attr, encoder_attr);

// ---- bytes input ----

// UnicodeDecodeError(encoding, object, start, end, reason) where the interpreter has it,
// else UnicodeError with CPython's message.
static NORETURN void raise_decode_error(const char *encoding, mp_obj_t obj, size_t start, size_t end,
    const char *reason) {
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtins.globals->map,
        MP_OBJ_NEW_QSTR(MP_QSTR_UnicodeDecodeError), MP_MAP_LOOKUP);
    if (elem != NULL) {
        mp_obj_t args[5] = {
            mp_obj_new_str(encoding, strlen(encoding)), obj, mp_obj_new_int_from_uint(start),
            mp_obj_new_int_from_uint(end), mp_obj_new_str(reason, strlen(reason)),
        };
        nlr_raise(mp_call_function_n_kw(elem->value, 5, 0, args));
    }
    size_t len;
    const byte *data = (const byte *)mp_obj_str_get_data(obj, &len);
    vstr_t msg;
    mp_print_t print;
    vstr_init_print(&msg, 80, &print);
    if (end - start == 1) {
        mp_printf(&print, "'%s' codec can't decode byte 0x%02x in position %u: %s", encoding, data[start],
            (unsigned)start, reason);
    } else {
        mp_printf(&print, "'%s' codec can't decode bytes in position %u-%u: %s", encoding, (unsigned)start,
            (unsigned)(end - 1), reason);
    }
    mp_raise_type_arg(&mp_type_UnicodeError, mp_obj_new_str_from_vstr(&msg));
}

// decode_bytes(b, encoding): bytes.decode(encoding, 'surrogatepass') for the encodings
// json.detect_encoding() names, where the interpreter's bytes.decode lacks them (stdlib
// patch 0082): UTF-16 and UTF-32 (little or big endian, or after their byte-order mark);
// UTF-8 goes to bytes.decode (without the mark for 'utf-8-sig').
static mp_obj_t json_decode_bytes(mp_obj_t b, mp_obj_t enc_in) {
    const char *encoding = mp_obj_str_get_str(enc_in);
    mp_buffer_info_t buf;
    mp_get_buffer_raise(b, &buf, MP_BUFFER_READ);
    const byte *data = buf.buf;
    size_t len = buf.len;
    if (strcmp(encoding, "utf-8") == 0 || strcmp(encoding, "utf-8-sig") == 0) {
        size_t skip = encoding[5] != '\0' && len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
        mp_obj_t bytes = mp_obj_new_bytes(data + skip, len - skip);
        mp_obj_t dest[4];
        mp_load_method(bytes, MP_QSTR_decode, dest);
        dest[2] = MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8);
        return mp_call_method_n_kw(1, 0, dest);
    }
    int width = strncmp(encoding, "utf-16", 6) == 0 ? 2 : strncmp(encoding, "utf-32", 6) == 0 ? 4 : 0;
    if (width == 0) {
        mp_raise_msg_varg(&mp_type_LookupError, MP_ERROR_TEXT("unknown encoding: %s"), encoding);
    }
    bool big = strcmp(encoding + 6, "-be") == 0;
    size_t i = 0;
    if (encoding[6] == '\0') {
        // The byte-order mark decides, and is dropped.
        if (width == 2 && len >= 2 && (data[0] == 0xfe || data[0] == 0xff) && data[0] + data[1] == 0x1fd) {
            big = data[0] == 0xfe;
            i = 2;
        } else if (width == 4 && len >= 4 && memcmp(data, "\x00\x00\xfe\xff", 4) == 0) {
            big = true;
            i = 4;
        } else if (width == 4 && len >= 4 && memcmp(data, "\xff\xfe\x00\x00", 4) == 0) {
            i = 4;
        }
    }
    const char *name = width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    jbuf_t out;
    jbuf_init(&out, len);
    while (i < len) {
        if (len - i < (size_t)width) {
            raise_decode_error(encoding[6] == '\0' ? (width == 2 ? "utf-16" : "utf-32") : name, b, i, len,
                "truncated data");
        }
        const byte *p = data + i;
        unsigned c;
        if (width == 2) {
            c = big ? (p[0] << 8 | p[1]) : (p[1] << 8 | p[0]);
            if (c >= 0xd800 && c <= 0xdbff && len - i >= 4) {
                unsigned lo = big ? (p[2] << 8 | p[3]) : (p[3] << 8 | p[2]);
                if (lo >= 0xdc00 && lo <= 0xdfff) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
                    i += 2;
                }
            }
        } else {
            c = big ? ((unsigned)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3])
                : ((unsigned)p[3] << 24 | p[2] << 16 | p[1] << 8 | p[0]);
            if (c > 0x10ffff) {
                raise_decode_error(encoding[6] == '\0' ? "utf-32" : name, b, i, i + 4,
                    "code point not in range(0x110000)");
            }
        }
        i += width;
        jbuf_add_char(&out, c);
    }
    return jbuf_to_str(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_2(json_decode_bytes_obj, json_decode_bytes);

// int.__repr__ and float.__repr__ for json/encoder.py's pure-Python encoder (stdlib patch
// 0084): the number's own text, whatever repr a subclass defines.
static mp_obj_t number_repr(mp_obj_t x, const mp_obj_type_t *type) {
    bool is_bool = x == mp_const_true || x == mp_const_false;
    if (!(is_bool ? type == &mp_type_int : is_instance(x, type))) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '__repr__' requires a '%q' object but received a '%s'"),
            (qstr)type->name, mp_obj_get_type_str(x));
    }
    if (is_bool) {
        x = MP_OBJ_NEW_SMALL_INT(x == mp_const_true);
    }
    vstr_t text;
    vstr_init(&text, 24);
    mp_print_t print = {&text, (mp_print_strn_t)vstr_add_strn};
    mp_obj_print_helper(&print, native_of(x, type), PRINT_REPR);
    return mp_obj_new_str_from_vstr(&text);
}

static mp_obj_t json_int_repr(mp_obj_t x) {
    return number_repr(x, &mp_type_int);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_int_repr_obj, json_int_repr);

static mp_obj_t json_float_repr(mp_obj_t x) {
    return number_repr(x, &mp_type_float);
}
static MP_DEFINE_CONST_FUN_OBJ_1(json_float_repr_obj, json_float_repr);

static const mp_rom_map_elem_t json_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__json) },
    { MP_ROM_QSTR(MP_QSTR_scanstring), MP_ROM_PTR(&json_scanstring_obj) },
    { MP_ROM_QSTR(MP_QSTR_make_scanner), MP_ROM_PTR(&scanner_type) },
    { MP_ROM_QSTR(MP_QSTR_make_encoder), MP_ROM_PTR(&encoder_type) },
    { MP_ROM_QSTR(MP_QSTR_encode_basestring_ascii), MP_ROM_PTR(&json_encode_basestring_ascii_obj) },
    { MP_ROM_QSTR(MP_QSTR_encode_basestring), MP_ROM_PTR(&json_encode_basestring_obj) },
    { MP_ROM_QSTR(MP_QSTR_whitespace), MP_ROM_PTR(&ws_obj) },
    { MP_ROM_QSTR(MP_QSTR_decode_bytes), MP_ROM_PTR(&json_decode_bytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_int_repr), MP_ROM_PTR(&json_int_repr_obj) },
    { MP_ROM_QSTR(MP_QSTR_float_repr), MP_ROM_PTR(&json_float_repr_obj) },
};
static MP_DEFINE_CONST_DICT(json_module_globals, json_module_globals_table);

const mp_obj_module_t mp_module__json = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&json_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__json, mp_module__json);
