// _random: the Mersenne Twister core of CPython's random module (random.Random's base
// class), so that CPython's own random.py gives the same sequences for the same seeds:
// random(), getrandbits(k), seed(int | None), getstate()/setstate().
// MT19937 as published by Matsumoto and Nishimura (init_genrand, init_by_array,
// genrand_int32); the 53-bit random() and the seeding from an int's 32-bit words follow
// CPython's documented behaviour.
#include <string.h>

#include "py/runtime.h"
#include "py/builtin.h"
#include "py/objint.h"
#include "py/mpz.h"

#if defined(__wasi__)
#include <wasi/api.h>
#else
#include <sys/random.h>
#endif

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

typedef struct _mp_obj_random_t {
    mp_obj_base_t base;
    int index;
    uint32_t state[MT_N];
} mp_obj_random_t;

static mp_obj_random_t *random_get(mp_obj_t self_in) {
    extern const mp_obj_type_t mp_type_random_Random;
    return MP_OBJ_TO_PTR(mp_obj_cast_to_native_base(self_in, MP_OBJ_FROM_PTR(&mp_type_random_Random)));
}

static uint32_t genrand_uint32(mp_obj_random_t *self) {
    static const uint32_t mag01[2] = {0x0U, MT_MATRIX_A};
    uint32_t *mt = self->state;
    uint32_t y;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & MT_UPPER_MASK) | (mt[kk + 1] & MT_LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & MT_UPPER_MASK) | (mt[0] & MT_LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(mp_obj_random_t *self, uint32_t s) {
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    }
    self->index = MT_N;
}

static void init_by_array(mp_obj_random_t *self, const uint32_t *key, size_t key_length) {
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) {
            j = 0;
        }
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; // MSB is 1, assuring a non-zero initial array
}

// Randomness from the host (the sandbox's policy: the seeded stream in deterministic mode).
static void random_bytes(void *buf, size_t n) {
    #if defined(__wasi__)
    if (__wasi_random_get(buf, n) != 0) {
        memset(buf, 0, n);
    }
    #else
    if (getrandom(buf, n, 0) != (ssize_t)n) {
        memset(buf, 0, n);
    }
    #endif
}

// seed(n=None): None seeds from the host's randomness; an int seeds with the 32-bit words
// of its absolute value, least significant first (random.py turns str, bytes and floats
// into ints before calling this).
static mp_obj_t random_seed(size_t n_args, const mp_obj_t *args) {
    mp_obj_random_t *self = random_get(args[0]);
    mp_obj_t arg = n_args > 1 ? args[1] : mp_const_none;
    if (arg == mp_const_none) {
        uint32_t key[MT_N];
        random_bytes(key, sizeof(key));
        init_by_array(self, key, MT_N);
        return mp_const_none;
    }
    if (!mp_obj_is_int(arg)) {
        // CPython seeds from hash() of other objects (random.py passes floats here): the
        // builtin's CPython value, not the interpreter's word-sized hash
        arg = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_hash_obj), arg);
    }
    if (mp_obj_int_sign(arg) < 0) {
        arg = mp_unary_op(MP_UNARY_OP_NEGATIVE, arg);
    }
    // Little-endian 32-bit words of the absolute value, without high zero words (at least
    // one word).
    size_t words = 2; // enough for any small int
    #if MICROPY_LONGINT_IMPL == MICROPY_LONGINT_IMPL_MPZ
    if (!mp_obj_is_small_int(arg)) {
        const mp_obj_int_t *big = MP_OBJ_TO_PTR(arg);
        words = mpz_max_num_bits(&big->mpz) / 32 + 1;
    }
    #endif
    uint32_t *key = m_new0(uint32_t, words);
    if (mp_obj_is_small_int(arg)) {
        uint64_t v = (uint64_t)MP_OBJ_SMALL_INT_VALUE(arg);
        key[0] = (uint32_t)v;
        key[1] = (uint32_t)(v >> 32);
    } else {
        mp_obj_int_to_bytes_impl(arg, false, words * 4, (byte *)key);
        #if MP_ENDIANNESS_BIG
        for (size_t w = 0; w < words; w++) {
            key[w] = __builtin_bswap32(key[w]);
        }
        #endif
    }
    size_t alloc = words;
    while (words > 1 && key[words - 1] == 0) {
        words--;
    }
    init_by_array(self, key, words);
    m_del(uint32_t, key, alloc);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(random_seed_obj, 1, 2, random_seed);

