// wasi-libc's errno values as MicroPython's internal (Linux-numbered) ones; see errno_port.h.
#include <errno.h>

#include "py/mperrno.h"

int mpsbx_errno_internal(void) {
    switch (errno) {
        case 0: return 0;
        case EPERM: return MP_EPERM;
        case ENOENT: return MP_ENOENT;
        case EINTR: return MP_EINTR;
        case EIO: return MP_EIO;
        case ENXIO: return MP_ENXIO;
        case E2BIG: return MP_E2BIG;
        case EBADF: return MP_EBADF;
        case EAGAIN: return MP_EAGAIN;
        case ENOMEM: return MP_ENOMEM;
        case EACCES: return MP_EACCES;
        case EFAULT: return MP_EFAULT;
        case EBUSY: return MP_EBUSY;
        case EEXIST: return MP_EEXIST;
        case EXDEV: return MP_EXDEV;
        case ENODEV: return MP_ENODEV;
        case ENOTDIR: return MP_ENOTDIR;
        case EISDIR: return MP_EISDIR;
        case EINVAL: return MP_EINVAL;
        case ENFILE: return MP_ENFILE;
        case EMFILE: return MP_EMFILE;
        case ENOTTY: return MP_ENOTTY;
        case EFBIG: return MP_EFBIG;
        case ENOSPC: return MP_ENOSPC;
        case ESPIPE: return MP_ESPIPE;
        case EROFS: return MP_EROFS;
        case EMLINK: return MP_EMLINK;
        case EPIPE: return MP_EPIPE;
        case ERANGE: return MP_ERANGE;
        case ENAMETOOLONG: return MP_ENAMETOOLONG;
        case ENOSYS: return MP_ENOSYS;
        case ENOTEMPTY: return MP_ENOTEMPTY;
        case ELOOP: return MP_ELOOP;
        case EDQUOT: return MP_EDQUOT;
        case ENOTSUP: return MP_EOPNOTSUPP;
        default: return MP_EIO;
    }
}
