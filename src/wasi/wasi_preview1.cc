// The WASI preview1 functions: the guest's only road to the outside world. Each grants
// exactly what the session's Policy allows (docs/SECURITY.md):
//   fd 0: the exec's stdin text. fd 1 and 2: captured into stdout/stderr (capped).
//   fd 3: the preopened "/", a virtual namespace holding the Policy's mounts; files and
//     directories opened beneath it get fds 4 and up (FileSystem).
//   clocks: real monotonic and wall clocks, or virtual ones in deterministic mode.
//   random_get: the OS's randomness, or a seeded stream in deterministic mode.
//   poll_oneoff: a single relative clock subscription (time.sleep).
//   args: just the program name. environ: empty.
// Everything else returns an errno (ENOSYS, EACCES, EBADF); nothing pretends to succeed.
// Every guest pointer and length is checked through GuestMemory, and the kernel never
// writes guest memory directly (snapshots write-protect it): reads go through host buffers.
#include "wasi/wasi_preview1.h"

#include "mpsandbox_abi.h"

#include <sys/random.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <memory>
#include <thread>
#include <vector>

#include "runtime/runtime.h"

namespace mpsandbox::wasi {

namespace {

using mpsbx::rt::GuestMemory;

constexpr uint32_t kMaxIovecs = 1024;
constexpr size_t kReadChunk = 64 * 1024;  // host buffer for file reads
constexpr uint32_t kClockRealtime = 0, kClockMonotonic = 1;
constexpr std::string_view kProgramName = "mpsandbox";

// Rights bits (wasi_snapshot_preview1) that path_open's callers ask for.
constexpr uint64_t kRightFdRead = 1ull << 1, kRightFdWrite = 1ull << 6;
constexpr uint64_t kRightFdReaddir = 1ull << 14;
constexpr uint64_t kAllRights = (1ull << 29) - 1;

// 2000-01-01T00:00:00Z: where the virtual wall clock of deterministic mode starts.
constexpr uint64_t kVirtualEpochNs = 946684800ull * 1000000000ull;

void append_capped(std::string& dst, bool& truncated, std::string_view data, uint64_t cap) {
  uint64_t room = cap > dst.size() ? cap - dst.size() : 0;
  if (data.size() > room) {
    truncated = true;
    data = data.substr(0, room);
  }
  dst.append(data);
}

// Calls fn(span) for each iovec of a guest iovec array, stopping when fn returns false
// or a non-success errno. Any iovec outside guest memory is EFAULT.
template <typename Fn>
uint32_t for_each_iovec(const GuestMemory& mem, uint32_t iovs, uint32_t iovs_len, Fn fn) {
  if (iovs_len > kMaxIovecs) return kEinval;
  for (uint32_t i = 0; i < iovs_len; ++i) {
    auto base = mem.load<uint32_t>(iovs + i * 8);
    auto len = mem.load<uint32_t>(iovs + i * 8 + 4);
    if (!base || !len) return kEfault;
    auto span = mem.bytes(*base, *len);
    if (!span) return kEfault;
    bool go_on = true;
    if (uint32_t e = fn(*span, &go_on); e != kSuccess) return e;
    if (!go_on) break;
  }
  return kSuccess;
}

uint64_t now_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

// The guest's path argument, in place: FileSystem copies its components out while it
// normalises (and checks length and NUL bytes) before anything else runs.
std::optional<std::string_view> guest_path(const GuestMemory& mem, uint32_t ptr, uint32_t len) {
  return mem.string(ptr, len);
}

// Sleeps for up to `ns`, in short steps so that an interrupt or the exec's deadline ends
// it: a guest can never hold the host past its wall-clock limit by sleeping. Without a
// deadline, fuel bounds it: each millisecond asked for costs Meter::kSleepFuelPerMs,
// taken step by step before the step is slept (so the total depends only on `ns`).
void sleep_checked(WasiState& s, uint64_t ns) {
  using Clock = std::chrono::steady_clock;
  const auto wake = Clock::now() + std::chrono::nanoseconds(std::min<uint64_t>(ns, INT64_MAX / 2));
  const bool charged = !s.meter.has_deadline;
  constexpr uint64_t kStepNs = 1'000'000;
  uint64_t uncharged_ns = ns;
  for (;;) {
    // A stop ends the sleep early: the guest raises it right after (Meter, grace).
    if (s.meter.stopping != MPSBX_STOP_NONE) break;
    if (s.interrupt_pending()) {
      s.begin_stop(MPSBX_STOP_INTERRUPT);
      break;
    }
    const auto now = Clock::now();
    if (s.meter.has_deadline && now >= s.meter.deadline) {
      s.begin_stop(MPSBX_STOP_TIMEOUT);
      break;
    }
    if (now >= wake) break;
    if (charged && uncharged_ns > 0) {
      const uint64_t step = std::min(uncharged_ns, kStepNs);
      s.take_fuel((step * Meter::kSleepFuelPerMs + kStepNs - 1) / kStepNs);
      uncharged_ns -= step;
    }
    auto until = std::min(wake, now + std::chrono::milliseconds(1));
    if (s.meter.has_deadline) until = std::min(until, s.meter.deadline);
    std::this_thread::sleep_until(until);
  }
  // A sleep that ended early (the steps overran) still costs what it asked for.
  if (charged && uncharged_ns > 0)
    s.take_fuel((uncharged_ns / kStepNs) * Meter::kSleepFuelPerMs +
                ((uncharged_ns % kStepNs) * Meter::kSleepFuelPerMs + kStepNs - 1) / kStepNs);
}

uint32_t store_filestat(const GuestMemory& mem, uint32_t out, const FileStat& st) {
  auto buf = mem.bytes(out, 64);
  if (!buf) return kEfault;
  std::memset(buf->data(), 0, 64);
  mem.store<uint64_t>(out, st.dev);
  mem.store<uint64_t>(out + 8, st.ino);
  mem.store<uint8_t>(out + 16, static_cast<uint8_t>(st.type));
  mem.store<uint64_t>(out + 24, st.nlink);
  mem.store<uint64_t>(out + 32, st.size);
  mem.store<uint64_t>(out + 40, st.atim);
  mem.store<uint64_t>(out + 48, st.mtim);
  mem.store<uint64_t>(out + 56, st.ctim);
  return kSuccess;
}

// args and environ: a pointer array plus a buffer of NUL-terminated strings.
uint32_t put_strings(const GuestMemory& mem, const std::vector<std::string_view>& items,
                     uint32_t ptrs, uint32_t buf) {
  uint64_t at = buf;
  for (size_t i = 0; i < items.size(); ++i) {
    if (at > UINT32_MAX || !mem.store<uint32_t>(ptrs + uint32_t(i) * 4, uint32_t(at)) ||
        !mem.write(uint32_t(at), items[i]) || !mem.store<uint8_t>(uint32_t(at + items[i].size()), 0))
      return kEfault;
    at += items[i].size() + 1;
  }
  return kSuccess;
}

uint32_t put_sizes(const GuestMemory& mem, const std::vector<std::string_view>& items,
                   uint32_t count, uint32_t size) {
  uint32_t bytes = 0;
  for (auto item : items) bytes += uint32_t(item.size()) + 1;
  return mem.store<uint32_t>(count, uint32_t(items.size())) && mem.store<uint32_t>(size, bytes)
             ? kSuccess
             : kEfault;
}

}  // namespace

uint32_t args_get(WasiState& s, uint32_t argv, uint32_t argv_buf) {
  return put_strings(s.memory(), {kProgramName}, argv, argv_buf);
}
uint32_t args_sizes_get(WasiState& s, uint32_t argc, uint32_t argv_buf_size) {
  return put_sizes(s.memory(), {kProgramName}, argc, argv_buf_size);
}
uint32_t environ_get(WasiState& s, uint32_t environ, uint32_t environ_buf) {
  return put_strings(s.memory(), {}, environ, environ_buf);
}
uint32_t environ_sizes_get(WasiState& s, uint32_t count, uint32_t buf_size) {
  return put_sizes(s.memory(), {}, count, buf_size);
}

uint32_t clock_res_get(WasiState& s, uint32_t id, uint32_t out) {
  if (id != kClockRealtime && id != kClockMonotonic) return kEinval;
  return s.memory().store<uint64_t>(out, 1000) ? kSuccess : kEfault;
}

uint32_t clock_time_get(WasiState& s, uint32_t id, uint64_t precision, uint32_t out) {
  (void)precision;
  if (id != kClockRealtime && id != kClockMonotonic)
    return kEinval;  // no process/thread CPU-time clocks: they leak host timing
  uint64_t t;
  if (s.policy.deterministic) {
    t = s.det.now_ns(s.fuel_used()) + (id == kClockRealtime ? kVirtualEpochNs : 0);
  } else {
    t = now_ns(id == kClockRealtime ? CLOCK_REALTIME : CLOCK_MONOTONIC);
  }
  return s.memory().store<uint64_t>(out, t) ? kSuccess : kEfault;
}

uint32_t fd_write(WasiState& s, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nwritten) {
  auto mem = s.memory();
  uint64_t total = 0;
  if (fd == 1 || fd == 2) {
    std::string& dst = fd == 1 ? s.io.out : s.io.err;
    bool& truncated = fd == 1 ? s.io.out_truncated : s.io.err_truncated;
    uint32_t err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> data, bool*) {
      append_capped(dst, truncated,
                    std::string_view(reinterpret_cast<const char*>(data.data()), data.size()),
                    s.limits.max_output_bytes);
      total += data.size();
      return uint32_t{kSuccess};
    });
    if (err != kSuccess) return err;
    s.io.give_output(int(fd));
    if (truncated && s.policy.output_overflow == OutputOverflow::Stop)
      mpsbx::rt::abort_guest(mpsbx::rt::kAbortOutput);
    // The guest is told everything was written even past the cap: a truncated stream is
    // reported to the embedder, and the program keeps its normal control flow.
  } else {
    if (fd < FileSystem::kRootFd) return kEbadf;
    uint32_t err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> data, bool* go_on) {
      size_t n = 0;
      Errno e = s.fs.write(fd, data, &n);
      if (e != kSuccess && total == 0) return uint32_t{e};
      total += n;
      *go_on = e == kSuccess && n == data.size() && total < FileSystem::kMaxIoBytes;
      return uint32_t{kSuccess};
    });
    if (err != kSuccess) return err;
  }
  return mem.store<uint32_t>(nwritten, uint32_t(std::min<uint64_t>(total, UINT32_MAX))) ? kSuccess
                                                                                         : kEfault;
}

