// _struct: the engine of CPython's struct.py (`from _struct import *`), written after the
// struct module's documentation and CPython 3.11's observable behaviour: the whole format
// language (byte orders @ = < > !, native sizes and alignment as CPython on x86-64 Linux,
// codes x c b B ? h H i I l L q Q n N e f d s p P, repeat counts, whitespace), Struct,
// pack/pack_into/unpack/unpack_from/iter_unpack/calcsize, and struct.error with CPython's
// messages.
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/runtime.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/binary.h"
#include "py/mpprint.h"

// ---- struct.error

static void struct_error_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    mp_obj_exception_print(print, o_in, kind);
}

// its module as CPython's (struct.error in tracebacks and reprs)
static const mp_rom_map_elem_t struct_error_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR_struct) },
};
static MP_DEFINE_CONST_DICT(struct_error_locals_dict, struct_error_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_struct_error,
    MP_QSTR_error,
    MP_TYPE_FLAG_NONE,
    make_new, mp_obj_exception_make_new,
    print, struct_error_print,
    attr, mp_obj_exception_attr,
    parent, &mp_type_Exception,
    locals_dict, &struct_error_locals_dict
    );

static NORETURN void struct_raise(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print = {&vstr, (mp_print_strn_t)vstr_add_strn};
    mp_vprintf(&print, fmt, ap);
    va_end(ap);
    mp_obj_t msg = mp_obj_new_str_from_vstr(&vstr);
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_struct_error, msg));
}

// ---- format parsing

typedef struct {
    char code;
    uint8_t size;
    size_t offset;
    size_t repeat; // items for numbers; the byte count for s and p
} struct_code_t;

typedef struct _mp_obj_struct_t {
    mp_obj_base_t base;
    mp_obj_t format; // str
    size_t size;     // bytes
    size_t len;      // items
    bool little;
    bool native;
    size_t ncodes;
    struct_code_t *codes;
} mp_obj_struct_t;

// sizes: native (CPython on x86-64 Linux) and standard; 0 = not in that table
static int code_size(char c, bool native) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
            return 1;
        case 'h': case 'H': case 'e':
            return 2;
        case 'i': case 'I': case 'f':
            return 4;
        case 'l': case 'L':
            return native ? 8 : 4;
        case 'q': case 'Q': case 'd':
            return 8;
        case 'n': case 'N': case 'P':
            return native ? 8 : 0;
        default:
            return 0;
    }
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

#define STRUCT_SSIZE_MAX ((size_t)0x7fffffffffffffffULL)

