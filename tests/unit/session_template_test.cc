// Sessions started from a copy-on-write template behave as sessions that started the
// guest themselves: same output, same deterministic values, same state after a rollback.
#include <string>
#include <vector>

#include "sandbox/session_template.h"
#include "support.h"

namespace {

using mpsandbox::Limits;
using mpsandbox::Policy;
using mpsandbox::Status;

// Runs the same programs in a session from a template and in one started normally.
void expect_same(const Limits& limits, const Policy& policy, const char* const* programs) {
  mpsandbox::EngineConfig plain;
  plain.session_templates = false;
  auto made = mpsandbox::Engine(plain).new_session(limits, policy);
  ASSERT_TRUE(made.ok()) << made.failure().message;
  auto fresh = std::move(made).value();
  auto templated = test::make_session(limits, policy);
  for (const char* const* p = programs; *p; ++p) {
    auto a = test::run(fresh, *p);
    auto b = test::run(templated, *p);
    EXPECT_EQ(a.status, b.status) << *p;
    EXPECT_EQ(a.stdout_text, b.stdout_text) << *p;
    EXPECT_EQ(a.stderr_text, b.stderr_text) << *p;
    EXPECT_EQ(a.value, b.value) << *p;
    EXPECT_EQ(a.fuel_used, b.fuel_used) << *p;
  }
}

TEST(SessionTemplate, SameAsNormalStartUp) {
  const char* programs[] = {
      "import sys, gc; print(sys.path, sorted(sys.modules), gc.mem_free() > 0)",
      "print(dir())",
      "x = [str(i) for i in range(3000)]; len(x)",
      "import os; print(os.listdir('/'))",
      nullptr};
  expect_same(Limits{}, Policy{}, programs);
}

TEST(SessionTemplate, DeterministicModeMatches) {
  Policy p;
  p.deterministic = true;
  p.seed = 7;
  const char* programs[] = {
      "import time, random; print(time.time_ns(), time.ticks_ms(), random.random())",
      "import os; print(os.urandom(8))", nullptr};
  expect_same(Limits{}, p, programs);
}

TEST(SessionTemplate, OtherHeapSizeAndSmallMemory) {
  Limits l;
  l.heap_bytes = 3 << 20;
  l.memory_bytes = 8 << 20;
  const char* programs[] = {"import gc; gc.collect(); print(gc.mem_free() + gc.mem_alloc())",
                            "b = bytearray(6 << 20)", nullptr};
  expect_same(l, Policy{}, programs);
}

TEST(SessionTemplate, RecycledMemoryKeepsNoTraceOfItsLastSession) {
  // Sessions that change everything they can, then end: their memories go back to the
  // template's pool, and later sessions are made from them.
  for (int i = 0; i < 20; ++i) {
    auto s = test::make_session();
    test::run(s, "import json, sys\nsecret = 'x' * 5000\nbig = bytearray(3 << 20)\n"
                 "sys.path.append('/nowhere')\nsys.modules['fake'] = json\n"
                 "def f(): return secret\nclass K: pass");
  }
  const char* programs[] = {
      "print(dir())",
      "import sys, gc; print(sys.path, sorted(sys.modules), gc.mem_free() > 0)",
      "import gc; gc.collect(); print(gc.mem_alloc() < 100000)",
      "x = [str(i) for i in range(3000)]; len(x)",
      nullptr};
  expect_same(Limits{}, Policy{}, programs);
}

TEST(SessionTemplate, ScratchMountIsPerSession) {
  Policy p;
  mpsandbox::Mount m;
  m.kind = mpsandbox::Mount::Kind::Scratch;
  m.guest_path = "/tmp";
  m.max_bytes = 1 << 20;
  m.max_files = 16;
  p.mounts.push_back(m);
  auto a = test::make_session({}, p);
  auto b = test::make_session({}, p);
  EXPECT_EQ(test::run(a, "open('/tmp/f', 'w').write('a')").status, Status::Ok);
  EXPECT_EQ(test::run(a, "print(open('/tmp/f').read())").stdout_text, "a\n");
  EXPECT_EQ(test::run(b, "import os; print(os.listdir('/tmp'))").stdout_text, "[]\n");
}

// The first exec of a templated session is rolled back by mapping the image again.
TEST(SessionTemplate, RollbackOfFirstExecRestoresTheImage) {
  Limits l;
  l.fuel = 2'000'000;
  auto s = test::make_session(l);
  auto r = test::run(s, "junk = [str(i) for i in range(100000)]\nwhile True: pass");
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(test::run(s, "print('junk' in dir())").stdout_text, "False\n");
  auto r2 = test::run(s, "b = bytearray(8 << 20)\nwhile True: pass");
  EXPECT_EQ(r2.status, Status::FuelExhausted);
  EXPECT_EQ(test::run(s, "x = 1\nprint(x + 1)").stdout_text, "2\n");
  auto r3 = test::run(s, "x = 5\nwhile True: pass");
  EXPECT_EQ(r3.status, Status::FuelExhausted);
  EXPECT_EQ(test::run(s, "print(x)").stdout_text, "1\n");
}

// Sessions from one template do not see each other's writes.
TEST(SessionTemplate, SessionsAreIndependent) {
  auto a = test::make_session();
  auto b = test::make_session();
  test::run(a, "import sys; sys.path.append('/a'); y = 1");
  EXPECT_EQ(test::run(b, "import sys; print(sys.path[-1], 'y' in dir())").stdout_text, "/lib False\n");
  auto c = test::make_session();
  EXPECT_EQ(test::run(c, "import sys; print(sys.path[-1])").stdout_text, "/lib\n");
}

}  // namespace

