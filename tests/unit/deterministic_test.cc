// Deterministic mode (virtual clocks, seeded randomness) and stdin for an exec.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using mpsandbox::ExecResult;
using mpsandbox::Policy;
using mpsandbox::Session;
using mpsandbox::Status;
using test::make_session;
using test::on_thread_with_stack;
using test::run;

Policy deterministic(uint64_t seed) {
  Policy p;
  p.deterministic = true;
  p.seed = seed;
  return p;
}

const char* kProgram =
    "import time, random\n"
    "t0 = time.time_ns()\n"
    "r = [random.getrandbits(30) for _ in range(5)] + [random.random()]\n"
    "total = sum(i * i for i in range(20000))\n"
    "t1 = time.time_ns()\n"
    "time.sleep(1000)\n"
    "t2 = time.time_ns()\n"
    "print(t0, t1, t2, time.ticks_ms(), time.localtime(), r, total)\n";

TEST(Deterministic, TwoRunsAreBitIdentical) {
  Session a = make_session({}, deterministic(7));
  Session b = make_session({}, deterministic(7));
  ExecResult ra = run(a, kProgram);
  ExecResult rb = run(b, kProgram);
  ASSERT_EQ(ra.status, Status::Ok) << (ra.error ? ra.error->traceback : "");
  EXPECT_EQ(ra.stdout_text, rb.stdout_text);
  EXPECT_EQ(ra.fuel_used, rb.fuel_used);
  // Later execs too: the clock carries on from the fuel spent so far, identically.
  EXPECT_EQ(run(a, kProgram).stdout_text, run(b, kProgram).stdout_text);
}

#if defined(__x86_64__) && !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)
// How deep a program can recurse, in Python and through C (repr of nested lists, a
// __getattr__ chain), and so its output and fuel, is the same on every host thread: the
// guest runs on a stack of the runtime's own (1 MiB threads reached depth 407 and 8 MiB
// ones 3960 when it ran on the thread's).
TEST(Deterministic, RecursionDepthDoesNotDependOnTheHostThreadsStack) {
  const char* program =
      "import sys\n"
      "sys.setrecursionlimit(1000000)\n"
      "n = 0\n"
      "def f():\n"
      "    global n\n"
      "    n += 1\n"
      "    f()\n"
      "try:\n"
      "    f()\n"
      "except RecursionError:\n"
      "    print('python', n)\n"
      "a = []\n"
      "for i in range(200000):\n"
      "    a = [a]\n"
      "try:\n"
      "    repr(a)\n"
      "except RecursionError as e:\n"
      "    print('repr', e)\n"
      "class C:\n"
      "    def __init__(self, k):\n"
      "        self.k = k\n"
      "    def __getattr__(self, name):\n"
      "        global n\n"
      "        n += 1\n"
      "        return C(self.k + 1).missing\n"
      "n = 0\n"
      "try:\n"
      "    C(0).x\n"
      "except RecursionError:\n"
      "    print('getattr', n)\n";
  std::vector<ExecResult> results;
  for (size_t stack : {size_t{256} << 10, size_t{1} << 20, size_t{8} << 20, size_t{64} << 20}) {
    on_thread_with_stack(stack, [&] {
      Session s = make_session({}, deterministic(1));
      results.push_back(run(s, program));
    });
  }
  Session s = make_session({}, deterministic(1));
  results.push_back(run(s, program));  // this thread, and deeper in its stack:
  std::function<void(int)> nest = [&](int k) {
    volatile char pad[4096];
    pad[0] = 0;
    if (k) nest(k - 1); else results.push_back(run(s, program));
    (void)pad[0];
  };
  nest(100);
  ASSERT_EQ(results[0].status, Status::Ok) << (results[0].error ? results[0].error->traceback : "");
  EXPECT_NE(results[0].stdout_text.find("python "), std::string::npos) << results[0].stdout_text;
  EXPECT_NE(results[0].stdout_text.find("getattr "), std::string::npos) << results[0].stdout_text;
  for (const ExecResult& r : results) {
    EXPECT_EQ(r.stdout_text, results[0].stdout_text);
  }
  // fuel: the first run of a fresh session against the first run of another
  for (size_t i = 1; i + 1 < results.size(); ++i) EXPECT_EQ(results[i].fuel_used, results[0].fuel_used);
}
#endif

