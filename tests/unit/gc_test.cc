// Garbage collection under the wasm2c translation: live objects held only in wasm locals
// (native registers and frames) must survive collections. Tested against the real guest.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using test::make_session;
using test::run;
using mpsandbox::Engine;
using mpsandbox::ExecResult;
using mpsandbox::Limits;
using mpsandbox::Session;
using mpsandbox::Status;



Limits small_memory() {
  Limits l;
  l.heap_bytes = 256 << 10;
  l.memory_bytes = 16 << 20;
  l.fuel = 1ull << 60;
  l.timeout_ms = 0;
  return l;
}

TEST(Gc, TenMillionShortLivedObjectsInSixteenMebibytes) {
#if defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "single-threaded and minutes long under ThreadSanitizer; run by make test";
#endif
  Session s = make_session(small_memory());
  // 5,000,000 iterations, each allocating a str and a tuple: 10 million objects,
  // hundreds of MB in total, in a 16 MiB sandbox.
  ExecResult r = run(s,
                     "n = 0\n"
                     "for i in range(5_000_000):\n"
                     "    t = (str(i), i)\n"
                     "    n += len(t[0]) + (t[1] & 1)\n"
                     "print(n)\n");
  ASSERT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
  uint64_t expected = 0;
  for (uint64_t i = 0; i < 5'000'000; ++i) expected += std::to_string(i).size() + (i & 1);
  EXPECT_EQ(r.stdout_text, std::to_string(expected) + "\n");
  EXPECT_LE(r.memory_peak_bytes, 16u << 20);
  std::printf("[ peak    ] memory_peak_bytes=%llu fuel_used=%llu wall_time_us=%llu\n",
              static_cast<unsigned long long>(r.memory_peak_bytes),
              static_cast<unsigned long long>(r.fuel_used),
              static_cast<unsigned long long>(r.wall_time_us));
}

std::string cpython_output(const std::string& script) {
  std::string cmd = "python3 '" + script + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return {};
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  return pclose(p) == 0 ? out : std::string();
}

TEST(Gc, RandomizedStressMatchesCPython) {
  const std::string script = MPSANDBOX_SOURCE_DIR "/tests/gc/stress.py";
  std::ifstream in(script);
  std::stringstream src;
  src << in.rdbuf();
  ASSERT_FALSE(src.str().empty());
  const std::string expected = cpython_output(script);
  ASSERT_FALSE(expected.empty()) << "python3 must be available (a build dependency)";
  Session s = make_session(small_memory());
  ExecResult r = run(s, src.str());
  ASSERT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
  EXPECT_EQ(r.stdout_text, expected);
  // And again in the same session: state left behind must not disturb a rerun.
  EXPECT_EQ(run(s, src.str()).stdout_text, expected);
}

TEST(Gc, DeepStructuresAreRecursionErrors) {
  Limits l;
  l.timeout_ms = 0;
  Session s = make_session(l);
  ExecResult build = run(s, "x = []\nfor i in range(1_000_000):\n    x = [x]\n");
  ASSERT_EQ(build.status, Status::Ok) << (build.error ? build.error->traceback : "");
  for (const char* code : {"repr(x)", "str(x)", "import json\njson.dumps(x)", "hash(str(x))"}) {
    ExecResult r = run(s, code);
    ASSERT_EQ(r.status, Status::Error) << code;
    EXPECT_EQ(r.error->type, "RecursionError") << code;
    EXPECT_NE(r.error->message.find("recursion"), std::string::npos) << code;
  }
  EXPECT_EQ(run(s, "len(x)").value, "1");
}

}  // namespace
