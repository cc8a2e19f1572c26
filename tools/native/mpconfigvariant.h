// Native reference build: MicroPython's unix port with the guest's feature set.
// It is the reference for `make conformance` and the speed baseline for benchmarks, so it
// mirrors guest/mpconfigport.h setting for setting. Keep the two in step: a feature
// turned on or off there is turned on or off here, in the same order. Where the unix port
// has to differ, the line says why.
#include <stdlib.h> // malloc and free for MICROPY_GC_SPLIT_HEAP_AUTO

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Core runtime (as the guest).
#define MICROPY_ENABLE_GC               (1)
#define MICROPY_ENABLE_PYSTACK          (0)
#define MICROPY_GC_SPLIT_HEAP           (1)
#define MICROPY_GC_SPLIT_HEAP_AUTO      (1) // gc_get_max_new_split() is in gc_split.c
#define MICROPY_GC_SPLIT_HEAP_FREE_EMPTY (0) // wasm memory never shrinks: an emptied area stays
                                             // heap (patch 0153), else a later spike cannot grow
#define MICROPY_STACK_CHECK             (1)
// The unix port's default C stack limit (80 KB) stops recursion at about 160 Python
// frames; the guest goes far deeper (guest/patches/0004).
#define MICROPY_UNIX_STACK_LIMIT        (4 * 1024 * 1024)
#define MICROPY_LONGINT_IMPL            (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL              (MICROPY_FLOAT_IMPL_DOUBLE)
// MICROPY_USE_INTERNAL_ERRNO: the guest uses MicroPython's table (Linux numbers); the unix
// port needs the C library's errno for its system calls (same numbers on Linux).
#define MICROPY_USE_INTERNAL_PRINTF     (0)
// The errno module's names: the guest's list (guest/mpconfigport.h), from the C library.
#define MP_ENAMETOOLONG                 ENAMETOOLONG
#define MP_ENOSYS                       ENOSYS
#define MP_ENOTEMPTY                    ENOTEMPTY
#define MP_ELOOP                        ELOOP
#define MP_EDQUOT                       EDQUOT
#define MICROPY_PY_ERRNO_LIST \
    X(EPERM) X(ENOENT) X(EIO) X(EBADF) X(EAGAIN) X(ENOMEM) X(EACCES) X(EEXIST) X(ENODEV) \
    X(EISDIR) X(EINVAL) X(EOPNOTSUPP) X(EADDRINUSE) X(ECONNABORTED) X(ECONNRESET) \
    X(ENOBUFS) X(ENOTCONN) X(ETIMEDOUT) X(ECONNREFUSED) X(EHOSTUNREACH) X(EALREADY) \
    X(EINPROGRESS) X(ENOTDIR) X(ENOTEMPTY) X(EROFS) X(ENOSPC) X(EDQUOT) X(EMFILE) \
    X(ELOOP) X(ENAMETOOLONG) X(EXDEV) X(EBUSY) X(ESPIPE) X(ENOSYS)
#define MICROPY_ENABLE_COMPILER         (1)
#define MICROPY_ENABLE_DOC_STRING       (1)
#define MICROPY_ERROR_REPORTING         (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_WARNINGS                (1)
#define MICROPY_KBD_EXCEPTION           (1)
#define MICROPY_PY_BUILTINS_HELP        (1)
#define MICROPY_PY_BUILTINS_HELP_MODULES (1)
#define MICROPY_PY_SYS_STDFILES         (1)
#define MICROPY_PY_SYS_EXIT             (1)
#define MICROPY_DEBUG_PRINTERS          (1) // unix port only, see below
// Differences in the core, all invisible to the feature set:
// - MICROPY_NLR_SETJMP: the guest needs it (wasm has no register access); natively the
//   unix port's default (x86-64 assembly NLR) is faster and behaves the same.
// - sys.platform stays "linux" (the unix port's own): run-tests.py and feature checks
//   identify the reference as the unix port by it.
// - MICROPY_ERROR_PRINTER, MICROPY_ALLOC_PATH_MAX, EPOCH_IS_1970: set by the unix port.
// - MICROPY_DEBUG_PRINTERS is on: the unix main.c needs it for -v (mp_verbose_flag); it
//   adds no Python-visible behaviour.
// - Computed goto stays off (MICROPY_OPT_COMPUTED_GOTO default 0) as in the guest, so
//   the speed baseline runs the same bytecode loop.

// Standard modules, and the modules removed for security, exactly as the guest (the same
// header), so the same tests run and skip.
#include "../../guest/mpconfig_features.h"
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC (mp_random_seed_init()) // the unix port's getrandom()
// The guest's own port part of `time` (UTC localtime), found through -I$(VARIANT_DIR).
#define MICROPY_PY_TIME_INCLUDEFILE     "../../guest/modtime_port.c"

// Files: the unix port's VFS (see below) with the guest's os module functions.
#define MICROPY_PY_OS                   (1)
#define MICROPY_PY_OS_INCLUDEFILE       "modos_native.inc" // os.urandom, as guest/modos_port.c
#define MICROPY_PY_OS_URANDOM           (1)
#define MICROPY_PY_OS_UNAME             (1)
#define MICROPY_PY_OS_STATVFS           (0)
#define MICROPY_PY_OS_GETENV_PUTENV_UNSETENV (0)
#define MICROPY_PY_OS_SYSTEM            (0)
#define MICROPY_PY_OS_ERRNO             (0)
#define MICROPY_HW_BOARD_NAME           "native" // os.uname().machine (the guest: mpsandbox)
#define MICROPY_HW_MCU_NAME             "unix"

// The unix port's makefile also needs MICROPY_PY_THREAD = 0 and MICROPY_PY_SOCKET = 0
// (mpconfigvariant.mk) for the modules removed above.
// MICROPY_VFS stays on: the unix port forces it (mpconfigport.h) to read the program and
// to import modules from files, and mounts the host's root. The `vfs` module (mount,
// VfsPosix) is off here; the guest has it since its filesystem arrived (not mirrored yet,
// so the extmod/vfs_* tests still skip natively).
#define MICROPY_PY_VFS                  (0)

// The guest has no native code emitter (there is no JIT in wasm); the unix port would turn
// on the x86-64 one.
#define MICROPY_EMIT_X64                (0)
#define MICROPY_EMIT_X86                (0)
#define MICROPY_EMIT_THUMB              (0)
#define MICROPY_EMIT_ARM                (0)
