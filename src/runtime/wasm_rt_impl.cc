// mpsandbox's implementation of the wasm-rt.h runtime used by wasm2c-generated code.
// See wasm-rt.h for the design (thread-local state, guard-region bounds checks).
// Traps jump from the guest's own stack back to the thread's (guest_call_raw), which
// glibc's fortified longjmp would take for a stack smash.
#undef _FORTIFY_SOURCE
#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>

#include <algorithm>
#include <cstdarg>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "runtime.h"

extern "C" {
// Bounds of the generated code, from the linker (tools/build/wasm2c_fixup.py puts every
// generated function in this section). Weak: a program without a guest has none.
extern const char __start_mpsbx_guest_text[] __attribute__((weak));
extern const char __stop_mpsbx_guest_text[] __attribute__((weak));
thread_local uintptr_t mpsbx_rt_stack_limit WASM_RT_TLS_MODEL = 0;
thread_local WASM_RT_UNWIND_TARGET* mpsbx_rt_unwind_current WASM_RT_TLS_MODEL = nullptr;
thread_local uint32_t mpsbx_rt_bulk_op WASM_RT_TLS_MODEL = 0;

#if MPSBX_RT_X86_64_ASM
// Unwind targets of wasm try blocks (wasm-rt.h): rbx, rbp, r12-r15, the caller's stack
// pointer and the return address.
__asm__(".text\n\t.p2align 4\n\t.globl mpsbx_setjmp\n\t.hidden mpsbx_setjmp\n\t"
        ".type mpsbx_setjmp,@function\n"
        "mpsbx_setjmp:\n\t.cfi_startproc\n\t"
        "mov %rbx, 0(%rdi)\n\tmov %rbp, 8(%rdi)\n\tmov %r12, 16(%rdi)\n\t"
        "mov %r13, 24(%rdi)\n\tmov %r14, 32(%rdi)\n\tmov %r15, 40(%rdi)\n\t"
        "lea 8(%rsp), %rdx\n\tmov %rdx, 48(%rdi)\n\tmov (%rsp), %rdx\n\tmov %rdx, 56(%rdi)\n\t"
        "xor %eax, %eax\n\tret\n\t.cfi_endproc\n\t"
        ".size mpsbx_setjmp, .-mpsbx_setjmp\n\t"
        ".p2align 4\n\t.globl mpsbx_longjmp\n\t.hidden mpsbx_longjmp\n\t"
        ".type mpsbx_longjmp,@function\n"
        "mpsbx_longjmp:\n\t.cfi_startproc\n\t"
        "mov %esi, %eax\n\t"
        "mov 0(%rdi), %rbx\n\tmov 8(%rdi), %rbp\n\tmov 16(%rdi), %r12\n\t"
        "mov 24(%rdi), %r13\n\tmov 32(%rdi), %r14\n\tmov 40(%rdi), %r15\n\t"
        "mov 48(%rdi), %rsp\n\tjmp *56(%rdi)\n\t.cfi_endproc\n\t"
        ".size mpsbx_longjmp, .-mpsbx_longjmp\n\t.previous");
// mpsbx_call_on_stack(arg, fn, top): calls fn(arg) with the stack pointer at `top`
// (16-byte aligned) and returns on the caller's stack. The frame pointer keeps the way
// back, for the return and for unwinders.
__asm__(".text\n\t.p2align 4\n\t.globl mpsbx_call_on_stack\n\t.hidden mpsbx_call_on_stack\n\t"
        ".type mpsbx_call_on_stack,@function\n"
        "mpsbx_call_on_stack:\n\t.cfi_startproc\n\t"
        "push %rbp\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset %rbp, -16\n\t"
        "mov %rsp, %rbp\n\t.cfi_def_cfa_register %rbp\n\t"
        "mov %rdx, %rsp\n\tcall *%rsi\n\t"
        "mov %rbp, %rsp\n\tpop %rbp\n\t.cfi_def_cfa %rsp, 8\n\tret\n\t.cfi_endproc\n\t"
        ".size mpsbx_call_on_stack, .-mpsbx_call_on_stack\n\t.previous");
void mpsbx_call_on_stack(void* arg, void (*fn)(void*), uintptr_t top);
#endif
}

