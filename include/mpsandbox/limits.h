// Resource limits of a session. Plain struct with safe defaults; Engine::new_session
// validates it and refuses absurd values with a clear Failure.
#pragma once

#include <cstdint>

namespace mpsandbox {

// The ranges a session's Limits must be in (Engine::new_session and Session::set_limits
// refuse others with a Failure naming the limit).
inline constexpr uint64_t kMaxMemoryBytes = (1ull << 32) - 65536;  // wasm32's 4 GiB - 64 KiB
inline constexpr uint64_t kMinHeapBytes = 64 * 1024;
// Linear memory the guest needs besides the heap (data, shadow stack, input buffers):
// memory_bytes must be at least heap_bytes plus this.
inline constexpr uint64_t kGuestOverheadBytes = 4ull << 20;
inline constexpr uint64_t kMaxFuel = 1ull << 62;
inline constexpr uint64_t kMaxTimeoutMs = 30ull * 24 * 3600 * 1000;  // 30 days
// max_output_bytes, max_source_bytes, max_host_result_bytes: 1 .. this (held in host memory).
inline constexpr uint64_t kMaxBufferBytes = 1ull << 30;
// Every exec writes a few pages it started with (stack, heap metadata); below 1 MiB
// ordinary execs would be stopped. Above 4 GiB is more than any memory can need.
inline constexpr uint64_t kMinRollbackBytes = 1ull << 20;
inline constexpr uint64_t kMaxRollbackBytes = 1ull << 32;

struct Limits {
  // Initial MicroPython heap. When a collection cannot free enough, the heap grows by new
  // areas (about doubling) until memory_bytes; then allocation raises MemoryError.
  uint64_t heap_bytes = 1ull << 20;
  // Cap on the guest's whole linear memory (heap + stacks + buffers). At most 4 GiB - 64 KiB.
  // Reserved as address space per session, committed only as the guest grows.
  uint64_t memory_bytes = 256ull << 20;
  // Per-exec cap on each of stdout and stderr; output past it is dropped and flagged.
  uint64_t max_output_bytes = 16ull << 20;
  // Largest program accepted by exec().
  uint64_t max_source_bytes = 16ull << 20;
  // CPU fuel per exec, in deterministic units counted by the guest code itself (the
  // top-level instructions of each loop iteration and of some function entries, 8 per
  // branch of the Python code, one per 2 bytes of bulk copy, collections by heap and live
  // data; docs/API.md). The same
  // program uses the same fuel on every run and every machine.
  uint64_t fuel = 10'000'000'000;
  // Largest reply (JSON) a host function may hand to the guest; past it the guest gets
  // ValueError("host function NAME result too large: ... over max_host_result_bytes").
  uint64_t max_host_result_bytes = 256 * 1024;
  // Wall-clock limit per exec in milliseconds; 0 means none. Checked with the fuel, so
  // it stops even a tight loop within about a millisecond.
  uint64_t timeout_ms = 10'000;
  // Host memory one exec may use for its rollback: before each exec the session
  // write-protects its memory and copies each page (4 KiB) the exec first writes, so that
  // a stopped exec can be undone. An exec that would change more of the memory it started
  // with than this is stopped before the write, rolled back like a fuel stop, and reported
  // as status Error with a MemoryError naming rollback_bytes. Memory the exec grows is not
  // copied. 1 MiB to 4 GiB; a value >= memory_bytes never stops an exec (docs/API.md,
  // "Host memory of a session").
  uint64_t rollback_bytes = 128ull << 20;
};

}  // namespace mpsandbox