uint32_t fd_read(WasiState& s, uint32_t fd, uint32_t iovs, uint32_t iovs_len, uint32_t nread) {
  auto mem = s.memory();
  uint64_t total = 0;
  uint32_t err;
  if (fd == 0) {
    ExecIo& io = s.io;
    err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> dst, bool* go_on) {
      size_t n = std::min<size_t>(dst.size(), io.stdin_data.size() - io.stdin_pos);
      if (n) s.guest_write_or_stop(dst.first(n));
      if (n) std::memcpy(dst.data(), io.stdin_data.data() + io.stdin_pos, n);
      io.stdin_pos += n;
      total += n;
      *go_on = n == dst.size();  // short read: stop at the end of input
      return uint32_t{kSuccess};
    });
  } else {
    if (fd < FileSystem::kRootFd) return kEbadf;
    // Through a host buffer: the kernel must not write into (write-protected) guest memory.
    // One per thread, allocated on the first file read and never zero-filled.
    static thread_local std::unique_ptr<uint8_t[]> buffer;
    if (!buffer) buffer.reset(new uint8_t[kReadChunk]);
    const std::span<uint8_t> chunk(buffer.get(), kReadChunk);
    err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> dst, bool* go_on) {
      size_t done = 0;
      while (done < dst.size() && total < FileSystem::kMaxIoBytes) {
        size_t want = std::min({chunk.size(), dst.size() - done, size_t(FileSystem::kMaxIoBytes - total)});
        size_t n = 0;
        Errno e = s.fs.read(fd, std::span<uint8_t>(chunk.data(), want), &n);
        if (e != kSuccess) {
          *go_on = false;
          return uint32_t{total == 0 ? e : kSuccess};
        }
        s.guest_write_or_stop(dst.subspan(done, n));
        std::memcpy(dst.data() + done, chunk.data(), n);
        done += n;
        total += n;
        if (n < want) break;
      }
      *go_on = done == dst.size() && total < FileSystem::kMaxIoBytes;
      return uint32_t{kSuccess};
    });
  }
  if (err != kSuccess) return err;
  return mem.store<uint32_t>(nread, uint32_t(total)) ? kSuccess : kEfault;
}