static void struct_prepare(mp_obj_struct_t *self, const char *fmt, size_t fmt_len) {
    if (memchr(fmt, 0, fmt_len) != NULL) {
        struct_raise("embedded null character");
    }
    const char *end = fmt + fmt_len;
    bool native = true, little = true;
    if (fmt < end) {
        switch (*fmt) {
            case '@': fmt++; break;
            case '=': case '<': native = false; fmt++; break;
            case '>': case '!': native = false; little = false; fmt++; break;
        }
    }
    // first pass: sizes and counts (in 64-bit arithmetic, as CPython's Py_ssize_t)
    uint64_t size = 0;
    size_t len = 0, ncodes = 0;
    for (const char *s = fmt; s < end;) {
        char c = *s++;
        if (is_space(c)) {
            continue;
        }
        uint64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while (s < end && *s >= '0' && *s <= '9') {
                num = num * 10 + (*s++ - '0');
                if (num > STRUCT_SSIZE_MAX) {
                    struct_raise("total struct size too long");
                }
            }
            if (s >= end) {
                struct_raise("repeat count given without format specifier");
            }
            c = *s++;
        }
        int isz = code_size(c, native);
        if (isz == 0) {
            struct_raise("bad char in struct format");
        }
        if (c == 's' || c == 'p') {
            len++;
            ncodes++;
        } else if (c != 'x') {
            len += num;
            if (num) {
                ncodes++;
            }
        }
        if (native && isz > 1 && size > 0 && c != 's' && c != 'p') {
            size = (size + isz - 1) / isz * isz;
        }
        if (num > (STRUCT_SSIZE_MAX - size) / isz) {
            struct_raise("total struct size too long");
        }
        size += num * isz;
    }
    if (size > (size_t)-1 / 2) {
        mp_raise_type(&mp_type_MemoryError);
    }
    self->size = size;
    self->len = len;
    self->native = native;
    self->little = little;
    self->ncodes = ncodes;
    self->codes = m_new(struct_code_t, ncodes ? ncodes : 1);
    // second pass: the codes and their offsets
    size_t off = 0, k = 0;
    for (const char *s = fmt; s < end;) {
        char c = *s++;
        if (is_space(c)) {
            continue;
        }
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while (*s >= '0' && *s <= '9') {
                num = num * 10 + (*s++ - '0');
            }
            c = *s++;
        }
        int isz = code_size(c, native);
        if (native && isz > 1 && off > 0 && c != 's' && c != 'p') {
            off = (off + isz - 1) / isz * isz;
        }
        if (c == 's' || c == 'p') {
            self->codes[k++] = (struct_code_t){c, 1, off, num};
            off += num;
        } else if (c == 'x') {
            off += num;
        } else if (num) {
            self->codes[k++] = (struct_code_t){c, (uint8_t)isz, off, num};
            off += num * isz;
        }
    }
}

static mp_obj_struct_t *struct_new(mp_obj_t format) {
    extern const mp_obj_type_t mp_type_struct_Struct;
    mp_obj_struct_t *self = mp_obj_malloc(mp_obj_struct_t, &mp_type_struct_Struct);
    size_t len;
    const char *fmt;
    if (mp_obj_is_str(format)) {
        fmt = mp_obj_str_get_data(format, &len);
        self->format = format;
    } else if (mp_obj_is_type(format, &mp_type_bytes)) {
        fmt = mp_obj_str_get_data(format, &len);
        self->format = mp_obj_new_str(fmt, len);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("Struct() argument 1 must be a str or bytes object, not %s"),
            mp_obj_get_type_str(format));
    }
    struct_prepare(self, fmt, len);
    return self;
}

// ---- integers

// the integer value of o (int or __index__), else struct.error
static mp_obj_t struct_get_int(mp_obj_t o) {
    if (mp_obj_is_int(o)) {
        return o;
    }
    if (mp_obj_is_bool(o)) {
        return MP_OBJ_NEW_SMALL_INT(o == mp_const_true);
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        struct_raise("required argument is not an integer");
    }
    mp_obj_t r = mp_call_method_n_kw(0, 0, dest);
    if (!mp_obj_is_int(r)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("__index__ returned non-int (type %s)"), mp_obj_get_type_str(r));
    }
    return r;
}

static bool int_lt(mp_obj_t a, mp_obj_t b) {
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, a, b));
}

// v within [lo, hi] (64-bit bounds), comparing big ints exactly
static bool int_in_range(mp_obj_t v, int64_t lo, uint64_t hi) {
    if (mp_obj_is_small_int(v)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(v);
        return (int64_t)x >= lo && (x < 0 || (uint64_t)x <= hi);
    }
    return !int_lt(v, mp_obj_new_int_from_ll(lo)) && !int_lt(mp_obj_new_int_from_ull(hi), v);
}

static void put_uint(byte *p, uint64_t x, int size, bool little) {
    for (int i = 0; i < size; i++) {
        p[little ? i : size - 1 - i] = (byte)(x >> (8 * i));
    }
}

static uint64_t get_uint(const byte *p, int size, bool little) {
    uint64_t x = 0;
    for (int i = 0; i < size; i++) {
        x |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    }
    return x;
}