namespace {

// Issue 16 point 1: an Engine owns its configuration and its templates.
TEST(EngineConfig, InvalidConfigurationsAreRefused) {
  mpsandbox::EngineConfig c;
  c.max_templates = 65;
  auto e = mpsandbox::Engine::create(c);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.failure().code, mpsandbox::FailureCode::InvalidArgument);
  EXPECT_NE(e.failure().message.find("max_templates"), std::string::npos);
  c = {};
  c.template_pool_size = 5000;
  EXPECT_FALSE(mpsandbox::Engine::create(c).ok());
  c = {};
  c.snapshot_key.assign(65, 'k');
  EXPECT_FALSE(mpsandbox::Engine::create(c).ok());
  c = {};
  c.default_limits.fuel = 0;
  EXPECT_FALSE(mpsandbox::Engine::create(c).ok());
  EXPECT_TRUE(mpsandbox::Engine::create(mpsandbox::EngineConfig{}).ok());
}

TEST(EngineConfig, DefaultLimitsAndPolicyApplyToNewSessions) {
  mpsandbox::EngineConfig c;
  c.default_limits.fuel = 5'000'000;
  c.default_policy.deterministic = true;
  c.default_policy.seed = 7;
  auto e = mpsandbox::Engine::create(c);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.value().config().default_limits.fuel, 5'000'000u);
  auto s = e.value().new_session();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().limits().fuel, 5'000'000u);
  EXPECT_TRUE(s.value().policy().deterministic);
  auto stopped = s.value().exec("while True: pass");
  ASSERT_TRUE(stopped.ok());
  EXPECT_EQ(stopped.value().status, Status::FuelExhausted);
  // explicit limits win; the default policy still applies
  Limits l;
  l.fuel = 6'000'000;
  auto t = e.value().new_session(l);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t.value().limits().fuel, 6'000'000u);
  EXPECT_TRUE(t.value().policy().deterministic);
  // two deterministic sessions with the same seed draw the same numbers
  auto a = test::run(s.value(), "import random\nrandom.random()");
  auto b = test::run(t.value(), "import random\nrandom.random()");
  EXPECT_EQ(a.value, b.value);
}

TEST(EngineConfig, SessionsOutliveTheirEngine) {
  std::vector<mpsandbox::Session> kept;
  {
    mpsandbox::EngineConfig c;
    c.template_pool_size = 2;
    mpsandbox::Engine e(c);
    for (int i = 0; i < 5; ++i) {
      auto s = e.new_session();
      ASSERT_TRUE(s.ok()) << s.failure().message;
      ASSERT_EQ(test::run(s.value(), "x = " + std::to_string(i)).status, Status::Ok);
      kept.push_back(std::move(s).value());
    }
    // some end while the Engine lives: their memory goes to its pool (at most 2)
    kept.erase(kept.begin(), kept.begin() + 3);
  }
  for (size_t i = 0; i < kept.size(); ++i) {
    auto r = test::run(kept[i], "x");
    EXPECT_EQ(r.value, std::to_string(i + 3));
  }
  kept.clear();  // the last sessions release the Engine's templates and pool
}

TEST(EngineConfig, EnginesDoNotShareTemplatesOrPools) {
  mpsandbox::EngineConfig none;
  none.template_pool_size = 0;
  mpsandbox::EngineConfig off;
  off.session_templates = false;
  for (const auto& c : {none, off}) {
    mpsandbox::Engine e(c);
    for (int i = 0; i < 3; ++i) {
      auto s = e.new_session();
      ASSERT_TRUE(s.ok());
      auto r = test::run(s.value(), "print(sum(range(10)))");
      EXPECT_EQ(r.stdout_text, "45\n");
    }
  }
}

}  // namespace
