// Internal interface of mpsandbox's wasm-rt implementation: entering the guest.
#pragma once

#include <csetjmp>
#include <cstdint>
#include <type_traits>

#include "wasm-rt.h"

namespace mpsbx::rt {

// Per-thread runtime state. Guest code runs on the calling thread's native stack;
// everything the generated code reaches through wasm-rt.h lives here.
struct ThreadState {
  jmp_buf* trap_target = nullptr;  // where wasm_rt_trap unwinds to
  uintptr_t entry_frame = 0;         // native frame of the innermost host entry
  uint64_t memory_limit = 0;         // byte cap applied by wasm_rt_grow_memory
  uint32_t exception_tag = 0;
  uint32_t exception_size = 0;
  alignas(16) uint8_t exception[256];
};

ThreadState& thread_state();

// Native stack bytes kept free below the guest for host imports and trap unwinding.
inline constexpr uintptr_t kStackReserve = 128 * 1024;

// Lowest native stack address the guest may reach on this thread (cached per thread).
uintptr_t stack_limit_for_this_thread();

// How a guest call ended: WASM_RT_TRAP_NONE (returned normally), a wasm_rt_trap_t, or
// one of the Abort codes below (a host import stopped the guest on purpose).
using Outcome = int;

enum Abort : int {
  kAbortFuel = 64,       // fuel budget spent
  kAbortTimeout = 65,    // wall-clock deadline passed
  kAbortInterrupt = 66,  // interrupt requested from another thread
  kAbortOutput = 67,     // output cap reached under the stop policy
};

// Unwinds the guest to the innermost guest_call, which returns `code`. Only from host
// code called by the guest (imports).
[[noreturn]] void abort_guest(Abort code);

// Runs `fn`, which calls into wasm2c-generated code, and reports how it ended.
// Nested calls (a host import that re-enters the guest) are allowed.
template <typename Fn>
[[nodiscard]] Outcome guest_call(uint64_t memory_limit, Fn&& fn);

// Implementation detail of guest_call: kept out of line so the setjmp frame is simple.
using GuestFn = void (*)(void* ctx);
[[nodiscard]] Outcome guest_call_raw(uint64_t memory_limit, GuestFn fn, void* ctx);

template <typename Fn>
Outcome guest_call(uint64_t memory_limit, Fn&& fn) {
  using F = std::remove_reference_t<Fn>;
  return guest_call_raw(
      memory_limit, [](void* ctx) { (*static_cast<F*>(ctx))(); },
      const_cast<void*>(static_cast<const void*>(&fn)));
}

// Frame address of the innermost active guest_call on this thread (0 if none): the
// upper end of the native stack region that holds guest frames.
inline uintptr_t guest_entry_frame() { return thread_state().entry_frame; }

}  // namespace mpsbx::rt