namespace mpsbx::rt {
namespace {

thread_local ThreadState g_state;
thread_local uintptr_t g_stack_limit = 0;

constexpr uint64_t kPageSize = 65536;

#if MPSBX_RT_SANITIZED
constexpr uintptr_t kMaxGuestStackBytes = 2 << 20;
#else
constexpr uintptr_t kMaxGuestStackBytes = 0;  // no cap beyond the thread's own stack
#endif
constexpr uint32_t kMaxPages = 65535;  // wasm_rt_memory_t::size is 32-bit

struct FuncType {
  uint32_t params, results;
  std::vector<wasm_rt_type_t> types;
  bool operator==(const FuncType&) const = default;
};

std::mutex g_types_mutex;
std::vector<FuncType> g_func_types;
uint32_t g_tag_count = 0;

[[noreturn]] void fatal(const char* what) {
  // Only reachable through a host-side bug (runtime used outside guest_call).
  std::fprintf(stderr, "mpsandbox: fatal runtime error: %s\n", what);
  std::abort();
}

}  // namespace

ThreadState& thread_state() { return g_state; }

uintptr_t stack_limit_for_this_thread() {
  if (g_stack_limit != 0) return g_stack_limit;
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (addr == nullptr || size == 0) {
    // Unknown stack: allow 256 KiB below the current frame, minus the reserve.
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    g_stack_limit = here - 256 * 1024 + kStackReserve;
  } else {
    g_stack_limit = reinterpret_cast<uintptr_t>(addr) + kStackReserve;
  }
  return g_stack_limit;
}

void abort_guest(Abort code) {
  if (g_state.trap_target == nullptr) fatal("abort outside a guest call");
  _longjmp(*g_state.trap_target, code);
}

uint8_t* reserve_linear_memory() {
  install_fault_handler();
  void* p = mmap(nullptr, kMemoryReserveBytes, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  // Transparent huge pages where the kernel offers them on request: the first touch of
  // fresh linear memory (a heap growing by a 16 MiB allocation) then faults once per
  // 2 MiB instead of once per 4 KiB page (a fault cost 40-50 us on the loaded 2-CPU
  // machine: more than the fuel the zeroing pays for). Advice only: no error matters.
  madvise(p, kMemoryReserveBytes, MADV_HUGEPAGE);
  return static_cast<uint8_t*>(p);
}

void release_linear_memory(uint8_t* data) {
  if (data) munmap(data, kMemoryReserveBytes);
}

void trap_if_guest_fault(uintptr_t addr, void* ucontext) {
  const ThreadState& st = g_state;
  if (st.trap_target == nullptr || st.memory == nullptr || st.memory->data == nullptr) return;
  const uintptr_t base = reinterpret_cast<uintptr_t>(st.memory->data);
  if (addr < base || addr - base >= kMemoryReserveBytes) return;
  const auto* uc = static_cast<const ucontext_t*>(ucontext);
#if defined(__x86_64__)
  const uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  const uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.pc);
#else
#error "guard-region bounds checks need the faulting pc on this architecture"
#endif
  const auto lo = reinterpret_cast<uintptr_t>(__start_mpsbx_guest_text);
  const auto hi = reinterpret_cast<uintptr_t>(__stop_mpsbx_guest_text);
  if (pc < lo || pc >= hi) return;  // a host bug, not a guest access: let it crash
  // The handler runs with SA_NODEFER and an empty mask: unwinding out of it leaves the
  // signal mask as the guest call found it.
  wasm_rt_trap(WASM_RT_TRAP_OOB);
}

bool fault_in_guest_code(void* ucontext) {
  if (g_state.trap_target == nullptr) return false;
  if (mpsbx_rt_bulk_op) return true;
  const auto* uc = static_cast<const ucontext_t*>(ucontext);
#if defined(__x86_64__)
  const uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  const uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.pc);
#endif
  const auto lo = reinterpret_cast<uintptr_t>(__start_mpsbx_guest_text);
  const auto hi = reinterpret_cast<uintptr_t>(__stop_mpsbx_guest_text);
  return pc >= lo && pc < hi;
}