uint32_t fd_close(WasiState& s, uint32_t fd) { return s.fs.close(fd); }

uint32_t fd_sync(WasiState& s, uint32_t fd) {
  if (fd <= 2) return kSuccess;  // stdio is captured in memory: nothing to flush
  return s.fs.sync(fd);
}
uint32_t fd_datasync(WasiState& s, uint32_t fd) { return fd_sync(s, fd); }

uint32_t fd_fdstat_get(WasiState& s, uint32_t fd, uint32_t out) {
  auto mem = s.memory();
  FileType type;
  bool append = false;
  uint64_t rights;
  if (fd <= 2) {
    type = FileType::CharDevice;
    rights = fd == 0 ? kRightFdRead : kRightFdWrite;
  } else {
    if (Errno e = s.fs.fdstat(fd, &type, &append); e != kSuccess) return e;
    rights = kAllRights;
  }
  auto buf = mem.bytes(out, 24);
  if (!buf) return kEfault;
  std::memset(buf->data(), 0, 24);
  mem.store<uint8_t>(out, static_cast<uint8_t>(type));
  mem.store<uint16_t>(out + 2, append ? 1 : 0);
  mem.store<uint64_t>(out + 8, rights);
  mem.store<uint64_t>(out + 16, rights);
  return kSuccess;
}