static mp_obj_t random_random(mp_obj_t self_in) {
    mp_obj_random_t *self = random_get(self_in);
    uint32_t a = genrand_uint32(self) >> 5, b = genrand_uint32(self) >> 6;
    return mp_obj_new_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_random_obj, random_random);

static mp_obj_t random_getrandbits(mp_obj_t self_in, mp_obj_t k_in) {
    mp_obj_random_t *self = random_get(self_in);
    mp_int_t k = mp_obj_get_int(k_in);
    if (k < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("number of bits must be non-negative"));
    }
    if (k == 0) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (k <= 32) {
        return mp_obj_new_int_from_uint(genrand_uint32(self) >> (32 - k));
    }
    // 32-bit words from least to most significant; the last keeps its top k bits.
    size_t words = (k - 1) / 32 + 1;
    uint32_t *w = m_new(uint32_t, words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(self);
        if (k < 32) {
            r >>= (32 - k);
        }
        #if MP_ENDIANNESS_BIG
        r = __builtin_bswap32(r);
        #endif
        w[i] = r;
    }
    mp_obj_t result = mp_obj_int_from_bytes_impl(false, words * 4, (const byte *)w);
    m_del(uint32_t, w, words);
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_getrandbits_obj, random_getrandbits);

static mp_obj_t random_getstate(mp_obj_t self_in) {
    mp_obj_random_t *self = random_get(self_in);
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(MT_N + 1, NULL));
    for (int i = 0; i < MT_N; i++) {
        t->items[i] = mp_obj_new_int_from_uint(self->state[i]);
    }
    t->items[MT_N] = MP_OBJ_NEW_SMALL_INT(self->index);
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(random_getstate_obj, random_getstate);

static mp_obj_t random_setstate(mp_obj_t self_in, mp_obj_t state) {
    mp_obj_random_t *self = random_get(self_in);
    if (!mp_obj_is_type(state, &mp_type_tuple)) {
        mp_raise_TypeError(MP_ERROR_TEXT("state vector must be a tuple"));
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(state, &len, &items);
    if (len != MT_N + 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("state vector is the wrong size"));
    }
    uint32_t new_state[MT_N];
    for (int i = 0; i < MT_N; i++) {
        mp_obj_t v = items[i];
        if (!mp_obj_is_int(v) || mp_obj_int_sign(v) < 0
            || mp_binary_op(MP_BINARY_OP_MORE, v, mp_obj_new_int_from_uint(0xffffffffU)) == mp_const_true) {
            mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("Python int too large to convert to C unsigned long"));
        }
        new_state[i] = (uint32_t)mp_obj_int_get_uint_checked(v);
    }
    mp_int_t index = mp_obj_get_int(items[MT_N]);
    if (index < 0 || index > MT_N) {
        mp_raise_ValueError(MP_ERROR_TEXT("invalid state"));
    }
    memcpy(self->state, new_state, sizeof(new_state));
    self->index = index;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(random_setstate_obj, random_setstate);

static mp_obj_t random_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    // Random(x) as a base class: random.py's __init__ seeds; a direct call seeds here.
    mp_arg_check_num(n_args, n_kw, 0, 1, true);
    mp_obj_random_t *o = mp_obj_malloc(mp_obj_random_t, type);
    o->index = MT_N + 1;
    mp_obj_t seed_args[2] = {MP_OBJ_FROM_PTR(o), n_args ? args[0] : mp_const_none};
    random_seed(2, seed_args);
    return MP_OBJ_FROM_PTR(o);
}

static const mp_rom_map_elem_t random_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_getstate_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(random_locals_dict, random_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_random_Random,
    MP_QSTR_Random,
    MP_TYPE_FLAG_NONE,
    make_new, random_make_new,
    locals_dict, &random_locals_dict
    );

static const mp_rom_map_elem_t mp_module__random_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__random) },
    { MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&mp_type_random_Random) },
};
static MP_DEFINE_CONST_DICT(mp_module__random_globals, mp_module__random_globals_table);

const mp_obj_module_t mp_module__random = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module__random_globals,
};

MP_REGISTER_MODULE(MP_QSTR__random, mp_module__random);
