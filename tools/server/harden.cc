#include "harden.h"

#include <fcntl.h>
#include <linux/landlock.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <termios.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mpsandbox::server {
namespace {

// Rights newer than the installed kernel headers (linux/landlock.h of Linux 6.1).
constexpr uint64_t kTruncate = 1ull << 14;  // ABI 3
constexpr uint64_t kIoctlDev = 1ull << 15;  // ABI 5

uint64_t handled_rights(long abi) {
  uint64_t r = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE |
               LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR | LANDLOCK_ACCESS_FS_REMOVE_FILE |
               LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG |
               LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK |
               LANDLOCK_ACCESS_FS_MAKE_SYM;
  if (abi >= 2) r |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) r |= kTruncate;
  if (abi >= 5) r |= kIoctlDev;
  return r;
}

// File access only beneath the grants. Returns the ABI applied (0: the kernel has no
// Landlock), or -1 with *err set.
long apply_landlock(const std::vector<PathGrant>& grants, std::string* err) {
  const long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  if (abi < 0) return 0;  // ENOSYS or EOPNOTSUPP: not in this kernel
  const uint64_t handled = handled_rights(abi);
  landlock_ruleset_attr attr{};
  attr.handled_access_fs = handled;
  const int ruleset = static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
  if (ruleset < 0) {
    *err = std::string("landlock: cannot create a ruleset: ") + std::strerror(errno);
    return -1;
  }
  const uint64_t read = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
  for (const PathGrant& g : grants) {
    const int dir = open(g.path.c_str(), O_PATH | O_CLOEXEC);
    if (dir < 0) {
      *err = "landlock: cannot open " + g.path + ": " + std::strerror(errno);
      close(ruleset);
      return -1;
    }
    landlock_path_beneath_attr rule{};
    rule.allowed_access = g.writable ? (handled & ~LANDLOCK_ACCESS_FS_EXECUTE) : read;
    rule.parent_fd = dir;
    const long added = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    const int saved = errno;
    close(dir);
    if (added < 0) {
      *err = "landlock: cannot grant " + g.path + ": " + std::strerror(saved);
      close(ruleset);
      return -1;
    }
  }
  const long done = syscall(SYS_landlock_restrict_self, ruleset, 0);
  const int saved = errno;
  close(ruleset);
  if (done < 0) {
    *err = std::string("landlock: cannot restrict the process: ") + std::strerror(saved);
    return -1;
  }
  return abi;
}

// What the server and the sessions it runs call after start-up: memory, threads' futexes,
// time, randomness, descriptors of the event loop and its sockets, files beneath the grants
// (snapshots, mounts), memfds (session templates), signals and exit. Nothing that starts
// programs, opens new network sockets, traces, mounts or changes credentials.
constexpr const char* kAllowed[] = {
    "read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "close", "close_range",
    "fstat", "newfstatat", "statx", "lseek", "fcntl", "dup", "dup2", "dup3", "pipe2",
    "openat", "openat2", "getdents64", "mkdirat", "unlinkat", "renameat", "renameat2", "ftruncate",
    // the same through glibc's older entry points (rename(3) calls rename(2) on x86-64)
    "open", "rename", "unlink", "mkdir", "rmdir", "access", "stat", "lstat", "readlink", "getdents",
    "fsync", "fdatasync", "fallocate", "faccessat", "faccessat2", "readlinkat", "utimensat", "fstatfs",
    "memfd_create", "mmap", "munmap", "mprotect", "madvise", "mremap", "brk", "mincore",
    "futex", "futex_waitv", "set_robust_list", "get_robust_list", "rseq", "sched_yield", "sched_getaffinity",
    "nanosleep", "clock_nanosleep", "clock_gettime", "clock_getres", "gettimeofday", "time", "getrandom",
    "getpid", "gettid", "getuid", "geteuid", "getgid", "getegid", "getppid", "uname", "prlimit64", "getrlimit",
    "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack", "rt_sigtimedwait", "tgkill", "restart_syscall",
    "epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait", "epoll_pwait2", "eventfd2", "timerfd_create",
    "timerfd_settime", "timerfd_gettime", "poll", "ppoll", "select", "pselect6",
    "accept", "accept4", "recvfrom", "sendto", "recvmsg", "sendmsg", "shutdown", "setsockopt", "getsockopt",
    "getsockname", "getpeername",
    "clone", "clone3", "exit", "exit_group", "membarrier",
};
// ioctl only for what the event loop and stdio ask: non-blocking mode, bytes readable,
// and isatty.
constexpr unsigned long kAllowedIoctls[] = {FIONBIO, FIONREAD, TCGETS};

}  // namespace

std::optional<std::string> harden(const std::vector<PathGrant>& grants, std::string* applied) {
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return std::string("no_new_privs: ") + std::strerror(errno);
  std::string err;
  const long abi = apply_landlock(grants, &err);
  if (abi < 0) return err;
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM));
  if (!ctx) return std::string("seccomp: cannot make a filter");
  size_t allowed = 0;
  for (const char* name : kAllowed) {
    const int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;  // not on this architecture
    if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0) == 0) ++allowed;
  }
  for (unsigned long request : kAllowedIoctls)
    if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, request)) == 0) ++allowed;
  // Every thread, should any exist already.
  seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1);
  const int loaded = seccomp_load(ctx);
  seccomp_release(ctx);
  if (loaded != 0) return std::string("seccomp: cannot load the filter: ") + std::strerror(-loaded);
  *applied = "no_new_privs, " + (abi ? "landlock ABI " + std::to_string(abi) : std::string("no landlock (kernel)")) +
             ", seccomp allowlist of " + std::to_string(allowed) + " system calls";
  return std::nullopt;
}

}  // namespace mpsandbox::server
