// The runtime contains every kind of trap: tested on a tiny hand-written module
// (traps.wat) translated by the same wasm2c and run on our wasm-rt implementation.
#include <gtest/gtest.h>
#include <pthread.h>

#include <functional>
#include <mutex>
#include <thread>

#include "runtime/runtime.h"
#include "traps.h"

namespace {

using mpsbx::rt::guest_call;

extern "C" const char __start_mpsbx_guest_text[];
extern "C" const char __stop_mpsbx_guest_text[];

constexpr uint64_t kLimit = 4 * 65536;

struct Instance {
  Z_traps_instance_t inst{};
  Instance() {
    static std::once_flag once;
    std::call_once(once, [] { Z_traps_init_module(); });
    EXPECT_EQ(guest_call(&inst.w2c_memory, kLimit, [&] { Z_traps_instantiate(&inst); }),
              WASM_RT_TRAP_NONE);
  }
  ~Instance() { Z_traps_free(&inst); }
};

TEST(Traps, NormalCallsReturnNone) {
  Instance t;
  u32 v = 0;
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_ok(&t.inst); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(v, 7u);
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_indirect(&t.inst, 0); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(v, 42u);
}

TEST(Traps, EachKindIsReportedAndTheInstanceStaysUsable) {
  Instance t;
  struct Case {
    const char* name;
    std::function<void()> fn;
    wasm_rt_trap_t want;
  };
  const Case cases[] = {
      {"load past end", [&] { Z_trapsZ_load(&t.inst, 65536 - 2); }, WASM_RT_TRAP_OOB},
      {"load at 4G-4", [&] { Z_trapsZ_load(&t.inst, 0xFFFFFFFCu); }, WASM_RT_TRAP_OOB},
      {"store past end", [&] { Z_trapsZ_store(&t.inst, 65536, 1); }, WASM_RT_TRAP_OOB},
      {"store straddling the end", [&] { Z_trapsZ_store(&t.inst, 65536 - 2, 1); }, WASM_RT_TRAP_OOB},
      {"store at 4G-1", [&] { Z_trapsZ_store(&t.inst, 0xFFFFFFFFu, 1); }, WASM_RT_TRAP_OOB},
      {"offset past end", [&] { Z_trapsZ_load_far(&t.inst, 0); }, WASM_RT_TRAP_OOB},
      {"4G-1 plus offset 4G-1", [&] { Z_trapsZ_load_far(&t.inst, 0xFFFFFFFFu); }, WASM_RT_TRAP_OOB},
      {"unreachable", [&] { Z_trapsZ_unreachable(&t.inst); }, WASM_RT_TRAP_UNREACHABLE},
      {"divide by zero", [&] { Z_trapsZ_divzero(&t.inst, 1, 0); }, WASM_RT_TRAP_DIV_BY_ZERO},
      {"INT_MIN / -1", [&] { Z_trapsZ_overflow(&t.inst); }, WASM_RT_TRAP_INT_OVERFLOW},
      {"trunc(NaN)", [&] { Z_trapsZ_badconv(&t.inst); }, WASM_RT_TRAP_INVALID_CONVERSION},
      {"null table entry", [&] { Z_trapsZ_indirect(&t.inst, 1); }, WASM_RT_TRAP_CALL_INDIRECT},
      {"table index out of range", [&] { Z_trapsZ_indirect(&t.inst, 99); }, WASM_RT_TRAP_CALL_INDIRECT},
      {"unbounded recursion", [&] { Z_trapsZ_recurse(&t.inst, 0); }, WASM_RT_TRAP_EXHAUSTION},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, c.fn), c.want) << c.name;
    u32 v = 0;
    EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_ok(&t.inst); }), WASM_RT_TRAP_NONE) << c.name;
    EXPECT_EQ(v, 7u) << c.name;
  }
}

// Wasm exceptions unwind through the runtime's own setjmp (wasm-rt.h); a try that only
// delegates is a plain block after wasm2c_fixup.py, and must still send the exception
// exactly where the delegate names.
TEST(Traps, ExceptionsAreCaughtWhereTheModuleSays) {
  Instance t;
  u32 v = 0;
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_catch_loop(&t.inst, 1000); }),
            WASM_RT_TRAP_NONE);
  EXPECT_EQ(v, 999u * 1000u / 2u);
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_delegate_to_outer(&t.inst, 5); }),
            WASM_RT_TRAP_NONE);
  EXPECT_EQ(v, static_cast<u32>(-2));
  const std::function<void()> uncaught[] = {
      [&] { Z_trapsZ_throw(&t.inst); },
      [&] { v = Z_trapsZ_delegate_to_caller(&t.inst, 5); },
  };
  for (const auto& fn : uncaught) {
    v = 0;
    EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, fn), WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
    EXPECT_EQ(v, 0u);
    EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_ok(&t.inst); }), WASM_RT_TRAP_NONE);
    EXPECT_EQ(v, 7u);
  }
  // A catch still works after uncaught exceptions unwound the host's entry.
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_catch_loop(&t.inst, 10); }),
            WASM_RT_TRAP_NONE);
  EXPECT_EQ(v, 45u);
}

