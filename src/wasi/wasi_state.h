// Host-side state that the guest's imports use: what an exec produced, the meter, the
// deterministic clock and random stream, and the filesystem. SessionCore derives from it;
// the WASI fuzz target builds one over a plain buffer, with no guest at all.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "mpsandbox/limits.h"
#include "mpsandbox/policy.h"
#include "mpsandbox/result.h"
#include "runtime/guest_memory.h"
#include "runtime/runtime.h"
#include "wasi/filesystem.h"

namespace mpsandbox {

// What the guest produced during one exec, filled in by the import functions.
struct ExecIo {
  std::string out, err;
  bool out_truncated = false, err_truncated = false;
  std::string_view stdin_data;
  size_t stdin_pos = 0;
  GuestError error;
  std::string exit_code;  // decimal, as reported
  std::optional<std::string> value;
  std::optional<std::string> value_json;
  bool value_truncated = false;
  bool error_truncated = false;  // a field of `error` was cut at its cap
  std::string host_reply;  // reply of the last host call, until the guest copies it
  // ExecOptions::on_output, and how much of out and err it has been given.
  std::function<void(int, std::string_view)> on_output;
  size_t out_given = 0, err_given = 0;
  // Gives on_output what it has not seen: up to the last line end of `stream` (1 or 2)
  // after all of the other stream (writes keep their order), or all of both when `stream`
  // is 0. Nothing without a callback.
  void give_output(int stream);
};

// Fuel and deadline bookkeeping of the running exec. The guest's counter is refilled in
// slices, so the host gets control regularly to check the deadline and interrupts.
struct Meter {
  // Fuel handed to the guest at a time: small enough that the deadline and interrupt
  // checks between slices run well within a millisecond of guest work.
  static constexpr uint64_t kSlice = 200'000;
  // What a millisecond of sleep costs in a session without a deadline: ten units per
  // nanosecond, about what a millisecond of ordinary bytecode costs (docs/PERFORMANCE.md,
  // fuel rates), so a fuel budget bounds a sleeping exec's wall time as it bounds a
  // computing one's.
  static constexpr uint64_t kSleepFuelPerMs = 10'000'000;

  // After a stop is asked for (fuel spent, deadline passed, interrupt), the guest gets
  // this much more fuel and wall time to raise it and unwind with a traceback; past
  // either it is stopped outright, without one.
  static constexpr uint64_t kGraceFuel = 10'000'000;
  static constexpr std::chrono::milliseconds kGraceWall{50};

  uint64_t budget = 0;   // fuel allowed for this exec (and the grace, once stopping)
  uint64_t granted = 0;  // fuel handed to the guest so far (counter included)
  bool has_deadline = false;
  std::chrono::steady_clock::time_point deadline;
  bool soft_stops = true;  // begin_stop asks the guest to raise; false: it aborts at once
  uint32_t stopping = 0;  // MPSBX_STOP_* the guest was asked to raise; 0: none
  std::chrono::steady_clock::time_point grace_deadline;
};

// The abort that ends a stop outright (runtime.h), for a MPSBX_STOP_* reason.
mpsbx::rt::Abort stop_abort(uint32_t reason);

// Host-side state of deterministic mode; saved and restored with the guest on rollback.
struct DeterministicState {
  uint64_t rng[4] = {0, 0, 0, 0};  // xoshiro256** state
  uint64_t fuel_before = 0;        // fuel spent by earlier calls: the virtual clock's base
  uint64_t slept_ns = 0;           // virtual time slept
  void seed(uint64_t seed);
  uint64_t next();
  uint64_t now_ns(uint64_t fuel_now) const { return fuel_before + fuel_now + slept_ns; }
};

// The interrupt requests of one session's execs (InterruptHandle, session.h).
struct InterruptState {
  std::atomic<uint64_t> started{0};    // number of the last exec started
  std::atomic<uint64_t> running{0};    // number of the exec running now, 0 when idle
  std::atomic<uint64_t> stop_upto{0};  // execs numbered up to this one are to stop
  void stop(uint64_t id) {
    uint64_t cur = stop_upto.load();
    while (cur < id && !stop_upto.compare_exchange_weak(cur, id)) {
    }
  }
};

struct WasiState {
  Limits limits;
  Policy policy;
  ExecIo io;
  Meter meter;
  DeterministicState det;
  // Shared with InterruptHandles; exec_id is the running exec's number, 0 outside execs
  // (other calls into the guest are never interrupted).
  std::shared_ptr<InterruptState> interrupts = std::make_shared<InterruptState>();
  uint64_t exec_id = 0;
  bool interrupt_pending() const {
    return exec_id != 0 && interrupts->stop_upto.load(std::memory_order_relaxed) >= exec_id;
  }
  wasi::FileSystem fs;

  explicit WasiState(wasm_rt_memory_t* memory) : memory_(memory) {}
  virtual ~WasiState() = default;
  WasiState(const WasiState&) = delete;
  WasiState& operator=(const WasiState&) = delete;

  mpsbx::rt::GuestMemory memory() const { return mpsbx::rt::GuestMemory(memory_); }
  // Fuel spent by the running exec (the deterministic clock's input).
  virtual uint64_t fuel_used() = 0;
  // Takes `units` of fuel for host-side work done for the guest (a sleep in a session
  // without a deadline); stops the guest when that spends its budget.
  virtual void take_fuel(uint64_t units) { (void)units; }
  // Asks the guest to raise stop `reason` (MPSBX_STOP_*) at its next metered step and
  // starts the grace (Meter); nothing if a stop is under way already.
  virtual void begin_stop(uint32_t reason) { mpsbx::rt::abort_guest(stop_abort(reason)); }
  // Host code is about to write [addr, addr + len) of guest memory. False if the
  // session could not undo that write within Limits::rollback_bytes: the caller then
  // writes nothing and stops the guest (stop_rollback_limit) once its own objects are
  // gone. Small fixed-size stores (a WASI call's results) need not ask (snapshot.h).
  virtual bool prepare_guest_write(uint32_t addr, uint64_t len) {
    (void)addr;
    (void)len;
    return true;
  }
  bool prepare_guest_write(std::span<uint8_t> dst) {
    return prepare_guest_write(static_cast<uint32_t>(dst.data() - memory().base()), dst.size());
  }
  // Unwinds the guest: the exec is stopped and rolled back (kAbortRollback).
  [[noreturn]] static void stop_rollback_limit();
  // prepare_guest_write, else stop_rollback_limit(). Only where the caller holds no
  // object that needs destroying.
  template <typename... A>
  void guest_write_or_stop(A... a) {
    if (!prepare_guest_write(a...)) stop_rollback_limit();
  }

 private:
  wasm_rt_memory_t* memory_;
};

}  // namespace mpsandbox
