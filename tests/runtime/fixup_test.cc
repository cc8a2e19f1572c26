// tools/build/wasm2c_fixup.py's output run on our runtime: fixup.wat, translated by wasm2c
// and fixed up with --shared-table as the guest is (wasm2c_fixup_test.py checks the text).
#include <gtest/gtest.h>

#include <mutex>

#include "fixup.h"
#include "runtime/runtime.h"

extern "C" const int mpsbx_guest_table_shared;
extern "C" const char __start_mpsbx_guest_text[];
extern "C" const char __stop_mpsbx_guest_text[];

namespace {

using mpsbx::rt::guest_call;

constexpr uint64_t kLimit = 2 * 65536;
constexpr u32 kCaughtInside = static_cast<u32>(-1);  // the catch of the try that was left

struct Instance {
  Z_fixup_instance_t inst{};
  Instance() {
    static std::once_flag once;
    std::call_once(once, [] { Z_fixup_init_module(); });
    EXPECT_EQ(guest_call(&inst.w2c_memory, kLimit, [&] { Z_fixup_instantiate(&inst); }),
              WASM_RT_TRAP_NONE);
  }
  ~Instance() { Z_fixup_free(&inst); }

  // Calls `f`; returns its result, or `trap` when the call trapped (as it did).
  template <typename F>
  u32 call(F f, wasm_rt_trap_t* trap = nullptr) {
    u32 v = 0;
    const auto outcome = guest_call(&inst.w2c_memory, kLimit, [&] { v = f(&inst); });
    if (trap) *trap = static_cast<wasm_rt_trap_t>(outcome);
    else EXPECT_EQ(outcome, WASM_RT_TRAP_NONE);
    return v;
  }
};

// wasm2c 1.0.32 leaves the try's own unwind target current after these branches, so
// without the fixup's restore the later throw lands in the catch of the try that was left.
TEST(Wasm2cFixup, AThrowAfterABranchOutOfATryBodyReachesTheCaller) {
  Instance t;
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_branch_out(i, 1); }), 5u);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_branch_out(i, 0); }), kCaughtInside);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_table_out(i, 0); }), 7u);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_table_out(i, 1); }), 6u);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_table_out(i, 99); }), 6u);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_loop_out(i, 3); }), 8u);
  // With no catch in the guest the exception reaches the host.
  wasm_rt_trap_t trap{};
  t.call([](auto* i) { return Z_fixupZ_branch_out(i, 1); }, &trap);
  EXPECT_EQ(trap, WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  t.call([](auto* i) { return Z_fixupZ_loop_out(i, 2); }, &trap);
  EXPECT_EQ(trap, WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  t.call([](auto* i) { return Z_fixupZ_return_then_throw(i); }, &trap);
  EXPECT_EQ(trap, WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_catch_branch_out(i, 1); }), 5u);
}

TEST(Wasm2cFixup, DelegatingTriesSendTheExceptionWhereTheyName) {
  Instance t;
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_delegate_to_outer(i, 4); }), static_cast<u32>(-2));
  wasm_rt_trap_t trap{};
  t.call([](auto* i) { return Z_fixupZ_delegate_to_caller(i, 4); }, &trap);
  EXPECT_EQ(trap, WASM_RT_TRAP_UNCAUGHT_EXCEPTION);
}

// --shared-table: indirect calls pass the caller's instance; a null entry or an index
// past the table still traps.
TEST(Wasm2cFixup, SharedTableCallsAndTheirTraps) {
  Instance t;
  EXPECT_EQ(mpsbx_guest_table_shared, 1);
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_indirect(i, 0); }), 7u);
  for (u32 index : {1u, 2u}) {
    wasm_rt_trap_t trap{};
    t.call([&](auto* i) { return Z_fixupZ_indirect(i, index); }, &trap);
    EXPECT_EQ(trap, WASM_RT_TRAP_CALL_INDIRECT) << index;
  }
}

TEST(Wasm2cFixup, MemoryAccessesThroughTheCachedBase) {
  Instance t;
  EXPECT_EQ(t.call([](auto* i) { return Z_fixupZ_memory_ops(i, 16); }), 3u + 0x01010101u);
  wasm_rt_trap_t trap{};
  t.call([](auto* i) { return Z_fixupZ_memory_ops(i, 65536); }, &trap);
  EXPECT_EQ(trap, WASM_RT_TRAP_OOB);
  const auto in_guest_text = [](const void* f) {
    return f >= static_cast<const void*>(__start_mpsbx_guest_text) &&
           f < static_cast<const void*>(__stop_mpsbx_guest_text);
  };
  EXPECT_TRUE(in_guest_text(reinterpret_cast<const void*>(&Z_fixupZ_memory_ops)));
  EXPECT_TRUE(in_guest_text(reinterpret_cast<const void*>(&Z_fixupZ_catch_branch_out)));
}

}  // namespace
