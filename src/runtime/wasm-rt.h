// mpsandbox's own wasm-rt runtime interface, source-compatible with the code that wasm2c
// 1.0.32 generates. It replaces wabt's wasm-rt.h and libwasm-rt-impl.a (wasm_rt_impl.cc):
//  - all runtime state is thread-local, so sessions run on many threads at once;
//  - `try` is a plain _setjmp: no signal-mask syscall per wasm try block;
//  - memory accesses carry no bounds checks: each linear memory is a reservation that
//    covers every address a wasm32 access can form, with everything past the memory's
//    size inaccessible, and the fault handler turns a fault in generated code into an
//    out-of-bounds trap (wasm_rt_impl.cc);
//  - call-stack exhaustion is detected by comparing the native stack pointer with a
//    per-thread limit at every function entry, so deep recursion traps on any thread.
#ifndef MPSANDBOX_WASM_RT_H_
#define MPSANDBOX_WASM_RT_H_

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#define MPSBX_RT_THREAD_LOCAL thread_local
#else
#define MPSBX_RT_THREAD_LOCAL _Thread_local
#endif

#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define wasm_rt_memcpy __builtin_memcpy
#define wasm_rt_unreachable __builtin_unreachable
#define WASM_RT_NO_RETURN __attribute__((noreturn))

// Sanitizer builds (make test-tsan) keep the plain C forms of what the x86-64 asm below
// does: their instrumentation intercepts setjmp/longjmp and faults, and tracks calls.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define MPSBX_RT_SANITIZED 1
#else
#define MPSBX_RT_SANITIZED 0
#endif
#if defined(__x86_64__) && !MPSBX_RT_SANITIZED
#define MPSBX_RT_X86_64_ASM 1
#else
#define MPSBX_RT_X86_64_ASM 0
#endif

// Guard-region bounds checks: generated loads and stores are not compared with
// memory->size (bulk memory operations still are). Sanitizer builds compare explicitly:
// their instrumentation and signal handling stand between the access and our handler.
#define WASM_RT_MEMCHECK_SIGNAL_HANDLER (!MPSBX_RT_SANITIZED)
// Where generated code lives (tools/build/wasm2c_fixup.py puts every function there): a
// fault is a guest trap only if the faulting instruction is in this section.
#define MPSBX_GUEST_TEXT __attribute__((section("mpsbx_guest_text")))
#define MPSBX_GUEST_INLINE __attribute__((always_inline))
// The memory's base address. A linear memory's `data` never changes once allocated (it
// is a fixed reservation, and growing only changes protections, wasm_rt_impl.cc), so
// tools/build/wasm2c_fixup.py has each generated function read it once into a local
// (MPSBX_MEM_DECL) and pass that to the load and store helpers. The compiler would
// otherwise read it again after every guest store, which it must assume may have
// changed it. Sanitizer builds check each access against the size, so they keep
// passing the memory itself.
#if WASM_RT_MEMCHECK_SIGNAL_HANDLER
#define MPSBX_MEM_T uint8_t*
#define MPSBX_MEM_DATA(m) (m)
#define MPSBX_MEM_ARG(inst) mpsbx_mem_base
#define MPSBX_MEM_DECL(inst) \
  uint8_t* const mpsbx_mem_base __attribute__((unused)) = (inst)->w2c_memory.data;
#else
#define MPSBX_MEM_T wasm_rt_memory_t*
#define MPSBX_MEM_DATA(m) ((m)->data)
#define MPSBX_MEM_ARG(inst) (&(inst)->w2c_memory)
#define MPSBX_MEM_DECL(inst)
#endif
#define WASM_RT_SKIP_SIGNAL_RECOVERY 1
#define WASM_RT_SIGNAL_RECOVERY_SUPPORTED 0
#define WASM_RT_MERGED_OOB_AND_EXHAUSTION_TRAPS 0

// Stack exhaustion: tools/build/wasm2c_fixup.py makes the generated prologue
//   if (MPSBX_STACK_EXHAUSTED()) TRAP(EXHAUSTION);
// (no call-depth counter): the native stack pointer against the thread's limit.
#define WASM_RT_USE_STACK_DEPTH_COUNT 1
#define WASM_RT_TLS_MODEL __attribute__((tls_model("initial-exec")))
extern MPSBX_RT_THREAD_LOCAL uintptr_t mpsbx_rt_stack_limit WASM_RT_TLS_MODEL;
// Nonzero while a guest bulk memory operation (memory.fill, memory.copy) runs in libc's
// memset/memmove: tools/build/wasm2c_fixup.py (point 10) wraps them in MPSBX_BULK. A
// write fault there is the guest's own write, so the snapshot's handler may stop the guest
// at it (src/runtime/snapshot.cc), as it may for a fault in generated code.
extern MPSBX_RT_THREAD_LOCAL uint32_t mpsbx_rt_bulk_op WASM_RT_TLS_MODEL;
#define MPSBX_BULK(stmt) \
  do {                   \
    mpsbx_rt_bulk_op = 1; \
    stmt;                \
    mpsbx_rt_bulk_op = 0; \
  } while (0)