// Loads and stores are not bounds-checked in code: memory past the size is inaccessible
// and the fault handler makes a trap of a fault raised by generated code only.
TEST(Traps, GeneratedCodeIsInTheGuestTextSection) {
  const auto in_guest_text = [](const void* f) {
    return f >= static_cast<const void*>(__start_mpsbx_guest_text) &&
           f < static_cast<const void*>(__stop_mpsbx_guest_text);
  };
  EXPECT_TRUE(in_guest_text(reinterpret_cast<const void*>(&Z_trapsZ_load)));
  EXPECT_TRUE(in_guest_text(reinterpret_cast<const void*>(&Z_traps_instantiate)));
  EXPECT_FALSE(in_guest_text(reinterpret_cast<const void*>(&mpsbx::rt::guest_call_raw)));
}

TEST(TrapsDeathTest, AHostFaultInAGuestCallStillCrashes) {
  // The same address that traps when generated code reads it: host code is not guest
  // code, so its fault is a bug to report, never a trap to hide.
  EXPECT_DEATH(
      {
        Instance t;
        (void)guest_call(&t.inst.w2c_memory, kLimit, [&] {
          volatile const uint8_t* p = t.inst.w2c_memory.data + 65536;
          (void)*p;
        });
      },
      "");
}

TEST(Traps, MemoryGrowthStopsAtTheLimit) {
  Instance t;
  u32 r = 0;
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, 2 * 65536, [&] { r = Z_trapsZ_grow(&t.inst, 1); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(r, 1u);  // old size in pages
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, 2 * 65536, [&] { r = Z_trapsZ_grow(&t.inst, 1); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(r, 0xFFFFFFFFu);  // over the 2-page limit: refused, not a trap
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { r = Z_trapsZ_grow(&t.inst, 100); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(r, 0xFFFFFFFFu);  // over the module's own maximum
  // New pages are usable, old data intact.
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { Z_trapsZ_store(&t.inst, 65536 + 8, 5); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { r = Z_trapsZ_load(&t.inst, 65536 + 8); }), WASM_RT_TRAP_NONE);
  EXPECT_EQ(r, 5u);
  EXPECT_EQ(guest_call(&t.inst.w2c_memory, kLimit, [&] { r = Z_trapsZ_load(&t.inst, 2 * 65536); }),
            WASM_RT_TRAP_OOB);
}

mpsbx::rt::Outcome recurse_on_thread(size_t stack_bytes) {
  struct Arg {
    mpsbx::rt::Outcome result = WASM_RT_TRAP_NONE;
  } arg;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_bytes);
  pthread_t th;
  auto body = [](void* p) -> void* {
    Instance t;
    static_cast<Arg*>(p)->result = guest_call(&t.inst.w2c_memory, kLimit, [&] { Z_trapsZ_recurse(&t.inst, 0); });
    return nullptr;
  };
  EXPECT_EQ(pthread_create(&th, &attr, body, &arg), 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
  return arg.result;
}

// ThreadSanitizer keeps a bounded shadow call stack: keep recursion shallower there.
#if defined(__SANITIZE_THREAD__)
constexpr size_t kBigStack = 4 << 20;
#else
constexpr size_t kBigStack = 8 << 20;
#endif

TEST(Traps, DeepRecursionTrapsOnOtherThreads) {
  EXPECT_EQ(recurse_on_thread(kBigStack), WASM_RT_TRAP_EXHAUSTION);
  EXPECT_EQ(recurse_on_thread(512 << 10), WASM_RT_TRAP_EXHAUSTION);
  // Smaller than the runtime's reserve: traps at once instead of overflowing (where the
  // guest runs on the thread's stack; elsewhere on its own stack, as deep as on any thread).
  EXPECT_EQ(recurse_on_thread(160 << 10), WASM_RT_TRAP_EXHAUSTION);
}

TEST(Traps, ManyThreadsTrapIndependently) {
#if defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "repeated deep-recursion traps on concurrent threads crash ThreadSanitizer's "
                  "runtime itself; covered by the regular build";
#endif
  std::vector<std::thread> threads;
  std::atomic<int> exhausted{0}, fine{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      Instance t;
      for (int k = 0; k < 20; ++k) {
        if ((i + k) % 2) {
          if (guest_call(&t.inst.w2c_memory, kLimit, [&] { Z_trapsZ_recurse(&t.inst, 0); }) == WASM_RT_TRAP_EXHAUSTION)
            ++exhausted;
        } else {
          u32 v = 0;
          if (guest_call(&t.inst.w2c_memory, kLimit, [&] { v = Z_trapsZ_ok(&t.inst); }) == WASM_RT_TRAP_NONE && v == 7)
            ++fine;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(exhausted.load(), 80);
  EXPECT_EQ(fine.load(), 80);
}

TEST(Traps, NestedGuestCallsRestoreTheOuterState) {
  Instance outer, inner;
  mpsbx::rt::Outcome inner_trap = WASM_RT_TRAP_NONE;
  u32 v = 0;
  mpsbx::rt::Outcome outer_trap = guest_call(&outer.inst.w2c_memory, kLimit, [&] {
    inner_trap = guest_call(&inner.inst.w2c_memory, kLimit, [&] { Z_trapsZ_load(&inner.inst, 65536); });
    Z_trapsZ_store(&outer.inst, 65536 - 4, 1);  // in bounds for the outer memory again
    v = Z_trapsZ_ok(&outer.inst);
    Z_trapsZ_divzero(&outer.inst, 1, 0);
  });
  EXPECT_EQ(inner_trap, WASM_RT_TRAP_OOB);
  EXPECT_EQ(v, 7u);
  EXPECT_EQ(outer_trap, WASM_RT_TRAP_DIV_BY_ZERO);
}

}  // namespace