static uint64_t int_bits(mp_obj_t v) {
    // two's complement low 64 bits of an int known to be in range
    if (mp_obj_is_small_int(v)) {
        return (uint64_t)(int64_t)MP_OBJ_SMALL_INT_VALUE(v);
    }
    byte buf[8];
    mp_obj_int_to_bytes_impl(v, false, 8, buf);
    return get_uint(buf, 8, true);
}

// CPython packs with its native functions for '@' and, on a little-endian machine, for
// '<' and '=' where the standard size is the native one (all but l and L); their range
// errors differ from the standard functions'.
static void pack_int(char code, int size, bool native, byte *p, mp_obj_t arg, bool little) {
    mp_obj_t v = struct_get_int(arg);
    bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q'
        || code == 'N' || code == 'P';
    int64_t lo = is_unsigned ? 0 : -(int64_t)((uint64_t)1 << (size * 8 - 1));
    uint64_t hi = size == 8 ? (is_unsigned ? UINT64_MAX : (uint64_t)INT64_MAX)
        : (is_unsigned ? ((uint64_t)1 << (size * 8)) - 1 : ((uint64_t)1 << (size * 8 - 1)) - 1);
    if (!int_in_range(v, lo, hi)) {
        bool np = native || (little && code != 'l' && code != 'L');
        bool c_long = int_in_range(v, INT64_MIN, INT64_MAX);
        bool c_ulong = int_in_range(v, 0, UINT64_MAX);
        if (code == 'b' && c_long) {
            struct_raise("byte format requires -128 <= number <= 127");
        } else if (code == 'B' && c_long) {
            struct_raise("ubyte format requires 0 <= number <= 255");
        } else if (np && code == 'h' && c_long) {
            struct_raise("short format requires -32768 <= number <= 32767");
        } else if (np && code == 'H' && c_long) {
            struct_raise("ushort format requires 0 <= number <= 65535");
        } else if (!np && size == 8) {
            struct_raise("int too large to convert");
        } else if (size == 8 || (is_unsigned ? !c_ulong : !c_long)) {
            struct_raise("argument out of range");
        }
        char msg[80];
        if (is_unsigned) {
            snprintf(msg, sizeof(msg), "'%c' format requires 0 <= number <= %llu", code, (unsigned long long)hi);
        } else {
            snprintf(msg, sizeof(msg), "'%c' format requires %lld <= number <= %lld", code, (long long)lo, (long long)hi);
        }
        struct_raise("%s", msg);
    }
    put_uint(p, int_bits(v), size, little);
}

static mp_obj_t unpack_int(char code, int size, const byte *p, bool little) {
    uint64_t x = get_uint(p, size, little);
    bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q'
        || code == 'N' || code == 'P';
    if (is_unsigned) {
        return mp_obj_new_int_from_ull(x);
    }
    if (size < 8 && (x >> (size * 8 - 1))) {
        x |= ~(uint64_t)0 << (size * 8);
    }
    return mp_obj_new_int_from_ll((int64_t)x);
}

// ---- floats

static double struct_get_float(mp_obj_t o) {
    mp_float_t f;
    if (!mp_obj_get_float_maybe(o, &f)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___float__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_load_method_maybe(o, MP_QSTR___index__, dest);
        }
        if (dest[0] == MP_OBJ_NULL) {
            struct_raise("required argument is not a float");
        }
        return mp_obj_get_float(mp_call_method_n_kw(0, 0, dest));
    }
    return f;
}

static uint16_t float_to_half(double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    if (a < 0x1p-14) {
        // subnormal (or zero): units of 2**-24, a carry into 1024 is the smallest normal
        return sign | (uint16_t)rint(a * 0x1p24);
    }
    int e;
    double f = frexp(a, &e); // a = f * 2**e, 0.5 <= f < 1
    e -= 1;
    double m = rint((f * 2 - 1) * 1024);
    if (m >= 1024) {
        m = 0;
        e += 1;
    }
    if (e > 15) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("float too large to pack with e format"));
    }
    return sign | (uint16_t)((e + 15) << 10) | (uint16_t)m;
}

