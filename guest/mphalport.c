// HAL of the mpsandbox guest. Everything here reaches the host through WASI preview1
// imports, which the host grants or refuses according to the session's Policy.
#include <wasi/api.h>

#include "py/mphal.h"
#include "py/runtime.h"
#include "mpsandbox_port.h"

// Writes all of buf to a WASI fd; returns the bytes written (short on host refusal).
size_t mpsbx_fd_write(int fd, const char *buf, size_t len) {
    size_t done = 0;
    while (done < len) {
        __wasi_ciovec_t iov = { .buf = (const uint8_t *)buf + done, .buf_len = len - done };
        __wasi_size_t n = 0;
        if (__wasi_fd_write(fd, &iov, 1, &n) != 0 || n == 0) {
            break;
        }
        done += n;
    }
    return done;
}

// Reads up to len bytes; returns 0 at end of input or on refusal.
size_t mpsbx_fd_read(int fd, char *buf, size_t len) {
    __wasi_iovec_t iov = { .buf = (uint8_t *)buf, .buf_len = len };
    __wasi_size_t n = 0;
    if (__wasi_fd_read(fd, &iov, 1, &n) != 0) {
        return 0;
    }
    return n;
}

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    mpsbx_fd_write(2, str, len);
}

const mp_print_t mpsbx_stderr_print = {NULL, stderr_print_strn};

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    return mpsbx_fd_write(1, str, len);
}

int mp_hal_stdin_rx_chr(void) {
    char c;
    return mpsbx_fd_read(0, &c, 1) == 1 ? (unsigned char)c : -1;
}

static uint64_t clock_ns(__wasi_clockid_t id) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(id, 1000, &t) != 0) {
        return 0;
    }
    return t;
}

uint64_t mp_hal_time_ns(void) {
    return clock_ns(__WASI_CLOCKID_REALTIME);
}

mp_uint_t mp_hal_ticks_ms(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC) / 1000000;
}

mp_uint_t mp_hal_ticks_us(void) {
    return clock_ns(__WASI_CLOCKID_MONOTONIC) / 1000;
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return 0;
}

// Sleeping is a host decision: one relative clock subscription through poll_oneoff.
static void sleep_ns(uint64_t ns) {
    __wasi_subscription_t sub = {
        .userdata = 0,
        .u = {
            .tag = __WASI_EVENTTYPE_CLOCK,
            .u.clock = { .id = __WASI_CLOCKID_MONOTONIC, .timeout = ns, .precision = 0, .flags = 0 },
        },
    };
    __wasi_event_t ev;
    __wasi_size_t n;
    (void)__wasi_poll_oneoff(&sub, &ev, 1, &n); // an early wake-up is harmless
    mp_handle_pending(true);
}

void mp_hal_delay_ms(mp_uint_t ms) {
    sleep_ns((uint64_t)ms * 1000000);
}

void mp_hal_delay_us(mp_uint_t us) {
    sleep_ns((uint64_t)us * 1000);
}

uint32_t mpsbx_random_seed(void) {
    uint32_t seed = 0;
    if (__wasi_random_get((uint8_t *)&seed, sizeof(seed)) != 0) {
        seed = 0; // randomness refused by policy: a fixed, documented seed
    }
    return seed;
}

// No newline translation: guest output reaches the host byte-exact.
void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    mpsbx_fd_write(1, str, len);
}

// help() without an argument (MICROPY_PY_BUILTINS_HELP_TEXT).
const char mpsbx_help_text[] =
    "Welcome to mpsandbox: Python run by MicroPython in a WebAssembly sandbox.\n"
    "\n"
    "At the mpsandbox prompt:\n"
    "  Tab           -- complete a name or an attribute\n"
    "  Up, Ctrl-P    -- earlier lines (kept between runs)\n"
    "  Ctrl-C        -- interrupt a running program; at the prompt, drop the line\n"
    "  Ctrl-D        -- on a blank line, leave (as exit() does)\n"
    "\n"
    "For help on an object, type help(obj); help('modules') lists the modules.\n";

