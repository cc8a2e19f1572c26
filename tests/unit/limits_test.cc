// Fuel, timeouts and interrupts through the public API, against the real guest.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "mpsandbox/mpsandbox.h"

namespace {

using mpsandbox::Engine;
using mpsandbox::ExecResult;
using mpsandbox::Limits;
using mpsandbox::Session;
using mpsandbox::Status;

Session make(Limits l = {}) {
  auto s = Engine().new_session(l);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.failure().message);
  return std::move(s).value();
}

ExecResult run(Session& s, std::string_view code) {
  auto r = s.exec(code);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.failure().message);
  return std::move(r).value();
}

const char* kReference =
    "d = {}\n"
    "for i in range(2000):\n"
    "    d[str(i)] = [i * j for j in range(10)]\n"
    "s = sorted(d, key=lambda k: -len(k))\n"
    "print(len(s), sum(sum(v) for v in d.values()), 7 ** 300 % 1000003)\n";

TEST(Fuel, SameProgramUsesSameFuelEveryRun) {
  Session a = make();
  Session b = make();
  ExecResult r1 = run(a, kReference);
  ExecResult r2 = run(b, kReference);
  ASSERT_EQ(r1.status, Status::Ok);
  EXPECT_GT(r1.fuel_used, 0u);
  EXPECT_EQ(r1.fuel_used, r2.fuel_used);
  EXPECT_EQ(r1.stdout_text, r2.stdout_text);
  // Refilled per exec, and deterministic for the same session history too.
  Session c = make();
  Session d = make();
  run(c, "x = 1");
  run(d, "x = 1");
  ExecResult r3 = run(c, kReference);
  ExecResult r4 = run(d, kReference);
  EXPECT_EQ(r3.fuel_used, r4.fuel_used);
  EXPECT_EQ(run(c, kReference).fuel_used, run(d, kReference).fuel_used);
}

TEST(Fuel, MoreWorkUsesMoreFuel) {
  Session s = make();
  uint64_t small = run(s, "for i in range(1000): pass").fuel_used;
  uint64_t large = run(s, "for i in range(100000): pass").fuel_used;
  EXPECT_GT(large, 50 * small);
}

TEST(Fuel, TightLoopStopsWithFuelExhausted) {
  Limits l;
  l.fuel = 5'000'000;
  Session s = make(l);
  ExecResult r = run(s, "print('start')\nwhile True:\n    pass\n");
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(r.stdout_text, "start\n");  // output before the stop is kept
  EXPECT_GE(r.fuel_used, l.fuel);
  EXPECT_LT(r.fuel_used, l.fuel + 100'000);
}

TEST(Fuel, LongCLevelOperationsAreStopped) {
  Limits l;
  l.fuel = 50'000'000;
  l.heap_bytes = 64 << 20;
  for (const char* code : {"x = 10 ** 10 ** 7", "x = 'a' * 10 ** 9", "x = sorted(range(10 ** 8))",
                           "x = bytes(40_000_000)", "x = [0] * 10_000_000"}) {
    Session s = make(l);
    auto start = std::chrono::steady_clock::now();
    ExecResult r = run(s, code);
    auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Either the fuel runs out or the allocation fails; never a long stall.
    EXPECT_TRUE(r.status == Status::FuelExhausted ||
                (r.status == Status::Error && r.error && r.error->type == "MemoryError"))
        << code << " -> " << mpsandbox::to_string(r.status);
    EXPECT_LT(secs, 20.0) << code;
  }
}

TEST(Timeout, TightLoopStopsAtTheDeadline) {
  Limits l;
  l.timeout_ms = 100;
  Session s = make(l);
  auto start = std::chrono::steady_clock::now();
  ExecResult r = run(s, "while True:\n    pass\n");
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status, Status::Timeout);
  EXPECT_GE(ms, 100.0);
  EXPECT_LT(ms, 5000.0);  // bounded, not a precision claim: see make bench
}

TEST(Timeout, SleepingPastTheDeadlineStops) {
  Limits l;
  l.timeout_ms = 100;
  Session s = make(l);
  auto start = std::chrono::steady_clock::now();
  ExecResult r = run(s, "import time\ntime.sleep(60)\n");
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status, Status::Timeout);
  EXPECT_LT(ms, 5000.0);
}

TEST(Timeout, ShortSleepsWork) {
  Session s = make();
  ExecResult r = run(s, "import time\nt = time.ticks_ms()\ntime.sleep_ms(20)\nprint(time.ticks_diff(time.ticks_ms(), t) >= 20)");
  EXPECT_EQ(r.stdout_text, "True\n");
}

TEST(Interrupt, FromAnotherThreadStopsALoop) {
  Session s = make();
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    s.interrupt();
  });
  ExecResult r = run(s, "while True:\n    pass\n");
  stopper.join();
  EXPECT_EQ(r.status, Status::Interrupted);
}

TEST(Interrupt, FromAnotherThreadStopsASleep) {
  Session s = make();
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    s.interrupt();
  });
  ExecResult r = run(s, "import time\ntime.sleep(60)\n");
  stopper.join();
  EXPECT_EQ(r.status, Status::Interrupted);
}

TEST(Interrupt, WhenIdleHasNoEffect) {
  Session s = make();
  s.interrupt();
  EXPECT_EQ(run(s, "print(1)").status, Status::Ok);
}

TEST(Limits, FuelAndTimeoutAreValidated) {
  Engine e;
  Limits l;
  l.fuel = 0;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.fuel = ~0ull;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.timeout_ms = ~0ull;
  EXPECT_FALSE(e.new_session(l).ok());
}

}  // namespace