namespace {

// Zeroes `bytes` of native stack below the caller's frame. The GC scans guest frames on
// the native stack conservatively (host_imports.cc); slots an earlier call left there
// would otherwise keep dead objects alive in later calls (a heap filled by one exec
// stayed full after the program dropped it).
__attribute__((noinline, no_sanitize("address", "thread"))) void scrub_stack_below(size_t bytes) {
  auto* p = static_cast<unsigned char*>(__builtin_alloca(bytes));
  std::memset(p, 0, bytes);
  asm volatile("" : : "r"(p) : "memory");  // the stores are observable: not elided
}

// Scrubbed at least this far: guest frames between root scans and stack checks are not
// recorded, and an ordinary exec stays within it.
constexpr uintptr_t kMinScrubBytes = 16 * 1024;

// The outermost guest call of a thread runs on a stack of the runtime's own, the same
// size on every thread, so that how deep a program may recurse (and so its output and
// fuel) does not depend on the host thread's stack or on how deep the host called in.
// Reserved per thread on first use; pages are committed as the guest touches them. A
// PROT_NONE page below it turns an overflow into a fault, not a write past the end.
#if MPSBX_RT_X86_64_ASM
struct GuestStack {
  uint8_t* base = nullptr;  // the guard page; the usable stack starts a page above
  ~GuestStack() {
    if (base) munmap(base, kGuestStackBytes + kGuardBytes);
  }
  static constexpr size_t kGuardBytes = 4096;
  // The stack's top (its first frame goes just below): 0 if the kernel refused the
  // reservation (the guest then runs on the thread's stack).
  uintptr_t top() {
    if (!base) {
      void* p = mmap(nullptr, kGuestStackBytes + kGuardBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
      if (p == MAP_FAILED) return 0;
      mprotect(p, kGuardBytes, PROT_NONE);
      base = static_cast<uint8_t*>(p);
    }
    return reinterpret_cast<uintptr_t>(base + kGuardBytes + kGuestStackBytes);
  }
};
thread_local GuestStack g_guest_stack;
#endif

struct Entry {
  GuestFn fn;
  void* ctx;
};

// The outermost call's first frame: what guest frames left below it is stale (the GC
// scans the native stack conservatively), so it is zeroed down to the deepest frame an
// earlier call reached. A little above the limit stays untouched (the callees need it).
void enter_outermost(void* arg) {
  ThreadState& st = g_state;
  const uintptr_t floor = mpsbx_rt_stack_limit + 16 * 1024;
  uintptr_t to = st.deepest_frame ? std::min(st.deepest_frame, st.entry_frame - kMinScrubBytes)
                                  : st.entry_frame - kMinScrubBytes;
  to = std::max(to, floor);
  // 4 KiB for this frame and the scrubber's own.
  if (st.entry_frame > to + 4096) scrub_stack_below(st.entry_frame - to - 4096);
  st.deepest_frame = st.entry_frame;
  const Entry& e = *static_cast<const Entry*>(arg);
  e.fn(e.ctx);
}

}  // namespace

Outcome guest_call_raw(const wasm_rt_memory_t* memory, uint64_t memory_limit, GuestFn fn,
                       void* ctx) {
  ThreadState& st = g_state;
  // Saved state is written before _setjmp and only read after: no volatile needed.
  ThreadState saved_ptrs;
  saved_ptrs.trap_target = st.trap_target;
  saved_ptrs.entry_frame = st.entry_frame;
  saved_ptrs.memory_limit = st.memory_limit;
  saved_ptrs.memory = st.memory;
  const uintptr_t saved_limit = mpsbx_rt_stack_limit;
  WASM_RT_UNWIND_TARGET* const saved_unwind = mpsbx_rt_unwind_current;

  // Traps unwind to `target`, uncaught wasm exceptions to `unwind` (wasm-rt.h).
  jmp_buf target;
  WASM_RT_UNWIND_TARGET unwind;
  st.trap_target = &target;
  mpsbx_rt_unwind_current = &unwind;
  st.memory_limit = memory_limit;
  st.memory = memory;
  const bool outermost = saved_ptrs.entry_frame == 0;
  uintptr_t own_top = 0;
#if MPSBX_RT_X86_64_ASM
  if (outermost) own_top = g_guest_stack.top();
#endif
  if (own_top != 0) {
    st.entry_frame = own_top;
    mpsbx_rt_stack_limit = own_top - kGuestStackBytes + kStackReserve;
  } else {
    st.entry_frame = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    // Nested calls keep the outer limit (they run on the outer call's stack); otherwise
    // the thread's limit. Both further capped in sanitizer builds (ThreadSanitizer's
    // shadow call stack is bounded).
    uintptr_t limit = outermost ? stack_limit_for_this_thread() : saved_limit;
    if (kMaxGuestStackBytes != 0 && st.entry_frame > kMaxGuestStackBytes)
      limit = std::max(limit, st.entry_frame - kMaxGuestStackBytes);
    mpsbx_rt_stack_limit = limit;
  }

  int code = _setjmp(target);
  if (code == 0) {
    if (WASM_RT_SETJMP(unwind) == 0) {
      Entry entry{fn, ctx};
      if (!outermost) {
        fn(ctx);
      } else if (own_top == 0) {
        enter_outermost(&entry);
      } else {
#if MPSBX_RT_X86_64_ASM
        mpsbx_call_on_stack(&entry, enter_outermost, own_top);
#endif
      }
    } else {
      code = WASM_RT_TRAP_UNCAUGHT_EXCEPTION;
    }
  }

  st.trap_target = saved_ptrs.trap_target;
  mpsbx_rt_unwind_current = saved_unwind;
  mpsbx_rt_bulk_op = 0;  // a stop inside a bulk operation unwound past its reset
  st.entry_frame = saved_ptrs.entry_frame;
  st.memory_limit = saved_ptrs.memory_limit;
  st.memory = saved_ptrs.memory;
  mpsbx_rt_stack_limit = saved_limit;
  return code;
}

}  // namespace mpsbx::rt