// The native stack pointer. __builtin_frame_address would give every generated function a
// frame pointer, and so one register fewer.
#if defined(__x86_64__)
static inline __attribute__((always_inline)) uintptr_t mpsbx_stack_pointer(void) {
  uintptr_t sp;
  __asm__("mov %%rsp, %0" : "=r"(sp));
  return sp;
}
#else
#define mpsbx_stack_pointer() ((uintptr_t)__builtin_frame_address(0))
#endif
#define MPSBX_STACK_EXHAUSTED() UNLIKELY(mpsbx_stack_pointer() < mpsbx_rt_stack_limit)

// Native stack the guest may still use before its stack checks raise RecursionError (the
// `stackleft` import, guest/cstack_port.c). The margin covers the deepest C path between
// two checks plus unwinding and error reporting; sanitizer builds have much larger
// frames. MicroPython checks on every call and generator resume, so
// tools/build/wasm2c_fixup.py computes it inline in the generated code (point 8) instead
// of calling the import (src/sandbox/host_imports.cc, which uses the same function).
#if MPSBX_RT_SANITIZED
#define MPSBX_RECURSION_MARGIN ((uintptr_t)512 * 1024)
#else
#define MPSBX_RECURSION_MARGIN ((uintptr_t)64 * 1024)
#endif
static inline uint32_t mpsbx_native_stack_left(uintptr_t here) {
  const uintptr_t limit = mpsbx_rt_stack_limit + MPSBX_RECURSION_MARGIN;
  if (here <= limit) return 0;
  return here - limit > UINT32_MAX ? UINT32_MAX : (uint32_t)(here - limit);
}
#define MPSBX_NATIVE_STACK_LEFT() mpsbx_native_stack_left(mpsbx_stack_pointer())

// Fuel refills: tools/build/wasm2c_fixup.py makes each `if (counter < 0) hook();` of the
// metering pass `if (UNLIKELY(counter < 0)) MPSBX_REFUEL(counter, instance, hook);`.
// A plain call would tell the compiler that all memory and every caller-saved register
// may change at each charge site (one per loop iteration), so it would reload the memory
// base and other values after every charge and save registers in functions that call
// nothing else. The hook changes the counter, or never returns (it unwinds with
// _longjmp); the one guest-memory write it makes, a stop request (guest/main.c,
// stop_soon), is read by other functions or at the interpreter's next check, and a
// read the compiler kept from before the call only delays the stop to a later check or
// the outright stop after the grace (never a host-side effect). So on x86-64 the call is
// made from an asm statement that declares the counter alone:
// MPSBX_REFUEL_THUNK saves every caller-saved register, realigns the stack and calls the
// hook; the asm steps over the red zone. Sanitizer builds keep the plain call.
#if MPSBX_RT_X86_64_ASM
#define MPSBX_REFUEL_BY_THUNK 1
#define MPSBX_REFUEL(counter, inst, hook)                                       \
  __asm__ volatile("lea -128(%%rsp), %%rsp\n\tcall mpsbx_refuel_thunk\n\t"     \
                   "lea 128(%%rsp), %%rsp"                                      \
                   : "+m"(counter)                                              \
                   : "D"(inst))
