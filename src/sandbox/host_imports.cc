// The guest's "mpsandbox" imports (guest/mpsandbox_abi.h): error reports and GC roots.
// Every pointer and length comes from untrusted guest code and is checked.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

#include "mpsandbox_abi.h"
#include "runtime/runtime.h"
#include "sandbox/session_core.h"
#include "sandbox/json_check.h"
#include "sandbox/source_check.h"

namespace {

// Error reports are read up to this many bytes (and max_output_bytes) whatever length
// the guest claims.
constexpr uint32_t kMaxReportBytes = 1u << 20;

}  // namespace

// Every field is held to max_output_bytes (error texts also to kMaxReportBytes) and made
// valid UTF-8 here, so that no front end can receive more, or invalid text. The value,
// type and message keep their start; the traceback keeps its end, where the innermost
// frames and the exception are.
extern "C" void MPSBX_W2C_IMPORT(MPSBX_IMPORT_REPORT)(Z_mpsandbox_instance_t* ctx, u32 field,
                                                        u32 ptr, u32 len) {
  mpsandbox::SessionCore& core = *ctx->core;
  auto mem = core.memory();
  if (!mem.bytes(ptr, len)) wasm_rt_trap(WASM_RT_TRAP_OOB);
  const uint64_t out_cap = core.limits.max_output_bytes;
  const uint64_t cap = std::min<uint64_t>(out_cap, kMaxReportBytes);
  // The part of the report that can survive the cap: a few bytes more than it, so that
  // a character split by the read is recognised as such.
  auto head = [&](uint64_t c) { return *mem.string(ptr, std::min<uint64_t>(len, c + 4)); };
  bool cut = false;
  if (field == MPSBX_FIELD_VALUE) {
    core.io.value.emplace(mpsandbox::utf8_head(head(out_cap), out_cap, &cut));
    core.io.value_truncated = cut;
    return;
  }
  if (field == MPSBX_FIELD_VALUE_JSON) {
    // Kept whole or not at all, and only as JSON: the guest's encoder is the guest's.
    if (len <= out_cap) {
      std::string text(*mem.string(ptr, len));
      if (mpsandbox::json_valid(text)) core.io.value_json.emplace(std::move(text));
    }
    return;
  }
  mpsandbox::GuestError& e = core.io.error;
  switch (field) {
    case MPSBX_FIELD_TYPE: e.type = mpsandbox::utf8_head(head(cap), cap, &cut); break;
    case MPSBX_FIELD_MESSAGE: e.message = mpsandbox::utf8_head(head(cap), cap, &cut); break;
    case MPSBX_FIELD_TRACEBACK: {
      const uint64_t n = std::min<uint64_t>(len, cap + 4);
      e.traceback = mpsandbox::utf8_tail(*mem.string(ptr + static_cast<uint32_t>(len - n), n), cap, &cut);
      break;
    }
    case MPSBX_FIELD_EXIT_CODE: core.io.exit_code.assign(head(32)); break;
    case MPSBX_FIELD_LINE: {
      const std::string_view text = head(32);
      int line = 0;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), line);
      e.line = (ec == std::errc() && p == text.data() + text.size()) ? line : 0;
      break;
    }
    default: break;  // unknown fields are ignored, not trusted
  }
  if (cut) core.io.error_truncated = true;
}

namespace {

// Scans the native stack between this frame and the innermost guest entry for values
// that point into the guest's GC heap: wasm2c keeps wasm locals in native registers and
// frames, invisible to MicroPython's scan of linear memory. Values are either 32-bit
// guest addresses or 64-bit host pointers into the memory (base + address).
__attribute__((noinline, no_sanitize("address", "thread"))) uint32_t scan_native_stack(
    mpsandbox::SessionCore& core, uint32_t lo, uint32_t hi, uint32_t buf, uint32_t cap,
    uint32_t skip) {
  auto mem = core.memory();
  if (lo >= hi || hi > mem.size()) return 0;
  if (!mem.bytes(buf, uint64_t{cap} * 4)) wasm_rt_trap(WASM_RT_TRAP_OOB);
  core.guest_write_or_stop(buf, uint64_t{cap} * 4);
  const uintptr_t base = reinterpret_cast<uintptr_t>(mem.base());
  uintptr_t from = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) & ~uintptr_t{7};
  mpsbx::rt::note_guest_depth(from);
  const uintptr_t to = mpsbx::rt::guest_entry_frame();
  uint32_t total = 0;
  auto emit = [&](uint32_t v) {
    if (total >= skip && total - skip < cap) mem.store<uint32_t>(buf + (total - skip) * 4, v);
    ++total;
  };
  for (uintptr_t p = from; p + 8 <= to; p += 8) {
    uint64_t word = *reinterpret_cast<const volatile uint64_t*>(p);
    uint32_t a = static_cast<uint32_t>(word), b = static_cast<uint32_t>(word >> 32);
    if (a >= lo && a < hi) emit(a);
    if (b >= lo && b < hi) emit(b);
    if (word >= base + lo && word < base + hi) emit(static_cast<uint32_t>(word - base));
  }
  return total;
}

}  // namespace

extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_ROOTS)(Z_mpsandbox_instance_t* ctx, u32 lo, u32 hi,
                                                       u32 buf, u32 cap, u32 skip) {
  // Forces callee-saved registers (which may hold guest values of outer frames) into
  // this frame, inside the region that scan_native_stack reads.
  __builtin_unwind_init();
  return scan_native_stack(*ctx->core, lo, hi, buf, cap, skip);
}

// Native stack left before the guest's stack checks raise RecursionError (wasm-rt.h; the
// generated code computes the same inline).
extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_STACKLEFT)(Z_mpsandbox_instance_t*) {
  mpsbx::rt::note_guest_depth(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  return MPSBX_NATIVE_STACK_LEFT();
}

// The guest's libm (guest/libm_host.c): the host's C library, which CPython uses too.
// Pure functions of their arguments; no guest state is read.
#define MPSBX_LIBM_PARAMS_1 f64 a
#define MPSBX_LIBM_PARAMS_2 f64 a, f64 b
#define MPSBX_LIBM_ARGS_1 a
#define MPSBX_LIBM_ARGS_2 a, b
#define MPSBX_LIBM_IMPORT(name, n)                                                       \
  extern "C" f64 MPSBX_W2C_PASTE(Z_mpsandboxZ_libm_, name)(Z_mpsandbox_instance_t*,     \
                                                          MPSBX_LIBM_PARAMS_##n) {      \
    return ::name(MPSBX_LIBM_ARGS_##n);                                                 \
  }
MPSBX_LIBM_FUNCS(MPSBX_LIBM_IMPORT)
#undef MPSBX_LIBM_IMPORT

namespace {

// The stop the guest should raise (MPSBX_STOP_*): asked for on an interrupt or a passed
// deadline, and again at each check while one is under way (a bare `except` may have
// swallowed it); past the grace's wall time, the guest is stopped outright.
uint32_t check_stop(mpsandbox::SessionCore& core) {
  using mpsbx::rt::abort_guest;
  // A host import's write went past rollback_bytes (snapshot.h): stop now.
  if (core.snapshot.over_limit()) abort_guest(mpsbx::rt::kAbortRollback);
  const mpsandbox::Meter& m = core.meter;
  if (m.stopping != MPSBX_STOP_NONE) {
    if (std::chrono::steady_clock::now() >= m.grace_deadline) abort_guest(mpsandbox::stop_abort(m.stopping));
    return m.stopping;
  }
  if (core.interrupt_pending()) core.begin_stop(MPSBX_STOP_INTERRUPT);
  else if (m.has_deadline && std::chrono::steady_clock::now() >= m.deadline) core.begin_stop(MPSBX_STOP_TIMEOUT);
  return m.stopping;
}

// Hands the guest its next slice; when the budget is spent, asks for the fuel stop (the
// grace's fuel comes with it), or, when the grace is spent too, stops the guest.
uint32_t refill(mpsandbox::SessionCore& core) {
  mpsandbox::Meter& m = core.meter;
  const uint64_t used = core.fuel_used();
  if (used >= m.budget) {
    // A large charge can take the counter far below zero: fuel_used never reports more
    // than the budget.
    core.fuel_counter() = static_cast<int64_t>(m.granted - m.budget);
    if (m.stopping != MPSBX_STOP_NONE) mpsbx::rt::abort_guest(mpsandbox::stop_abort(m.stopping));
    core.begin_stop(MPSBX_STOP_FUEL);
  }
  core.io.give_output(0);  // a line still open after a slice of computing
  const uint64_t spent = core.fuel_used();
  const uint64_t next = std::min(mpsandbox::Meter::kSlice, m.budget - spent);
  m.granted = spent + next;
  core.fuel_counter() = static_cast<int64_t>(next);
  return m.stopping;
}

}  // namespace

// The guest's counter went below zero: hand it the next slice, with the stop it should
// raise if there is one.
extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_OUTOFFUEL)(Z_mpsandbox_instance_t* ctx) {
  mpsandbox::SessionCore& core = *ctx->core;
  check_stop(core);
  return refill(core);
}

// Work the metering pass cannot see (the collector's, a large allocation's): the guest
// names its price, computed from deterministic quantities (guest/main.c). 0 units is the
// stop check alone, which the collector's loops make every few thousand steps, so that a
// long collection ends within a fraction of a millisecond of a deadline or interrupt.
// A charge that leaves the counter at or above zero checks nothing, as the pass's own.
extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_CHARGE)(Z_mpsandbox_instance_t* ctx, u32 units) {
  mpsandbox::SessionCore& core = *ctx->core;
  if (units == 0) return check_stop(core);
  int64_t& counter = core.fuel_counter();
  counter -= units;
  if (counter < 0) {
    check_stop(core);
    return refill(core);
  }
  return core.meter.stopping;
}

// Room left under the session's memory limit, for the guest's heap growth decisions.
// (The limit itself is enforced by wasm_rt_grow_memory.)
extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_MEMLEFT)(Z_mpsandbox_instance_t* ctx) {
  mpsandbox::SessionCore& core = *ctx->core;
  const uint64_t limit = std::min<uint64_t>(core.limits.memory_bytes,
                                            uint64_t{core.instance.w2c_memory.max_pages} * 65536);
  const uint64_t size = core.instance.w2c_memory.size;
  return static_cast<u32>(std::min<uint64_t>(limit > size ? limit - size : 0, UINT32_MAX));
}
