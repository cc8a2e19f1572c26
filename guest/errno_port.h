// Force-included into extmod/vfs_posix*.c (guest/Makefile): their `errno` reads give
// MicroPython's own numbers (Linux's, as CPython has them) instead of wasi-libc's, so
// OSError(2) means ENOENT in the guest as it does in CPython. Those files only read errno.
#include <errno.h>

int mpsbx_errno_internal(void);

#undef errno
#define errno (mpsbx_errno_internal())