using mpsbx::rt::g_state;

namespace {
template <typename Table>
void allocate_table(Table* t, uint32_t elements, uint32_t max_elements) {
  t->size = elements;
  t->max_size = max_elements;
  t->data = static_cast<decltype(t->data)>(std::calloc(elements ? elements : 1, sizeof(*t->data)));
  if (!t->data) wasm_rt_trap(WASM_RT_TRAP_OOB);
}
template <typename Table>
void free_table(Table* t) {
  std::free(t->data);
  t->data = nullptr;
  t->size = 0;
}
}  // namespace

extern "C" {

void wasm_rt_init(void) {}
bool wasm_rt_is_initialized(void) { return true; }
void wasm_rt_free(void) {}

void wasm_rt_trap(wasm_rt_trap_t code) {
  if (g_state.trap_target == nullptr) mpsbx::rt::fatal("trap outside a guest call");
  _longjmp(*g_state.trap_target, code == WASM_RT_TRAP_NONE ? WASM_RT_TRAP_UNREACHABLE : code);
}

const char* wasm_rt_strerror(wasm_rt_trap_t trap) {
  switch (trap) {
    case WASM_RT_TRAP_NONE: return "no trap";
    case WASM_RT_TRAP_OOB: return "out-of-bounds memory access";
    case WASM_RT_TRAP_INT_OVERFLOW: return "integer overflow";
    case WASM_RT_TRAP_DIV_BY_ZERO: return "integer divide by zero";
    case WASM_RT_TRAP_INVALID_CONVERSION: return "invalid conversion to integer";
    case WASM_RT_TRAP_UNREACHABLE: return "unreachable executed";
    case WASM_RT_TRAP_CALL_INDIRECT: return "invalid indirect call";
    case WASM_RT_TRAP_UNCAUGHT_EXCEPTION: return "uncaught exception";
    case WASM_RT_TRAP_EXHAUSTION: return "call stack exhausted";
  }
  return "unknown trap";
}

uint32_t wasm_rt_register_func_type(uint32_t params, uint32_t results, ...) {
  mpsbx::rt::FuncType ft{params, results, {}};
  va_list ap;
  va_start(ap, results);
  for (uint32_t i = 0; i < params + results; ++i)
    ft.types.push_back(static_cast<wasm_rt_type_t>(va_arg(ap, int)));
  va_end(ap);
  // Ids start at 1: a null funcref has type 0, so an indirect call's type check alone
  // rejects null entries (wasm2c_fixup.py drops wasm2c's separate null check).
  std::lock_guard lock(mpsbx::rt::g_types_mutex);
  auto& types = mpsbx::rt::g_func_types;
  for (uint32_t i = 0; i < types.size(); ++i)
    if (types[i] == ft) return i + 1;
  types.push_back(std::move(ft));
  return static_cast<uint32_t>(types.size());
}

uint32_t wasm_rt_register_tag(uint32_t size) {
  (void)size;
  std::lock_guard lock(mpsbx::rt::g_types_mutex);
  return mpsbx::rt::g_tag_count++;
}

void wasm_rt_load_exception(uint32_t tag, uint32_t size, const void* values) {
  if (size > sizeof(g_state.exception)) wasm_rt_trap(WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  g_state.exception_tag = tag;
  g_state.exception_size = size;
  if (size) std::memcpy(g_state.exception, values, size);
}

void wasm_rt_throw(void) {
  if (mpsbx_rt_unwind_current == nullptr) mpsbx::rt::fatal("throw outside a guest call");
  MPSBX_UNWIND_LONGJMP(*mpsbx_rt_unwind_current);
}

uint32_t wasm_rt_exception_tag(void) { return g_state.exception_tag; }
uint32_t wasm_rt_exception_size(void) { return g_state.exception_size; }
void* wasm_rt_exception(void) { return g_state.exception; }

// Linear memory: one guard reservation (reserve_linear_memory), with pages made
// accessible as the guest grows, so `data` never moves. Growth is capped by the calling
// session's memory limit.
void wasm_rt_allocate_memory(wasm_rt_memory_t* mem, uint32_t initial_pages, uint32_t max_pages) {
  uint64_t limit_pages = g_state.memory_limit / mpsbx::rt::kPageSize;
  uint64_t cap = std::min<uint64_t>({max_pages, mpsbx::rt::kMaxPages, limit_pages});
  mem->data = nullptr;
  mem->pages = 0;
  mem->size = 0;
  mem->max_pages = static_cast<uint32_t>(cap);
  if (initial_pages > cap) wasm_rt_trap(WASM_RT_TRAP_OOB);
  uint8_t* p = mpsbx::rt::reserve_linear_memory();
  if (p == nullptr) wasm_rt_trap(WASM_RT_TRAP_OOB);
  size_t initial = uint64_t{initial_pages} * mpsbx::rt::kPageSize;
  if (initial && mprotect(p, initial, PROT_READ | PROT_WRITE) != 0) {
    mpsbx::rt::release_linear_memory(p);
    wasm_rt_trap(WASM_RT_TRAP_OOB);
  }
  mem->data = p;
  mem->pages = initial_pages;
  mem->size = static_cast<uint32_t>(initial);
}

uint32_t wasm_rt_grow_memory(wasm_rt_memory_t* mem, uint32_t delta) {
  uint32_t old = mem->pages;
  uint64_t want = uint64_t{old} + delta;
  if (want > mem->max_pages) return UINT32_MAX;
  if (delta == 0) return old;
  uint64_t limit_pages = g_state.memory_limit / mpsbx::rt::kPageSize;
  if (want > limit_pages) return UINT32_MAX;
  if (mprotect(mem->data + uint64_t{old} * mpsbx::rt::kPageSize,
               uint64_t{delta} * mpsbx::rt::kPageSize, PROT_READ | PROT_WRITE) != 0)
    return UINT32_MAX;
  mem->pages = static_cast<uint32_t>(want);
  mem->size = static_cast<uint32_t>(want * mpsbx::rt::kPageSize);
  return old;
}

void wasm_rt_free_memory(wasm_rt_memory_t* mem) {
  mpsbx::rt::release_linear_memory(mem->data);
  mem->data = nullptr;
  mem->size = mem->pages = 0;
}


void wasm_rt_allocate_funcref_table(wasm_rt_funcref_table_t* t, uint32_t elements,
                                    uint32_t max_elements) {
  allocate_table(t, elements, max_elements);
}
void wasm_rt_free_funcref_table(wasm_rt_funcref_table_t* t) { free_table(t); }
void wasm_rt_allocate_externref_table(wasm_rt_externref_table_t* t, uint32_t elements,
                                      uint32_t max_elements) {
  allocate_table(t, elements, max_elements);
}
void wasm_rt_free_externref_table(wasm_rt_externref_table_t* t) { free_table(t); }

// Tables never grow in our guest (no table.grow in MicroPython); refuse rather than
// implement untested code.
uint32_t wasm_rt_grow_funcref_table(wasm_rt_funcref_table_t*, uint32_t, wasm_rt_funcref_t) {
  return UINT32_MAX;
}
uint32_t wasm_rt_grow_externref_table(wasm_rt_externref_table_t*, uint32_t, wasm_rt_externref_t) {
  return UINT32_MAX;
}

}  // extern "C"
