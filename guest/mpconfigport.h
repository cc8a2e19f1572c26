// mpsandbox guest: MicroPython configuration for a wasm32-wasi reactor module.
// Start from the EXTRA_FEATURES ROM level, then adjust. Every removal states the reason.
#include <stdint.h>
#include <alloca.h>
#include <stdlib.h> // malloc and free for MICROPY_GC_SPLIT_HEAP_AUTO

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Core runtime.
#define MICROPY_NLR_SETJMP              (1) // wasm has no register access; sjlj via wasm EH
#define MICROPY_ENABLE_GC               (1)
#define MICROPY_ENABLE_PYSTACK          (0) // frames live on the C (shadow) stack
#define MICROPY_GC_SPLIT_HEAP           (1) // the heap grows in areas...
#define MICROPY_GC_SPLIT_HEAP_AUTO      (1) // ...after a collection fails, up to the memory limit
#define MICROPY_GC_SPLIT_HEAP_FREE_EMPTY (0) // wasm memory never shrinks: an emptied area stays
                                             // heap (patch 0153), else a later spike cannot grow
// 32-byte GC blocks, as on 64-bit ports (the default is 4 words: 16 bytes on wasm32). With
// 16, a 24-byte object such as a complex number takes two blocks, and gc_alloc searches
// for a multi-block run from the last single-block allocation onwards, past every
// one-block hole: bm_fft spent 65% of its time in that scan.
#define MICROPY_BYTES_PER_GC_BLOCK      (32)
// The collector is not metered by the pass (its work depends on conservative roots); it
// is charged by heap size per collection (guest/main.c), and its loops ask the host
// whether the deadline passed or an interrupt came when their index (blocks swept, ATB
// bytes searched, objects marked: patch 0180) reaches a multiple of MPSBX_GC_POLL_STEPS.
// The loop's own index keeps the test in a register: a counter in memory slowed marking.
#define MPSBX_GC_POLL_STEPS             (4096)
void mpsbx_gc_poll(void);
#define MICROPY_GC_HOOK_LOOP(i) do { \
        if (__builtin_expect(((i) & (MPSBX_GC_POLL_STEPS - 1)) == 0, 0)) { \
            mpsbx_gc_poll(); \
        } \
} while (0)
// Allocations of MPSBX_ALLOC_CHARGE_MIN bytes or more pay for the copying and block
// counting the unmetered allocator does for them, one unit per 32-byte block, whether
// they succeed or not (patch 0180 calls the hook in gc_alloc and gc_realloc); one that
// succeeds also pays for its zeroing as memset does elsewhere, one unit per
// MPSBX_ZERO_BYTES_PER_UNIT bytes (patch 0296). Charged one unit per block for all of it,
// a loop of 16 MiB allocations ran at a third of bytecode's fuel rate.
#define MPSBX_ALLOC_CHARGE_MIN          (4096)
#define MPSBX_ZERO_BYTES_PER_UNIT       (2)
void mpsbx_charge_alloc(size_t n_bytes);
#define MICROPY_GC_HOOK_ALLOC(n_bytes) do { \
        if ((n_bytes) >= MPSBX_ALLOC_CHARGE_MIN) { \
            mpsbx_charge_alloc(n_bytes); \
        } \
} while (0)
void mpsbx_charge_zeroed(size_t n_bytes);
#define MICROPY_GC_HOOK_ZEROED(n_bytes) mpsbx_charge_zeroed(n_bytes)
// Long tokens pay for the lexer's per-character work (guest/main.c).
#define MPSBX_LEXER_CHARGE_MIN          (256)
#define MPSBX_LEXER_UNITS               (48)
void mpsbx_charge_token(size_t len);
#define MICROPY_LEXER_HOOK_TOKEN(len) do { \
        if ((len) >= MPSBX_LEXER_CHARGE_MIN) { \
            mpsbx_charge_token(len); \
        } \
} while (0)
// Decompressed output pays for uzlib's per-byte work (guest/main.c).
#define MPSBX_DEFLATE_UNITS             (40)
void mpsbx_charge_inflated(size_t n_bytes);
#define MICROPY_DEFLATE_HOOK_OUTPUT(n_bytes) mpsbx_charge_inflated(n_bytes)
#define MICROPY_STACK_CHECK             (1) // deep Python recursion -> RecursionError
#define MICROPY_STACK_CHECK_MARGIN      (16 * 1024)
// Room for one more generator resume on the shadow and the host stack (guest/yield_from.py,
// guest/cstack_port.c).
#define MPSBX_CSTACK_HAS_ROOM(margin) mpsbx_cstack_has_room(margin)
_Bool mpsbx_cstack_has_room(size_t margin);
#define MICROPY_LONGINT_IMPL            (MICROPY_LONGINT_IMPL_MPZ) // big ints
#define MICROPY_FLOAT_IMPL              (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_USE_INTERNAL_ERRNO      (1) // Linux/CPython numbers; the VFS's are mapped (errno_port.h)
#define MICROPY_USE_INTERNAL_PRINTF     (0) // wasi-libc printf; core output uses mp_printf
#define MICROPY_ENABLE_COMPILER         (1)
#define MICROPY_ENABLE_DOC_STRING       (1)
#define MICROPY_ERROR_REPORTING         (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_WARNINGS                (1)
#define MICROPY_ERROR_PRINTER           (&mpsbx_stderr_print)
#define MICROPY_ALLOC_PATH_MAX          (256)
#define MICROPY_PY_SYS_PLATFORM         "mpsandbox"
#define MICROPY_HW_BOARD_NAME           "mpsandbox"
#define MICROPY_HW_MCU_NAME             "wasm32"
#define MICROPY_EPOCH_IS_1970           (1)
#define MICROPY_KBD_EXCEPTION           (1) // interrupts surface as KeyboardInterrupt
#define MICROPY_PY_BUILTINS_HELP        (1)
#define MICROPY_PY_BUILTINS_HELP_MODULES (1)
// help() names the keys of mpsandbox's prompt (tools/cli/repl.cc), not the raw and paste
// modes of MicroPython's own REPL, which this port does not have.
#define MICROPY_PY_BUILTINS_HELP_TEXT mpsbx_help_text
#define MICROPY_PY_SYS_STDFILES         (1) // sys.stdout/stderr/stdin as streams
#define MICROPY_PY_SYS_EXIT             (1)