TEST(Deterministic, ScratchFilesAndUrandomAreIdenticalToo) {
  const char* program =
      "import os\n"
      "os.mkdir('/tmp/d')\n"
      "open('/tmp/d/f', 'w').write(os.urandom(8).hex())\n"
      "print(os.stat('/tmp/d/f'), os.stat('/tmp/d'), open('/tmp/d/f').read(), os.listdir('/tmp'))\n";
  Policy p = deterministic(3);
  p.mount_scratch("/tmp", 1 << 16, 16);
  Session a = make_session({}, p);
  Session b = make_session({}, p);
  ExecResult ra = run(a, program);
  ExecResult rb = run(b, program);
  ASSERT_EQ(ra.status, Status::Ok) << ra.stderr_text;
  EXPECT_EQ(ra.stdout_text, rb.stdout_text);
  EXPECT_NE(ra.stdout_text.find("['d']"), std::string::npos);
}

TEST(Deterministic, SeedChangesRandomnessNotTime) {
  Session a = make_session({}, deterministic(1));
  Session b = make_session({}, deterministic(2));
  const char* code = "import random\nrandom.getrandbits(32), random.getrandbits(32)";
  EXPECT_NE(run(a, code).value, run(b, code).value);
}

TEST(Deterministic, VirtualClockStartsAt2000AndSleepTakesNoRealTime) {
  Session s = make_session({}, deterministic(0));
  EXPECT_EQ(run(s, "import time\ntime.localtime()[0]").value, "2000");
  auto start = std::chrono::steady_clock::now();
  ExecResult r = run(s, "t = time.time()\ntime.sleep(3600)\ntime.time() - t >= 3600");
  auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.value, "True");
  EXPECT_LT(secs, 5.0);
  // Virtual time advances with the work done.
  EXPECT_EQ(run(s, "a = time.ticks_us()\nx = sum(range(200000))\ntime.ticks_diff(time.ticks_us(), a) > 0").value,
            "True");
}

TEST(Deterministic, RollbackRestoresTheRandomStream) {
  mpsandbox::Limits l;
  l.fuel = 50'000'000;
  Session a = make_session(l, deterministic(5));
  Session b = make_session(l, deterministic(5));
  const char* draw = "import random\nrandom.getrandbits(30)";
  EXPECT_EQ(run(a, draw).value, run(b, draw).value);
  // a's stopped exec draws numbers; the rollback puts the stream back.
  EXPECT_EQ(run(a, "while True: random.getrandbits(30)").status, Status::FuelExhausted);
  EXPECT_EQ(run(a, draw).value, run(b, draw).value);
}

TEST(Deterministic, RealModeUsesRealTime) {
  Session s = make_session();
  EXPECT_EQ(run(s, "import time\ntime.localtime()[0] >= 2025").value, "True");
}

TEST(Stdin, ExecReadsItsInput) {
  Session s = make_session();
  auto r = s.exec("a = input()\nb = input('prompt> ')\nrest = __import__('sys').stdin.read()\n(a, b, rest)",
                  {.stdin_text = "first\nsecond\nthe rest\nof it"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().value, "('first', 'second', 'the rest\\nof it')");
  EXPECT_EQ(r.value().stdout_text, "prompt> ");
  // Without input, input() meets end of file.
  ExecResult eof = run(s, "input()");
  EXPECT_EQ(eof.error->type, "EOFError");
  auto u = s.exec("input()", {.stdin_text = "caf\xc3\xa9 \xf0\x9f\x90\x8d\n"});
  EXPECT_EQ(u.value().value, "'caf\xc3\xa9 \xf0\x9f\x90\x8d'");  // printable: kept, as CPython's repr
}

}  // namespace