static double half_to_float(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double r;
    if (e == 0) {
        r = ldexp(m, -24);
    } else if (e == 31) {
        r = m ? (double)NAN : (double)INFINITY;
    } else {
        r = ldexp(1024 + m, e - 25);
    }
    return (h & 0x8000) ? -r : r;
}

static void pack_float(char code, bool native, byte *p, mp_obj_t arg, bool little) {
    double x = struct_get_float(arg);
    if (code == 'e') {
        put_uint(p, float_to_half(x), 2, little);
    } else if (code == 'f') {
        float y = (float)x;
        if (!native && isinf(y) && !isinf(x)) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("float too large to pack with f format"));
        }
        uint32_t bits;
        memcpy(&bits, &y, 4);
        put_uint(p, bits, 4, little);
    } else {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        put_uint(p, bits, 8, little);
    }
}

static mp_obj_t unpack_float(char code, const byte *p, bool little) {
    if (code == 'e') {
        return mp_obj_new_float(half_to_float((uint16_t)get_uint(p, 2, little)));
    } else if (code == 'f') {
        uint32_t bits = (uint32_t)get_uint(p, 4, little);
        float y;
        memcpy(&y, &bits, 4);
        return mp_obj_new_float((double)y);
    } else {
        uint64_t bits = get_uint(p, 8, little);
        double x;
        memcpy(&x, &bits, 8);
        return mp_obj_new_float(x);
    }
}

// ---- pack and unpack

static void struct_pack_internal(mp_obj_struct_t *self, const mp_obj_t *args, byte *buf) {
    memset(buf, 0, self->size);
    size_t i = 0;
    for (size_t k = 0; k < self->ncodes; k++) {
        const struct_code_t *code = &self->codes[k];
        byte *res = buf + code->offset;
        char c = code->code;
        if (c == 's' || c == 'p') {
            mp_obj_t v = args[i++];
            if (!mp_obj_is_type(v, &mp_type_bytes) && !mp_obj_is_type(v, &mp_type_bytearray)) {
                struct_raise(c == 's' ? "argument for 's' must be a bytes object"
                                      : "argument for 'p' must be a bytes object");
            }
            mp_buffer_info_t bi;
            mp_get_buffer_raise(v, &bi, MP_BUFFER_READ);
            size_t n = bi.len;
            if (c == 's') {
                if (n > code->repeat) {
                    n = code->repeat;
                }
                memcpy(res, bi.buf, n);
            } else {
                if (code->repeat == 0) {
                    continue;
                }
                if (n > code->repeat - 1) {
                    n = code->repeat - 1;
                }
                memcpy(res + 1, bi.buf, n);
                res[0] = (byte)(n > 255 ? 255 : n);
            }
            continue;
        }
        for (size_t j = 0; j < code->repeat; j++, res += code->size) {
            mp_obj_t v = args[i++];
            switch (c) {
                case '?':
                    *res = mp_obj_is_true(v) ? 1 : 0;
                    break;
                case 'c': {
                    if ((mp_obj_is_type(v, &mp_type_bytes) || mp_obj_is_type(v, &mp_type_bytearray))) {
                        mp_buffer_info_t bi;
                        mp_get_buffer_raise(v, &bi, MP_BUFFER_READ);
                        if (bi.len == 1) {
                            *res = ((byte *)bi.buf)[0];
                            break;
                        }
                    }
                    struct_raise("char format requires a bytes object of length 1");
                }
                case 'e': case 'f': case 'd':
                    pack_float(c, self->native, res, v, self->little);
                    break;
                default:
                    pack_int(c, code->size, self->native, res, v, self->little);
                    break;
            }
        }
    }
}

