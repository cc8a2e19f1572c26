// HAL for the mpsandbox guest: output and clocks go through WASI, as granted by the host.
#include "py/obj.h"
#include "shared/runtime/interrupt_char.h"

int mp_hal_stdin_rx_chr(void);
mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len);
void mp_hal_delay_ms(mp_uint_t ms);
void mp_hal_delay_us(mp_uint_t us);
mp_uint_t mp_hal_ticks_ms(void);
mp_uint_t mp_hal_ticks_us(void);
mp_uint_t mp_hal_ticks_cpu(void);
uint64_t mp_hal_time_ns(void);

// Retries a POSIX call interrupted by a signal (extmod/vfs_posix uses it; there errno is
// MicroPython's numbering, errno_port.h). There are no signals in the guest, so in
// practice this runs `syscall` once.
#define MP_HAL_RETRY_SYSCALL(ret, syscall, raise) { \
        for (;;) { \
            ret = syscall; \
            if (ret == -1) { \
                int err = errno; \
                if (err == MP_EINTR) { \
                    mp_handle_pending(true); \
                    continue; \
                } \
                raise; \
            } \
            break; \
        } \
}
