// The WASI preview1 functions the guest imports. This is the guest's only road to the
// outside world; each function grants exactly what the session allows:
//   fd 1 and 2: captured into the exec's stdout/stderr (capped), fd 0: the exec's stdin.
//   clocks: real monotonic and wall clocks, or virtual ones in deterministic mode.
//   random_get: the OS's randomness, or a seeded stream in deterministic mode.
//   poll_oneoff: a single relative clock subscription (time.sleep).
// Every guest pointer and length is checked through GuestMemory.
#include <sys/random.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <cerrno>
#include <ctime>

#include "runtime/guest_memory.h"
#include "runtime/runtime.h"
#include "sandbox/session_core.h"

namespace {

// WASI errno values (wasi_snapshot_preview1).
enum : uint32_t {
  kSuccess = 0,
  kEbadf = 8,
  kEfault = 21,
  kEinval = 28,
  kEio = 29,
  kEnotsup = 58,
};

constexpr uint32_t kMaxIovecs = 1024;
constexpr uint32_t kClockRealtime = 0, kClockMonotonic = 1;

void append_capped(std::string& dst, bool& truncated, std::string_view data, uint64_t cap) {
  uint64_t room = cap > dst.size() ? cap - dst.size() : 0;
  if (data.size() > room) {
    truncated = true;
    data = data.substr(0, room);
  }
  dst.append(data);
}

// Calls fn(span) for each iovec of a guest iovec array, stopping when fn returns false.
// Returns a WASI errno: EFAULT for any iovec outside guest memory.
template <typename Fn>
uint32_t for_each_iovec(const mpsbx::rt::GuestMemory& mem, uint32_t iovs, uint32_t iovs_len, Fn fn) {
  if (iovs_len > kMaxIovecs) return kEinval;
  for (uint32_t i = 0; i < iovs_len; ++i) {
    auto base = mem.load<uint32_t>(iovs + i * 8);
    auto len = mem.load<uint32_t>(iovs + i * 8 + 4);
    if (!base || !len) return kEfault;
    auto span = mem.bytes(*base, *len);
    if (!span) return kEfault;
    if (!fn(*span)) break;
  }
  return kSuccess;
}

uint64_t now_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

}  // namespace

namespace {
void sleep_until_checked(mpsandbox::SessionCore& core, uint64_t ns);
}  // namespace

using Ctx = Z_wasi_snapshot_preview1_instance_t;

extern "C" u32 Z_wasi_snapshot_preview1Z_fd_write(Ctx* ctx, u32 fd, u32 iovs, u32 iovs_len,
                                                  u32 nwritten) {
  mpsandbox::SessionCore& core = *ctx->core;
  auto mem = core.memory();
  if (fd != 1 && fd != 2) return kEbadf;
  std::string& dst = fd == 1 ? core.io.out : core.io.err;
  bool& truncated = fd == 1 ? core.io.out_truncated : core.io.err_truncated;
  uint64_t total = 0;
  uint32_t err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> data) {
    append_capped(dst, truncated,
                  std::string_view(reinterpret_cast<const char*>(data.data()), data.size()),
                  core.limits.max_output_bytes);
    total += data.size();
    return true;
  });
  if (err != kSuccess) return err;
  if (truncated && core.policy.output_overflow == mpsandbox::OutputOverflow::Stop)
    mpsbx::rt::abort_guest(mpsbx::rt::kAbortOutput);
  // The guest is told everything was written even past the cap: a truncated stream is
  // reported to the embedder, and the program keeps its normal control flow.
  if (!mem.store<uint32_t>(nwritten, static_cast<uint32_t>(std::min<uint64_t>(total, UINT32_MAX))))
    return kEfault;
  return kSuccess;
}

extern "C" u32 Z_wasi_snapshot_preview1Z_fd_read(Ctx* ctx, u32 fd, u32 iovs, u32 iovs_len,
                                                 u32 nread) {
  mpsandbox::SessionCore& core = *ctx->core;
  auto mem = core.memory();
  if (fd != 0) return kEbadf;
  mpsandbox::ExecIo& io = core.io;
  uint64_t total = 0;
  uint32_t err = for_each_iovec(mem, iovs, iovs_len, [&](std::span<uint8_t> dst) {
    size_t n = std::min<size_t>(dst.size(), io.stdin_data.size() - io.stdin_pos);
    if (n) std::memcpy(dst.data(), io.stdin_data.data() + io.stdin_pos, n);
    io.stdin_pos += n;
    total += n;
    return n == dst.size();  // short read: stop at the end of input
  });
  if (err != kSuccess) return err;
  if (!mem.store<uint32_t>(nread, static_cast<uint32_t>(total))) return kEfault;
  return kSuccess;
}