static mp_obj_t struct_unpack_internal(mp_obj_struct_t *self, const byte *buf) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(self->len, NULL));
    size_t i = 0;
    for (size_t k = 0; k < self->ncodes; k++) {
        const struct_code_t *code = &self->codes[k];
        const byte *p = buf + code->offset;
        char c = code->code;
        if (c == 's') {
            t->items[i++] = mp_obj_new_bytes(p, code->repeat);
            continue;
        }
        if (c == 'p') {
            size_t n = code->repeat ? p[0] : 0;
            if (code->repeat && n >= code->repeat) {
                n = code->repeat - 1;
            }
            t->items[i++] = mp_obj_new_bytes(p + 1, n);
            continue;
        }
        for (size_t j = 0; j < code->repeat; j++, p += code->size) {
            mp_obj_t v;
            switch (c) {
                case '?':
                    v = mp_obj_new_bool(*p != 0);
                    break;
                case 'c':
                    v = mp_obj_new_bytes(p, 1);
                    break;
                case 'e': case 'f': case 'd':
                    v = unpack_float(c, p, self->little);
                    break;
                default:
                    v = unpack_int(c, code->size, p, self->little);
                    break;
            }
            t->items[i++] = v;
        }
    }
    return MP_OBJ_FROM_PTR(t);
}

static mp_obj_struct_t *struct_self(mp_obj_t o) {
    extern const mp_obj_type_t mp_type_struct_Struct;
    return MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(o, MP_OBJ_FROM_PTR(&mp_type_struct_Struct)));
}

static mp_obj_t do_pack(mp_obj_struct_t *self, size_t n_args, const mp_obj_t *args) {
    if (n_args != self->len) {
        struct_raise("pack expected %u items for packing (got %u)", (unsigned)self->len, (unsigned)n_args);
    }
    vstr_t vstr;
    vstr_init_len(&vstr, self->size);
    struct_pack_internal(self, args, (byte *)vstr.buf);
    return mp_obj_new_bytes_from_vstr(&vstr);
}

static mp_int_t get_offset(mp_obj_t o) {
    mp_obj_t v = o;
    if (!mp_obj_is_int(v)) {
        mp_obj_t dest[2];
        mp_load_method_maybe(v, MP_QSTR___index__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"), mp_obj_get_type_str(o));
        }
        v = mp_call_method_n_kw(0, 0, dest);
    }
    return mp_obj_get_int(v);
}

static mp_obj_t do_pack_into(mp_obj_struct_t *self, size_t n_args, const mp_obj_t *args) {
    if (n_args != self->len + 2) {
        if (n_args == 0) {
            struct_raise("pack_into expected buffer argument");
        } else if (n_args == 1) {
            struct_raise("pack_into expected offset argument");
        }
        struct_raise("pack_into expected %u items for packing (got %u)", (unsigned)self->len, (unsigned)(n_args - 2));
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[0], &bi, MP_BUFFER_WRITE);
    mp_int_t offset = get_offset(args[1]);
    mp_int_t size = self->size, len = bi.len;
    if (offset < 0) {
        if (offset + size > 0) {
            struct_raise("no space to pack %d bytes at offset %d", (int)size, (int)offset);
        }
        if (offset + len < 0) {
            struct_raise("offset %d out of range for %d-byte buffer", (int)offset, (int)len);
        }
        offset += len;
    }
    if (len - offset < size) {
        struct_raise("pack_into requires a buffer of at least %u bytes for packing %d bytes at offset %d (actual buffer size is %d)",
            (unsigned)(size + offset), (int)size, (int)offset, (int)len);
    }
    // pack into a temporary first: a failing item leaves the buffer as it was
    byte *tmp = m_new(byte, size ? size : 1);
    struct_pack_internal(self, args + 2, tmp);
    memcpy((byte *)bi.buf + offset, tmp, size);
    m_del(byte, tmp, size ? size : 1);
    return mp_const_none;
}

