// Port part of the time module, included by extmod/modtime.c.
// The sandbox has no time zone: localtime() is UTC.
#include "py/obj.h"
#include "py/mphal.h"
#include "shared/timeutils/timeutils.h"

static mp_obj_t mp_time_time_get(void) {
    uint64_t ns = mp_hal_time_ns();
    return mp_obj_new_float((mp_float_t)ns / 1e9);
}

static mp_obj_t mp_time_localtime_get(void) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000u, &tm);
    mp_obj_t tuple[8] = {
        mp_obj_new_int(tm.tm_year), mp_obj_new_int(tm.tm_mon), mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour), mp_obj_new_int(tm.tm_min), mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday), mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, tuple);
}

// time.monotonic_ns() for guest/lib/time.py (monotonic, perf_counter, process_time): the
// monotonic clock in nanoseconds (MicroPython's ticks_us wraps around).
#if defined(__wasi__)
#include <wasi/api.h>
static uint64_t mpsbx_monotonic_ns(void) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t) != 0) {
        return 0;
    }
    return t;
}
#else
#include <time.h>
static uint64_t mpsbx_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
#endif

static mp_obj_t mp_time_monotonic_ns(void) {
    return mp_obj_new_int_from_ull(mpsbx_monotonic_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_time_monotonic_ns_obj, mp_time_monotonic_ns);
