// The WASI preview1 functions, implemented over a WasiState (see wasi_preview1.cc for what
// each grants). One entry per function of the preview1 surface except sock_*: the guest
// gets no network import at all. Arguments are exactly the wasm ones, untrusted.
#pragma once

#include <cstdint>

#include "wasi/wasi_state.h"

// X(name, (parameter list), (argument names)); sched_yield and proc_exit, which do not fit
// the pattern, are declared below.
#define MPSBX_WASI_FUNCTIONS(X)                                                                  \
  X(args_get, (uint32_t argv, uint32_t argv_buf), (argv, argv_buf))                              \
  X(args_sizes_get, (uint32_t argc, uint32_t argv_buf_size), (argc, argv_buf_size))              \
  X(environ_get, (uint32_t environ, uint32_t environ_buf), (environ, environ_buf))               \
  X(environ_sizes_get, (uint32_t count, uint32_t buf_size), (count, buf_size))                   \
  X(clock_res_get, (uint32_t id, uint32_t out), (id, out))                                       \
  X(clock_time_get, (uint32_t id, uint64_t precision, uint32_t out), (id, precision, out))       \
  X(fd_advise, (uint32_t fd, uint64_t offset, uint64_t len, uint32_t advice),                    \
    (fd, offset, len, advice))                                                                   \
  X(fd_allocate, (uint32_t fd, uint64_t offset, uint64_t len), (fd, offset, len))                \
  X(fd_close, (uint32_t fd), (fd))                                                               \
  X(fd_datasync, (uint32_t fd), (fd))                                                            \
  X(fd_fdstat_get, (uint32_t fd, uint32_t out), (fd, out))                                       \
  X(fd_fdstat_set_flags, (uint32_t fd, uint32_t flags), (fd, flags))                             \
  X(fd_fdstat_set_rights, (uint32_t fd, uint64_t base, uint64_t inheriting),                     \
    (fd, base, inheriting))                                                                      \
  X(fd_filestat_get, (uint32_t fd, uint32_t out), (fd, out))                                     \
  X(fd_filestat_set_size, (uint32_t fd, uint64_t size), (fd, size))                              \
  X(fd_filestat_set_times, (uint32_t fd, uint64_t atim, uint64_t mtim, uint32_t flags),          \
    (fd, atim, mtim, flags))                                                                     \
  X(fd_pread, (uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset, uint32_t nread),  \
    (fd, iovs, iovs_len, offset, nread))                                                         \
  X(fd_prestat_get, (uint32_t fd, uint32_t out), (fd, out))                                      \
  X(fd_prestat_dir_name, (uint32_t fd, uint32_t path, uint32_t path_len), (fd, path, path_len))  \
  X(fd_pwrite,                                                                                   \
    (uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint64_t offset, uint32_t nwritten),         \
    (fd, iovs, iovs_len, offset, nwritten))                                                      \
  X(fd_read, (uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nread),                    \
    (fd, iovs, iovs_len, nread))                                                                 \
  X(fd_readdir,                                                                                  \
    (uint32_t fd, uint32_t buf, uint32_t buf_len, uint64_t cookie, uint32_t bufused),            \
    (fd, buf, buf_len, cookie, bufused))                                                         \
  X(fd_renumber, (uint32_t fd, uint32_t to), (fd, to))                                           \
  X(fd_seek, (uint32_t fd, uint64_t offset, uint32_t whence, uint32_t out),                      \
    (fd, offset, whence, out))                                                                   \
  X(fd_sync, (uint32_t fd), (fd))                                                                \
  X(fd_tell, (uint32_t fd, uint32_t out), (fd, out))                                             \
  X(fd_write, (uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nwritten),                \
    (fd, iovs, iovs_len, nwritten))                                                              \
  X(path_create_directory, (uint32_t fd, uint32_t path, uint32_t path_len),                      \
    (fd, path, path_len))                                                                        \
  X(path_filestat_get,                                                                           \
    (uint32_t fd, uint32_t flags, uint32_t path, uint32_t path_len, uint32_t out),               \
    (fd, flags, path, path_len, out))                                                            \
  X(path_filestat_set_times,                                                                     \
    (uint32_t fd, uint32_t flags, uint32_t path, uint32_t path_len, uint64_t atim,               \
     uint64_t mtim, uint32_t fst_flags),                                                         \
    (fd, flags, path, path_len, atim, mtim, fst_flags))                                          \
  X(path_link,                                                                                   \
    (uint32_t old_fd, uint32_t old_flags, uint32_t old_path, uint32_t old_len, uint32_t new_fd,  \
     uint32_t new_path, uint32_t new_len),                                                       \
    (old_fd, old_flags, old_path, old_len, new_fd, new_path, new_len))                           \
  X(path_open,                                                                                   \
    (uint32_t fd, uint32_t dirflags, uint32_t path, uint32_t path_len, uint32_t oflags,          \
     uint64_t rights_base, uint64_t rights_inheriting, uint32_t fdflags, uint32_t out),          \
    (fd, dirflags, path, path_len, oflags, rights_base, rights_inheriting, fdflags, out))        \
  X(path_readlink,                                                                               \
    (uint32_t fd, uint32_t path, uint32_t path_len, uint32_t buf, uint32_t buf_len,              \
     uint32_t bufused),                                                                          \
    (fd, path, path_len, buf, buf_len, bufused))                                                 \
  X(path_remove_directory, (uint32_t fd, uint32_t path, uint32_t path_len),                      \
    (fd, path, path_len))                                                                        \
  X(path_rename,                                                                                 \
    (uint32_t fd, uint32_t old_path, uint32_t old_len, uint32_t new_fd, uint32_t new_path,       \
     uint32_t new_len),                                                                          \
    (fd, old_path, old_len, new_fd, new_path, new_len))                                          \
  X(path_symlink,                                                                                \
    (uint32_t old_path, uint32_t old_len, uint32_t fd, uint32_t new_path, uint32_t new_len),     \
    (old_path, old_len, fd, new_path, new_len))                                                  \
  X(path_unlink_file, (uint32_t fd, uint32_t path, uint32_t path_len), (fd, path, path_len))     \
  X(poll_oneoff, (uint32_t in, uint32_t out, uint32_t nsubs, uint32_t nevents),                  \
    (in, out, nsubs, nevents))                                                                   \
  X(proc_raise, (uint32_t sig), (sig))                                                           \
  X(random_get, (uint32_t buf, uint32_t len), (buf, len))

namespace mpsandbox::wasi {

#define MPSBX_WASI_DECLARE(name, params, args) uint32_t name(WasiState& s, MPSBX_WASI_UNPAREN params);
#define MPSBX_WASI_UNPAREN(...) __VA_ARGS__
MPSBX_WASI_FUNCTIONS(MPSBX_WASI_DECLARE)
#undef MPSBX_WASI_DECLARE

uint32_t sched_yield(WasiState& s);

// proc_exit: the guest asked the process to end. It never returns: the exec traps.
[[noreturn]] void proc_exit(WasiState& s, uint32_t code);

}  // namespace mpsandbox::wasi