static mp_obj_t do_unpack(mp_obj_struct_t *self, mp_obj_t buffer) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buffer, &bi, MP_BUFFER_READ);
    if (bi.len != self->size) {
        struct_raise("unpack requires a buffer of %u bytes", (unsigned)self->size);
    }
    return struct_unpack_internal(self, bi.buf);
}

static mp_obj_t do_unpack_from(mp_obj_struct_t *self, mp_obj_t buffer, mp_obj_t offset_in) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buffer, &bi, MP_BUFFER_READ);
    mp_int_t offset = offset_in == MP_OBJ_NULL ? 0 : get_offset(offset_in);
    mp_int_t size = self->size, len = bi.len;
    if (offset < 0) {
        if (offset + size > 0) {
            struct_raise("not enough data to unpack %d bytes at offset %d", (int)size, (int)offset);
        }
        if (offset + len < 0) {
            struct_raise("offset %d out of range for %d-byte buffer", (int)offset, (int)len);
        }
        offset += len;
    }
    if (len - offset < size) {
        struct_raise("unpack_from requires a buffer of at least %u bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
            (unsigned)(size + offset), (int)size, (int)offset, (int)len);
    }
    return struct_unpack_internal(self, (const byte *)bi.buf + offset);
}

// iter_unpack's iterator
typedef struct {
    mp_obj_base_t base;
    mp_fun_1_t iternext;
    mp_obj_struct_t *st;
    mp_obj_t buffer;
    size_t index;
} mp_obj_unpack_iter_t;

static mp_obj_t unpack_iter_next(mp_obj_t self_in) {
    mp_obj_unpack_iter_t *it = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(it->buffer, &bi, MP_BUFFER_READ);
    if (it->index + it->st->size > bi.len) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t r = struct_unpack_internal(it->st, (const byte *)bi.buf + it->index);
    it->index += it->st->size;
    return r;
}

static mp_obj_t do_iter_unpack(mp_obj_struct_t *self, mp_obj_t buffer) {
    if (self->size == 0) {
        struct_raise("cannot iteratively unpack with a struct of length 0");
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(buffer, &bi, MP_BUFFER_READ);
    if (bi.len % self->size != 0) {
        struct_raise("iterative unpacking requires a buffer of a multiple of %u bytes", (unsigned)self->size);
    }
    mp_obj_unpack_iter_t *it = mp_obj_malloc(mp_obj_unpack_iter_t, &mp_type_polymorph_iter);
    it->iternext = unpack_iter_next;
    it->st = self;
    it->buffer = buffer;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---- the Struct type

static mp_obj_t struct_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    mp_obj_struct_t *self = struct_new(args[0]);
    if (type != self->base.type) {
        // a subclass: MicroPython builds its instance around the native object
        self->base.type = type;
    }
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t struct_m_pack(size_t n_args, const mp_obj_t *args) {
    return do_pack(struct_self(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_m_pack_obj, 1, struct_m_pack);

static mp_obj_t struct_m_pack_into(size_t n_args, const mp_obj_t *args) {
    return do_pack_into(struct_self(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(struct_m_pack_into_obj, 1, struct_m_pack_into);

static mp_obj_t struct_m_unpack(mp_obj_t self, mp_obj_t buffer) {
    return do_unpack(struct_self(self), buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_m_unpack_obj, struct_m_unpack);

static mp_obj_t struct_m_unpack_from(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_buffer, ARG_offset };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_offset, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(0)} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 2, allowed, a);
    return do_unpack_from(struct_self(pos[0]), a[ARG_buffer].u_obj, a[ARG_offset].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(struct_m_unpack_from_obj, 1, struct_m_unpack_from);

static mp_obj_t struct_m_iter_unpack(mp_obj_t self, mp_obj_t buffer) {
    return do_iter_unpack(struct_self(self), buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(struct_m_iter_unpack_obj, struct_m_iter_unpack);

static void struct_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_struct_t *self = struct_self(self_in);
        if (attr == MP_QSTR_format) {
            dest[0] = self->format;
            return;
        }
        if (attr == MP_QSTR_size) {
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->size);
            return;
        }
    }
    dest[1] = MP_OBJ_SENTINEL; // continue in locals_dict
}

static const mp_rom_map_elem_t struct_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR__struct) },
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&struct_m_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&struct_m_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&struct_m_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&struct_m_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&struct_m_iter_unpack_obj) },
};
static MP_DEFINE_CONST_DICT(struct_locals_dict, struct_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_struct_Struct,
    MP_QSTR_Struct,
    MP_TYPE_FLAG_NONE,
    make_new, struct_make_new,
    attr, struct_attr,
    locals_dict, &struct_locals_dict
    );

// ---- module functions (a Struct per call; parsing is cheap)

static mp_obj_struct_t *fmt_struct(mp_obj_t fmt) {
    if (mp_obj_is_type(fmt, &mp_type_struct_Struct)) {
        return MP_OBJ_TO_PTR(fmt);
    }
    return struct_new(fmt);
}

static mp_obj_t mod_pack(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("missing format argument"));
    }
    return do_pack(fmt_struct(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_pack_obj, 0, mod_pack);

static mp_obj_t mod_pack_into(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("missing format argument"));
    }
    return do_pack_into(fmt_struct(args[0]), n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(mod_pack_into_obj, 0, mod_pack_into);

static mp_obj_t mod_unpack(mp_obj_t fmt, mp_obj_t buffer) {
    return do_unpack(fmt_struct(fmt), buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_unpack_obj, mod_unpack);

static mp_obj_t mod_unpack_from(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_format, ARG_buffer, ARG_offset };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_buffer, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_offset, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(0)} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, pos, kw, 3, allowed, a);
    return do_unpack_from(fmt_struct(a[ARG_format].u_obj), a[ARG_buffer].u_obj, a[ARG_offset].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mod_unpack_from_obj, 2, mod_unpack_from);