uint32_t fd_filestat_get(WasiState& s, uint32_t fd, uint32_t out) {
  FileStat st;
  if (fd <= 2) {
    st.type = FileType::CharDevice;
  } else if (Errno e = s.fs.filestat(fd, &st); e != kSuccess) {
    return e;
  }
  return store_filestat(s.memory(), out, st);
}

uint32_t fd_prestat_get(WasiState& s, uint32_t fd, uint32_t out) {
  std::string name;
  if (Errno e = s.fs.prestat_dir_name(fd, &name); e != kSuccess) return e;
  auto mem = s.memory();
  if (!mem.bytes(out, 8)) return kEfault;
  mem.store<uint32_t>(out, 0);  // tag: directory
  mem.store<uint32_t>(out + 4, uint32_t(name.size()));
  return kSuccess;
}

uint32_t fd_prestat_dir_name(WasiState& s, uint32_t fd, uint32_t path, uint32_t path_len) {
  std::string name;
  if (Errno e = s.fs.prestat_dir_name(fd, &name); e != kSuccess) return e;
  if (path_len < name.size()) return kEinval;
  return s.memory().write(path, name) ? kSuccess : kEfault;
}

uint32_t fd_readdir(WasiState& s, uint32_t fd, uint32_t buf, uint32_t buf_len, uint64_t cookie,
                    uint32_t bufused) {
  auto mem = s.memory();
  auto dst = mem.bytes(buf, buf_len);
  if (!dst) return kEfault;
  if (fd <= 2) return kEnotdir;
  uint32_t used = 0;
  bool room = true;
  {  // the vectors are gone before a stop unwinds this frame
  std::vector<DirEntry> entries;
  // Each entry takes a 24-byte header plus its name: this many always fill the buffer.
  if (Errno e = s.fs.readdir(fd, cookie, &entries, buf_len / 24 + 1); e != kSuccess) return e;
  // Entries are laid out whole; the last may be cut off, which tells the caller to ask
  // again with a larger buffer (as the WASI specification describes).
  std::vector<uint8_t> out;
  uint64_t next = cookie;
  for (const DirEntry& d : entries) {
    if (out.size() >= buf_len) break;
    uint8_t header[24] = {};
    ++next;
    uint64_t ino = 0;
    uint32_t namlen = uint32_t(d.name.size());
    std::memcpy(header, &next, 8);
    std::memcpy(header + 8, &ino, 8);
    std::memcpy(header + 16, &namlen, 4);
    header[20] = static_cast<uint8_t>(d.type);
    out.insert(out.end(), header, header + 24);
    out.insert(out.end(), d.name.begin(), d.name.end());
  }
  used = uint32_t(std::min<size_t>(out.size(), buf_len));
  room = s.prepare_guest_write(buf, used);
  if (room && used) std::memcpy(dst->data(), out.data(), used);
  }
  if (!room) WasiState::stop_rollback_limit();
  return mem.store<uint32_t>(bufused, used) ? kSuccess : kEfault;
}