// The thunk, for the end of the generated file: `target` is a local symbol taking the
// instance in %rdi. Both live in the guest's text section like all generated code
// (tools/build/check_guest_text.py); the thunk itself touches no guest memory.
#define MPSBX_REFUEL_THUNK(target)                                              \
  __asm__(".pushsection mpsbx_guest_text,\"ax\",@progbits\n\t.p2align 4\n\t"       \
          ".type mpsbx_refuel_thunk,@function\n"                                 \
          "mpsbx_refuel_thunk:\n\t.cfi_startproc\n\t"                           \
          "push %rbp\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset %rbp, -16\n\t"    \
          "mov %rsp, %rbp\n\t.cfi_def_cfa_register %rbp\n\t"                    \
          "push %rax\n\tpush %rcx\n\tpush %rdx\n\tpush %rsi\n\tpush %rdi\n\t"  \
          "push %r8\n\tpush %r9\n\tpush %r10\n\tpush %r11\n\t"                 \
          "and $-16, %rsp\n\tsub $256, %rsp\n\t"                               \
          "movaps %xmm0, 0(%rsp)\n\tmovaps %xmm1, 16(%rsp)\n\t"                 \
          "movaps %xmm2, 32(%rsp)\n\tmovaps %xmm3, 48(%rsp)\n\t"                \
          "movaps %xmm4, 64(%rsp)\n\tmovaps %xmm5, 80(%rsp)\n\t"                \
          "movaps %xmm6, 96(%rsp)\n\tmovaps %xmm7, 112(%rsp)\n\t"               \
          "movaps %xmm8, 128(%rsp)\n\tmovaps %xmm9, 144(%rsp)\n\t"              \
          "movaps %xmm10, 160(%rsp)\n\tmovaps %xmm11, 176(%rsp)\n\t"            \
          "movaps %xmm12, 192(%rsp)\n\tmovaps %xmm13, 208(%rsp)\n\t"            \
          "movaps %xmm14, 224(%rsp)\n\tmovaps %xmm15, 240(%rsp)\n\t"            \
          "call " target "\n\t"                                                 \
          "movaps 0(%rsp), %xmm0\n\tmovaps 16(%rsp), %xmm1\n\t"                 \
          "movaps 32(%rsp), %xmm2\n\tmovaps 48(%rsp), %xmm3\n\t"                \
          "movaps 64(%rsp), %xmm4\n\tmovaps 80(%rsp), %xmm5\n\t"                \
          "movaps 96(%rsp), %xmm6\n\tmovaps 112(%rsp), %xmm7\n\t"               \
          "movaps 128(%rsp), %xmm8\n\tmovaps 144(%rsp), %xmm9\n\t"              \
          "movaps 160(%rsp), %xmm10\n\tmovaps 176(%rsp), %xmm11\n\t"            \
          "movaps 192(%rsp), %xmm12\n\tmovaps 208(%rsp), %xmm13\n\t"            \
          "movaps 224(%rsp), %xmm14\n\tmovaps 240(%rsp), %xmm15\n\t"            \
          "lea -72(%rbp), %rsp\n\t"                                             \
          "pop %r11\n\tpop %r10\n\tpop %r9\n\tpop %r8\n\tpop %rdi\n\t"         \
          "pop %rsi\n\tpop %rdx\n\tpop %rcx\n\tpop %rax\n\t"                   \
          "pop %rbp\n\t.cfi_def_cfa %rsp, 8\n\tret\n\t.cfi_endproc\n\t"         \
          ".size mpsbx_refuel_thunk, .-mpsbx_refuel_thunk\n\t.popsection");
#else
#define MPSBX_REFUEL_BY_THUNK 0
#define MPSBX_REFUEL(counter, inst, hook) hook(inst)
#endif

typedef enum {
  WASM_RT_TRAP_NONE,
  WASM_RT_TRAP_OOB,
  WASM_RT_TRAP_INT_OVERFLOW,
  WASM_RT_TRAP_DIV_BY_ZERO,
  WASM_RT_TRAP_INVALID_CONVERSION,
  WASM_RT_TRAP_UNREACHABLE,
  WASM_RT_TRAP_CALL_INDIRECT,
  WASM_RT_TRAP_UNCAUGHT_EXCEPTION,
  WASM_RT_TRAP_EXHAUSTION,
} wasm_rt_trap_t;

typedef enum {
  WASM_RT_I32,
  WASM_RT_I64,
  WASM_RT_F32,
  WASM_RT_F64,
  WASM_RT_FUNCREF,
  WASM_RT_EXTERNREF,
} wasm_rt_type_t;

typedef void (*wasm_rt_function_ptr_t)(void);

typedef struct {
  uint32_t func_type;
  wasm_rt_function_ptr_t func;
  void* module_instance;
} wasm_rt_funcref_t;

static const wasm_rt_funcref_t wasm_rt_funcref_null_value = {0, NULL, NULL};

typedef void* wasm_rt_externref_t;
static const wasm_rt_externref_t wasm_rt_externref_null_value = NULL;

typedef struct {
  uint8_t* data;
  uint32_t pages, max_pages;
  uint32_t size;
} wasm_rt_memory_t;

