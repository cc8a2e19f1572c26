// The Python-visible feature set shared by the guest (guest/mpconfigport.h) and the native
// reference build (tools/native/mpconfigvariant.h): the modules users get, and the ones
// removed for security. One list, so conformance and speed comparisons are like for like.
// Port-specific hooks (random seed, time's port file) stay in each config.

// Standard modules users expect.
#define MICROPY_PY_CMATH                (1)
#define MICROPY_PY_MATH_SPECIAL_FUNCTIONS (1)
#define MICROPY_PY_MATH_FACTORIAL       (1)
#define MICROPY_PY_MATH_ISCLOSE         (1)
// `re` is CPython's package (guest/stdlib) over our _sre (guest/sre), not MicroPython's.
#define MICROPY_PY_RE                   (0)
#define MICROPY_PY_STRUCT               (1)
#define MICROPY_PY_BINASCII             (1)
#define MICROPY_PY_COLLECTIONS          (1)
#define MICROPY_PY_COLLECTIONS_DEQUE    (1)
#define MICROPY_PY_COLLECTIONS_ORDEREDDICT (1)
#define MICROPY_PY_HEAPQ                (1)
#define MICROPY_PY_RANDOM               (1)
#define MICROPY_PY_RANDOM_EXTRA_FUNCS   (1)
#define MICROPY_PY_IO                   (1)
#define MICROPY_PY_TIME                 (1)
#define MICROPY_PY_TIME_TIME_TIME_NS    (1)
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
// utime.monotonic_ns (guest/modtime_port.c) for guest/lib/time.py
#define MICROPY_PY_TIME_EXTRA_GLOBALS   { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&mp_time_monotonic_ns_obj) },
#define MICROPY_PY_HASHLIB              (1)
#define MICROPY_PY_HASHLIB_SHA256       (1)
#define MICROPY_PY_HASHLIB_SHA1         (1)
#define MICROPY_PY_HASHLIB_MD5          (1)
// modhashlib.c takes SHA-1 and MD5 from axTLS or mbedTLS, both absent from the +ds source:
// this selects its axTLS names, which guest/digest implements. No TLS is built.
#define MICROPY_SSL_AXTLS               (1)
#define MICROPY_PY_DEFLATE              (1)
#define MICROPY_PY_DEFLATE_COMPRESS     (1)
#define MICROPY_PY_ERRNO                (1)
#define MICROPY_PY_ARRAY                (1)
// memoryview.itemsize, format, ndim, shape, nbytes, readonly, tolist() (guest/patches/0145)
#define MICROPY_PY_BUILTINS_MEMORYVIEW_ITEMSIZE (1)
// range == range compares the sequences, as CPython (without it: identity, a silent False)
#define MICROPY_PY_BUILTINS_RANGE_BINOP (1)
// sys.exc_info() and CPython's exception chaining (__context__), patch 0051.
#define MICROPY_PY_SYS_EXC_INFO         (1)
#define MICROPY_PY_UNICODEDATA          (1) // guest/patches/0043, tables from unicode-data

// Replaced: json is CPython's package (guest/stdlib) over our _json (guest/mod_json.c).
#define MICROPY_PY_JSON                 (0)

// Removed for security: each reaches raw memory or the host outside the Policy.
#define MICROPY_PY_UCTYPES              (0) // arbitrary memory reads/writes by address
#define MICROPY_PY_MACHINE              (0) // machine.mem8/16/32 raw memory access
#define MICROPY_PY_THREAD               (0) // no threads inside a session
#define MICROPY_PY_SELECT               (0) // host fd polling
#define MICROPY_PY_SOCKET               (0) // network
#define MICROPY_PY_NETWORK              (0) // network
#define MICROPY_PY_ASYNCIO              (0) // needs select and a host event loop
#define MICROPY_PY_FRAMEBUF             (0) // display helper, no use here
#define MICROPY_PERSISTENT_CODE_LOAD    (0) // no loading of .mpy machine-level code

// Removed for reliability: MicroPython internals that can wedge a session (issue 15).
// A locked heap makes every later allocation, the next exec's compilation included,
// raise MemoryError; CPython has no such switch.
#define MICROPY_PY_MICROPYTHON_HEAP_LOCK (0)
#define MICROPY_PY_MICROPYTHON_HEAP_LOCKED (0)