// 2000-01-01T00:00:00Z: where the virtual wall clock of deterministic mode starts.
constexpr uint64_t kVirtualEpochNs = 946684800ull * 1000000000ull;

extern "C" u32 Z_wasi_snapshot_preview1Z_clock_time_get(Ctx* ctx, u32 id, u64 precision, u32 out) {
  (void)precision;
  mpsandbox::SessionCore& core = *ctx->core;
  auto mem = core.memory();
  if (id != kClockRealtime && id != kClockMonotonic)
    return kEinval;  // no process/thread CPU-time clocks: they leak host timing
  uint64_t t;
  if (core.policy.deterministic) {
    t = core.det.now_ns(core.fuel_used()) + (id == kClockRealtime ? kVirtualEpochNs : 0);
  } else {
    t = now_ns(id == kClockRealtime ? CLOCK_REALTIME : CLOCK_MONOTONIC);
  }
  return mem.store<uint64_t>(out, t) ? kSuccess : kEfault;
}

extern "C" u32 Z_wasi_snapshot_preview1Z_random_get(Ctx* ctx, u32 buf, u32 len) {
  mpsandbox::SessionCore& core = *ctx->core;
  auto dst = core.memory().bytes(buf, len);
  if (!dst) return kEfault;
  if (core.policy.deterministic) {
    for (size_t done = 0; done < dst->size(); done += 8) {
      uint64_t word = core.det.next();
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
extern "C" u32 Z_wasi_snapshot_preview1Z_poll_oneoff(Ctx* ctx, u32 in, u32 out, u32 nsubs,
                                                     u32 nevents) {
  auto mem = ctx->core->memory();
  // subscription: userdata u64 @0, tag u8 @8, clock id u32 @16, timeout u64 @24,
  // precision u64 @32, flags u16 @40; size 48. event: 32 bytes.
  if (nsubs != 1) return kEnotsup;
  auto sub = mem.bytes(in, 48);
  auto ev = mem.bytes(out, 32);
  if (!sub || !ev) return kEfault;
  auto userdata = mem.load<uint64_t>(in);
  auto tag = mem.load<uint8_t>(in + 8);
  auto id = mem.load<uint32_t>(in + 16);
  auto timeout = mem.load<uint64_t>(in + 24);
  auto flags = mem.load<uint16_t>(in + 40);
  if (*tag != 0 || (*flags & 1) != 0) return kEnotsup;  // clock, relative only
  if (*id != kClockRealtime && *id != kClockMonotonic) return kEinval;
  mpsandbox::SessionCore& core = *ctx->core;
  if (core.policy.deterministic) {
    core.det.slept_ns += *timeout;  // virtual time only: no real waiting
  } else {
    sleep_until_checked(core, *timeout);
  }
  std::memset(ev->data(), 0, 32);
  mem.store<uint64_t>(out, *userdata);
  mem.store<uint8_t>(out + 10, 0);  // type: clock
  return mem.store<uint32_t>(nevents, 1) ? kSuccess : kEfault;
}

namespace {

// Sleeps for up to `ns`, in short steps so that an interrupt or the exec's deadline ends
// it: a guest can never hold the host past its wall-clock limit by sleeping.
void sleep_until_checked(mpsandbox::SessionCore& core, uint64_t ns) {
  using Clock = std::chrono::steady_clock;
  const auto wake = Clock::now() + std::chrono::nanoseconds(std::min<uint64_t>(ns, INT64_MAX / 2));
  for (;;) {
    if (core.interrupt_requested.load(std::memory_order_relaxed))
      mpsbx::rt::abort_guest(mpsbx::rt::kAbortInterrupt);
    const auto now = Clock::now();
    if (core.meter.has_deadline && now >= core.meter.deadline)
      mpsbx::rt::abort_guest(mpsbx::rt::kAbortTimeout);
    if (now >= wake) break;
    auto until = std::min(wake, now + std::chrono::milliseconds(1));
    if (core.meter.has_deadline) until = std::min(until, core.meter.deadline);
    std::this_thread::sleep_until(until);
  }
}

}  // namespace