typedef struct {
  wasm_rt_funcref_t* data;
  uint32_t max_size;
  uint32_t size;
} wasm_rt_funcref_table_t;

typedef struct {
  wasm_rt_externref_t* data;
  uint32_t max_size;
  uint32_t size;
} wasm_rt_externref_table_t;

void wasm_rt_init(void);
bool wasm_rt_is_initialized(void);
void wasm_rt_free(void);

// Unwinds to the innermost host entry (mpsbx::rt::GuestCall); never returns.
WASM_RT_NO_RETURN void wasm_rt_trap(wasm_rt_trap_t);
const char* wasm_rt_strerror(wasm_rt_trap_t trap);

uint32_t wasm_rt_register_func_type(uint32_t params, uint32_t results, ...);
uint32_t wasm_rt_register_tag(uint32_t size);

void wasm_rt_load_exception(uint32_t tag, uint32_t size, const void* values);
WASM_RT_NO_RETURN void wasm_rt_throw(void);

// Unwind targets: the innermost active wasm `try` of this thread. The generated code
// saves the enclosing target on entry and restores it on every exit (see
// tools/build/wasm2c_fixup.py for the exits that wasm2c 1.0.32 forgets).
//
// A try is entered on every call of a guest function that catches: MicroPython's
// nlr_push, on every Python call and generator resume. glibc's _setjmp mangles the
// pointers it saves and tail-calls __sigjmp_save; mpsbx_setjmp (wasm_rt_impl.cc) saves
// the six callee-saved registers, the stack pointer and the return address, and nothing
// else (the signal mask is never part of it: _setjmp does not save it either).
// Sanitizer builds keep _setjmp/_longjmp, which they intercept to track the stack. The
// trap target (runtime.h) stays a jmp_buf: the fault handler unwinds with _longjmp.
#if MPSBX_RT_X86_64_ASM
typedef struct { uint64_t regs[8]; } mpsbx_unwind_target_t;
#define WASM_RT_UNWIND_TARGET mpsbx_unwind_target_t
int mpsbx_setjmp(mpsbx_unwind_target_t* target) __attribute__((returns_twice));
WASM_RT_NO_RETURN void mpsbx_longjmp(mpsbx_unwind_target_t* target, int value);
#define WASM_RT_SETJMP(buf) mpsbx_setjmp(&(buf))
#define MPSBX_UNWIND_LONGJMP(buf) mpsbx_longjmp(&(buf), 1)
#else
#define WASM_RT_UNWIND_TARGET jmp_buf
#define WASM_RT_SETJMP(buf) _setjmp(buf)
#define MPSBX_UNWIND_LONGJMP(buf) _longjmp(buf, 1)
#endif
extern MPSBX_RT_THREAD_LOCAL WASM_RT_UNWIND_TARGET* mpsbx_rt_unwind_current WASM_RT_TLS_MODEL;

static inline WASM_RT_UNWIND_TARGET* wasm_rt_get_unwind_target(void) {
  return mpsbx_rt_unwind_current;
}

static inline void wasm_rt_set_unwind_target(WASM_RT_UNWIND_TARGET* t) {
  mpsbx_rt_unwind_current = t;
}

uint32_t wasm_rt_exception_tag(void);
uint32_t wasm_rt_exception_size(void);
void* wasm_rt_exception(void);

#define wasm_rt_try(target) WASM_RT_SETJMP(target)

void wasm_rt_allocate_memory(wasm_rt_memory_t*, uint32_t initial_pages, uint32_t max_pages);
uint32_t wasm_rt_grow_memory(wasm_rt_memory_t*, uint32_t pages);
void wasm_rt_free_memory(wasm_rt_memory_t*);

void wasm_rt_allocate_funcref_table(wasm_rt_funcref_table_t*, uint32_t elements,
                                    uint32_t max_elements);
void wasm_rt_free_funcref_table(wasm_rt_funcref_table_t*);
void wasm_rt_allocate_externref_table(wasm_rt_externref_table_t*, uint32_t elements,
                                      uint32_t max_elements);
void wasm_rt_free_externref_table(wasm_rt_externref_table_t*);
uint32_t wasm_rt_grow_funcref_table(wasm_rt_funcref_table_t*, uint32_t delta,
                                    wasm_rt_funcref_t init);
uint32_t wasm_rt_grow_externref_table(wasm_rt_externref_table_t*, uint32_t delta,
                                      wasm_rt_externref_t init);

#ifdef __cplusplus
}
#endif

#endif  // MPSANDBOX_WASM_RT_H_
