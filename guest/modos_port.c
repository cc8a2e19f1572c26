// Port part of the os module (included by extmod/modos.c): os.urandom, from the host's
// randomness (or the seeded stream in deterministic mode) through WASI random_get.
#include <wasi/api.h>

#include "py/mperrno.h"

static mp_obj_t mp_os_urandom(mp_obj_t num) {
    mp_int_t n = mp_obj_get_int(num);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative length"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, n);
    if (__wasi_random_get((uint8_t *)vstr.buf, (size_t)n) != 0) {
        mp_raise_OSError(MP_EIO);
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_os_urandom_obj, mp_os_urandom);