uint32_t fd_seek(WasiState& s, uint32_t fd, uint64_t offset, uint32_t whence, uint32_t out) {
  if (fd <= 2) return kEspipe;
  uint64_t pos = 0;
  if (whence > 2) return kEinval;
  if (Errno e = s.fs.seek(fd, static_cast<int64_t>(offset), uint8_t(whence), &pos); e != kSuccess)
    return e;
  return s.memory().store<uint64_t>(out, pos) ? kSuccess : kEfault;
}

uint32_t fd_tell(WasiState& s, uint32_t fd, uint32_t out) { return fd_seek(s, fd, 0, 1, out); }

uint32_t path_open(WasiState& s, uint32_t fd, uint32_t dirflags, uint32_t path, uint32_t path_len,
                   uint32_t oflags, uint64_t rights_base, uint64_t rights_inheriting,
                   uint32_t fdflags, uint32_t out) {
  (void)dirflags;  // symlinks are never followed, whatever the guest asks
  (void)rights_inheriting;
  if (oflags & ~uint32_t{0xf}) return kEinval;
  auto p = guest_path(s.memory(), path, path_len);
  if (!p) return kEfault;
  if (!s.memory().bytes(out, 4)) return kEfault;
  OpenRequest req;
  req.create = oflags & 1;
  req.directory = oflags & 2;
  req.exclusive = oflags & 4;
  req.truncate = oflags & 8;
  req.read = rights_base & (kRightFdRead | kRightFdReaddir);
  req.write = rights_base & kRightFdWrite;
  req.append = fdflags & 1;
  uint32_t newfd = 0;
  if (Errno e = s.fs.open(fd, *p, req, &newfd); e != kSuccess) return e;
  s.memory().store<uint32_t>(out, newfd);
  return kSuccess;
}

uint32_t path_filestat_get(WasiState& s, uint32_t fd, uint32_t flags, uint32_t path,
                           uint32_t path_len, uint32_t out) {
  (void)flags;  // symlinks are never followed: a symlink stats as itself
  auto p = guest_path(s.memory(), path, path_len);
  if (!p) return kEfault;
  FileStat st;
  if (Errno e = s.fs.stat(fd, *p, &st); e != kSuccess) return e;
  return store_filestat(s.memory(), out, st);
}

uint32_t path_create_directory(WasiState& s, uint32_t fd, uint32_t path, uint32_t path_len) {
  auto p = guest_path(s.memory(), path, path_len);
  return p ? uint32_t{s.fs.mkdir(fd, *p)} : uint32_t{kEfault};
}

uint32_t path_unlink_file(WasiState& s, uint32_t fd, uint32_t path, uint32_t path_len) {
  auto p = guest_path(s.memory(), path, path_len);
  return p ? uint32_t{s.fs.unlink(fd, *p)} : uint32_t{kEfault};
}

uint32_t path_remove_directory(WasiState& s, uint32_t fd, uint32_t path, uint32_t path_len) {
  auto p = guest_path(s.memory(), path, path_len);
  return p ? uint32_t{s.fs.rmdir(fd, *p)} : uint32_t{kEfault};
}

uint32_t path_rename(WasiState& s, uint32_t fd, uint32_t old_path, uint32_t old_len,
                     uint32_t new_fd, uint32_t new_path, uint32_t new_len) {
  auto a = guest_path(s.memory(), old_path, old_len);
  auto b = guest_path(s.memory(), new_path, new_len);
  if (!a || !b) return kEfault;
  return s.fs.rename(fd, *a, new_fd, *b);
}

// Links are refused: a new link could alias a file the guest must not reach, and a
// readlink would reveal host paths.
uint32_t path_link(WasiState&, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) {
  return kEacces;
}
uint32_t path_symlink(WasiState&, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) { return kEacces; }
uint32_t path_readlink(WasiState&, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) {
  return kEacces;
}