// Standard modules users expect, and those removed for security: shared with the native
// reference build.
#include "mpconfig_features.h"
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC (mpsbx_random_seed())
#define MICROPY_PY_TIME_INCLUDEFILE     "modtime_port.c"

// Files: MicroPython's POSIX VFS over wasi-libc, mounted at "/". The host's WASI layer
// decides what exists beneath it (src/wasi/filesystem.cc); by default nothing does.
#define MICROPY_VFS                     (1)
#define MICROPY_VFS_POSIX               (1)
#define MICROPY_VFS_WRITABLE            (1)
#define MICROPY_READER_VFS              (1) // import of .py files through sys.path
#define MICROPY_ENABLE_FINALISER        (1) // unreachable files get closed by the GC
#define MICROPY_PY_OS                   (1)
// errno values for what the filesystem reports, beyond MicroPython's internal list (Linux's).
#define MP_ENAMETOOLONG                 (36)
#define MP_ENOSYS                       (38)
#define MP_ENOTEMPTY                    (39)
#define MP_ELOOP                        (40)
#define MP_EDQUOT                       (122)
#define MICROPY_PY_ERRNO_LIST \
    X(EPERM) X(ENOENT) X(EIO) X(EBADF) X(EAGAIN) X(ENOMEM) X(EACCES) X(EEXIST) X(ENODEV) \
    X(EISDIR) X(EINVAL) X(EOPNOTSUPP) X(EADDRINUSE) X(ECONNABORTED) X(ECONNRESET) \
    X(ENOBUFS) X(ENOTCONN) X(ETIMEDOUT) X(ECONNREFUSED) X(EHOSTUNREACH) X(EALREADY) \
    X(EINPROGRESS) X(ENOTDIR) X(ENOTEMPTY) X(EROFS) X(ENOSPC) X(EDQUOT) X(EMFILE) \
    X(ELOOP) X(ENAMETOOLONG) X(EXDEV) X(EBUSY) X(ESPIPE) X(ENOSYS)
#define MICROPY_PY_OS_INCLUDEFILE       "modos_port.c"
#define MICROPY_PY_OS_URANDOM           (1)
#define MICROPY_PY_OS_UNAME             (1)
#define MICROPY_PY_OS_STATVFS           (0) // no filesystem statistics to report
#define MICROPY_PY_OS_GETENV_PUTENV_UNSETENV (0) // no environment
#define MICROPY_PY_OS_SYSTEM            (0) // no processes

#define MICROPY_EVENT_POLL_HOOK

// Type definitions for wasm32 (ILP32).
#define MP_SSIZE_MAX (0x7fffffff)
#define UINT_FMT "%u"
#define INT_FMT "%d"
typedef int mp_int_t;       // must be pointer size
typedef unsigned mp_uint_t; // must be pointer size
typedef long mp_off_t;

#define MP_STATE_PORT MP_STATE_VM

extern const struct _mp_print_t mpsbx_stderr_print;
uint32_t mpsbx_random_seed(void);
