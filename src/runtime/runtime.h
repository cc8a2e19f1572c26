// Internal interface of mpsandbox's wasm-rt implementation: entering the guest.
#pragma once

#include <csetjmp>
#include <cstdint>
#include <type_traits>

#include "wasm-rt.h"

namespace mpsbx::rt {

// Per-thread runtime state. Guest code runs on a native stack of the runtime's own
// (kGuestStackBytes, wasm_rt_impl.cc); everything the generated code reaches through
// wasm-rt.h lives here.
struct ThreadState {
  jmp_buf* trap_target = nullptr;  // where wasm_rt_trap unwinds to
  uintptr_t entry_frame = 0;         // native frame of the innermost host entry
  uintptr_t deepest_frame = 0;       // lowest guest frame seen since the last scrub
  uint64_t memory_limit = 0;         // byte cap applied by wasm_rt_grow_memory
  const wasm_rt_memory_t* memory = nullptr;  // the innermost call's linear memory
  uint32_t exception_tag = 0;
  uint32_t exception_size = 0;
  alignas(16) uint8_t exception[256];
};

ThreadState& thread_state();

// Native stack bytes kept free below the guest for host imports and trap unwinding.
inline constexpr uintptr_t kStackReserve = 128 * 1024;

// Size of the stack the outermost guest call of each thread runs on (x86-64 builds
// without sanitizers; elsewhere the guest runs on the calling thread's stack).
inline constexpr uintptr_t kGuestStackBytes = 8 << 20;

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
  kAbortRollback = 68,   // the exec would change more memory than rollback_bytes can save
};

// Unwinds the guest to the innermost guest_call, which returns `code`. Only from host
// code called by the guest (imports).
[[noreturn]] void abort_guest(Abort code);

// Runs `fn`, which calls into wasm2c-generated code using `memory`, and reports how it
// ended. Nested calls (a host import that re-enters the guest) are allowed.
template <typename Fn>
[[nodiscard]] Outcome guest_call(const wasm_rt_memory_t* memory, uint64_t memory_limit, Fn&& fn);

// Implementation detail of guest_call: kept out of line so the setjmp frame is simple.
using GuestFn = void (*)(void* ctx);
[[nodiscard]] Outcome guest_call_raw(const wasm_rt_memory_t* memory, uint64_t memory_limit,
                                     GuestFn fn, void* ctx);

template <typename Fn>
Outcome guest_call(const wasm_rt_memory_t* memory, uint64_t memory_limit, Fn&& fn) {
  using F = std::remove_reference_t<Fn>;
  return guest_call_raw(
      memory, memory_limit, [](void* ctx) { (*static_cast<F*>(ctx))(); },
      const_cast<void*>(static_cast<const void*>(&fn)));
}

// Linear memory. Every memory is one reservation of kMemoryReserveBytes, enough for any
// address a wasm32 load or store can form (a 32-bit base, a 32-bit offset, the access
// size), so generated code needs no bounds checks: what lies past the memory's size is
// PROT_NONE and faults. Virtual address space only (MAP_NORESERVE, no page tables).
inline constexpr uint64_t kMemoryReserveBytes = (uint64_t{1} << 33) + 65536;
// nullptr if the kernel refuses (e.g. an RLIMIT_AS below the reservation).
uint8_t* reserve_linear_memory();
void release_linear_memory(uint8_t* data);

// Installs the process's SIGSEGV/SIGBUS handler (snapshot write tracking and guest
// out-of-bounds traps) once; earlier handlers are chained for faults that are not ours.
void install_fault_handler();

// From the fault handler: if the fault at `addr` was raised by generated code touching
// the reservation of the innermost guest call's memory, unwinds that call with an
// out-of-bounds trap (never returns). Otherwise returns.
void trap_if_guest_fault(uintptr_t addr, void* ucontext);

// From the fault handler: true if the faulting write was the guest's own (generated code,
// or a bulk memory operation it runs through libc) inside a guest call, so that unwinding
// the call from the handler (abort_guest) skips no host frame.
bool fault_in_guest_code(void* ucontext);

// Frame address of the innermost active guest_call on this thread (0 if none): the
// upper end of the native stack region that holds guest frames.
inline uintptr_t guest_entry_frame() { return thread_state().entry_frame; }

// Records that the guest reached `frame` (from imports it calls often: stack checks and
// GC root scans), so the next outermost guest_call scrubs the stack down to it.
inline void note_guest_depth(uintptr_t frame) {
  ThreadState& st = thread_state();
  if (st.deepest_frame == 0 || frame < st.deepest_frame) st.deepest_frame = frame;
}

}  // namespace mpsbx::rt