// Not offered: nothing in the guest needs them, and each is an errno, not a fake success.
uint32_t fd_advise(WasiState&, uint32_t, uint64_t, uint64_t, uint32_t) { return kEnosys; }
uint32_t fd_allocate(WasiState&, uint32_t, uint64_t, uint64_t) { return kEnosys; }
uint32_t fd_fdstat_set_flags(WasiState&, uint32_t, uint32_t) { return kEnosys; }
uint32_t fd_fdstat_set_rights(WasiState&, uint32_t, uint64_t, uint64_t) { return kEnosys; }
uint32_t fd_filestat_set_size(WasiState& s, uint32_t fd, uint64_t size) {
  if (fd < FileSystem::kRootFd) return kEbadf;
  return s.fs.set_size(fd, size);
}
uint32_t fd_filestat_set_times(WasiState&, uint32_t, uint64_t, uint64_t, uint32_t) { return kEnosys; }
uint32_t fd_pread(WasiState&, uint32_t, uint32_t, uint32_t, uint64_t, uint32_t) { return kEnosys; }
uint32_t fd_pwrite(WasiState&, uint32_t, uint32_t, uint32_t, uint64_t, uint32_t) { return kEnosys; }
uint32_t fd_renumber(WasiState&, uint32_t, uint32_t) { return kEnosys; }
uint32_t path_filestat_set_times(WasiState&, uint32_t, uint32_t, uint32_t, uint32_t, uint64_t,
                                 uint64_t, uint32_t) {
  return kEnosys;
}
uint32_t proc_raise(WasiState&, uint32_t) { return kEnosys; }
uint32_t sched_yield(WasiState&) { return kSuccess; }  // one thread: yielding is done

void proc_exit(WasiState&, uint32_t) { wasm_rt_trap(WASM_RT_TRAP_UNREACHABLE); }

uint32_t random_get(WasiState& s, uint32_t buf, uint32_t len) {
  auto dst = s.memory().bytes(buf, len);
  if (!dst) return kEfault;
  s.guest_write_or_stop(*dst);
  if (s.policy.deterministic) {
    for (size_t done = 0; done < dst->size(); done += 8) {
      uint64_t word = s.det.next();
      std::memcpy(dst->data() + done, &word, std::min<size_t>(8, dst->size() - done));
    }
    return kSuccess;
  }
  // Through a local buffer: the kernel must not write into (write-protected) guest memory.
  uint8_t chunk[256];
  for (size_t done = 0; done < dst->size();) {
    size_t want = std::min(sizeof(chunk), dst->size() - done);
    ssize_t n = getrandom(chunk, want, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return kEio;
    }
    std::memcpy(dst->data() + done, chunk, size_t(n));
    done += size_t(n);
  }
  return kSuccess;
}

// Supports what time.sleep() needs: exactly one relative clock subscription.
uint32_t poll_oneoff(WasiState& s, uint32_t in, uint32_t out, uint32_t nsubs, uint32_t nevents) {
  auto mem = s.memory();
  // subscription: userdata u64 @0, tag u8 @8, clock id u32 @16, timeout u64 @24,
  // precision u64 @32, flags u16 @40; size 48. event: 32 bytes.
  if (nsubs != 1) return kEnotsup;
  auto sub = mem.bytes(in, 48);
  auto ev = mem.bytes(out, 32);
  if (!sub || !ev || !mem.bytes(nevents, 4)) return kEfault;
  auto userdata = mem.load<uint64_t>(in);
  auto tag = mem.load<uint8_t>(in + 8);
  auto id = mem.load<uint32_t>(in + 16);
  auto timeout = mem.load<uint64_t>(in + 24);
  auto flags = mem.load<uint16_t>(in + 40);
  if (*tag != 0 || (*flags & 1) != 0) return kEnotsup;  // clock, relative only
  if (*id != kClockRealtime && *id != kClockMonotonic) return kEinval;
  if (s.policy.deterministic) {
    s.det.slept_ns += *timeout;  // virtual time only: no real waiting
  } else {
    s.io.give_output(0);  // what was printed before a sleep is seen during it
    sleep_checked(s, *timeout);
  }
  std::memset(ev->data(), 0, 32);
  mem.store<uint64_t>(out, *userdata);
  mem.store<uint8_t>(out + 10, 0);  // type: clock
  mem.store<uint32_t>(nevents, 1);
  return kSuccess;
}

}  // namespace mpsandbox::wasi