static mp_obj_t mod_iter_unpack(mp_obj_t fmt, mp_obj_t buffer) {
    return do_iter_unpack(fmt_struct(fmt), buffer);
}
static MP_DEFINE_CONST_FUN_OBJ_2(mod_iter_unpack_obj, mod_iter_unpack);

static mp_obj_t mod_calcsize(mp_obj_t fmt) {
    return MP_OBJ_NEW_SMALL_INT(fmt_struct(fmt)->size);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mod_calcsize_obj, mod_calcsize);

static mp_obj_t mod_clearcache(void) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(mod_clearcache_obj, mod_clearcache);

static const mp_rom_map_elem_t mp_module__struct_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__struct) },
    { MP_ROM_QSTR(MP_QSTR___doc__), MP_ROM_QSTR(MP_QSTR__struct) },
    { MP_ROM_QSTR(MP_QSTR_error), MP_ROM_PTR(&mp_type_struct_error) },
    { MP_ROM_QSTR(MP_QSTR_Struct), MP_ROM_PTR(&mp_type_struct_Struct) },
    { MP_ROM_QSTR(MP_QSTR_pack), MP_ROM_PTR(&mod_pack_obj) },
    { MP_ROM_QSTR(MP_QSTR_pack_into), MP_ROM_PTR(&mod_pack_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack), MP_ROM_PTR(&mod_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_unpack_from), MP_ROM_PTR(&mod_unpack_from_obj) },
    { MP_ROM_QSTR(MP_QSTR_iter_unpack), MP_ROM_PTR(&mod_iter_unpack_obj) },
    { MP_ROM_QSTR(MP_QSTR_calcsize), MP_ROM_PTR(&mod_calcsize_obj) },
    { MP_ROM_QSTR(MP_QSTR__clearcache), MP_ROM_PTR(&mod_clearcache_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module__struct_globals, mp_module__struct_globals_table);

const mp_obj_module_t mp_module__struct = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module__struct_globals,
};

MP_REGISTER_MODULE(MP_QSTR__struct, mp_module__struct);
