// Hostile input the host itself processes (issue 15): nothing a guest or a client controls
// may reach unbounded recursion on the host, outrun a cap or be handed on as invalid text.
// Each case checks that the host lived (a crash fails the test: ctest runs every test in
// a process of its own), that its memory stayed bounded, and that the session (or a new
// one) still works afterwards.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <atomic>
#include <functional>
#include <string>

#include "mpsandbox/json.h"
#include "mpsandbox/mpsandbox.h"
#include "../unit/support.h"

namespace {

using mpsandbox::ExecResult;
using mpsandbox::HostReply;
using mpsandbox::Limits;
using mpsandbox::Policy;
using mpsandbox::Session;
using mpsandbox::Status;
using nlohmann::json;
using test::make_session;
using test::run;

// Highest resident set size of this process so far.
uint64_t peak_rss_bytes() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return uint64_t(u.ru_maxrss) * 1024;
}

// Host recursion that an 8 MiB main thread might survive at the sizes used here
// overflows the small threads of test::on_thread_with_stack.
using test::on_thread_with_stack;

std::string nested_array(size_t depth, std::string_view inner = "") {
  return std::string(depth, '[') + std::string(inner) + std::string(depth, ']');
}

void reg(Session& s, std::string_view name, mpsandbox::HostFunction fn) {
  auto r = s.register_function(name, std::move(fn));
  ASSERT_TRUE(r.ok()) << r.failure().message;
}

mpsandbox::HostFunction echo_function() {
  return mpsandbox::json_host_function([](const json& args, const json&) { return args; });
}

// The reproduction: a 100,000-deep array (~200 KB) sent through host.call to a
// json_host_function. nlohmann copied it by recursion (17 MB of stack) and crashed.
TEST(HostInput, DeepJsonThroughHostCallIsRefusedNotRecursed) {
  const uint64_t rss_before = peak_rss_bytes();
  Session s = make_session();
  reg(s, "echo", echo_function());
  const std::string payload = "{\"args\": " + nested_array(100000) + "}";
  ExecResult r = run(s, "import host\nreply = host.call('echo', " + json(payload).dump() + ")\nreply");
  ASSERT_EQ(r.status, Status::Ok) << (r.error ? r.error->message : "");
  ASSERT_TRUE(r.value);
  EXPECT_NE(r.value->find("\"ok\":false"), std::string::npos) << *r.value;
  EXPECT_NE(r.value->find("RecursionError: host call arguments nested deeper than 256 levels"),
            std::string::npos)
      << *r.value;
  // The same through the guest's own encoder, and as a builtin: the guest's recursion
  // error (RuntimeError: this guest has no RecursionError class), no crash.
  r = run(s, "x = []\nfor i in range(100000): x = [x]\ntry:\n  echo(x)\nexcept RuntimeError as e:\n"
             "  print('caught')");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, "caught\n");
  // The session goes on, host function included.
  EXPECT_EQ(run(s, "echo(1, [2])").value, "[1, [2]]");
  EXPECT_LT(peak_rss_bytes() - rss_before, 256ull << 20);
}

// The bound is exact: 256 levels with the payload's object reach the function (and come
// back), 257 do not; a raw HostFunction is never called with a deeper payload.
TEST(HostInput, HostCallNestingLimitIsExactAndCoversRawFunctions) {
  Session s = make_session();
  reg(s, "echo", echo_function());
  std::atomic<int> raw_calls{0};
  reg(s, "raw", [&](std::string_view) {
    ++raw_calls;
    return HostReply::value("0");
  });
  // {"args": [v]}: v nested 254 levels is depth 256.
  ExecResult ok = run(s, "v = 0\nfor i in range(254): v = [v]\necho(v) == [v]");
  EXPECT_EQ(ok.value, "True") << (ok.error ? ok.error->message : "");
  ExecResult deep = run(s, "v = 0\nfor i in range(255): v = [v]\necho(v)");
  ASSERT_EQ(deep.status, Status::Error);
  EXPECT_TRUE(deep.error->type == "RecursionError" || deep.error->type == "RuntimeError") << deep.error->type;
  EXPECT_EQ(deep.error->message, "host call arguments nested deeper than 256 levels");
  const std::string payload = "{\"args\": [" + nested_array(300) + "], \"kwargs\": {}}";
  ExecResult r = run(s, "import host\nhost.call('raw', " + json(payload).dump() + ")");
  ASSERT_EQ(r.status, Status::Ok);
  EXPECT_NE(r.value->find("RecursionError"), std::string::npos) << *r.value;
  EXPECT_EQ(raw_calls.load(), 0);
  EXPECT_EQ(run(s, "raw()").value, "0");
  EXPECT_EQ(raw_calls.load(), 1);
}

// json_host_function checks depth itself, for a caller that is not the bridge; the
// check runs before anything is built, so a small stack is enough.
TEST(HostInput, JsonHostFunctionRefusesDeepRequestsOnASmallStack) {
  auto fn = echo_function();
  const std::string deep = "{\"args\": " + nested_array(100000) + ", \"kwargs\": {}}";
  HostReply reply = HostReply::value("");
  on_thread_with_stack(256 << 10, [&] { reply = fn(deep); });
  EXPECT_FALSE(reply.ok());
  EXPECT_EQ(reply.type(), "RecursionError");
  // A string full of brackets is not nesting.
  const std::string brackets = "{\"args\": [" + json(std::string(100000, '[')).dump() + "], \"kwargs\": {}}";
  on_thread_with_stack(256 << 10, [&] { reply = fn(brackets); });
  ASSERT_TRUE(reply.ok()) << reply.message();
  EXPECT_EQ(json::parse(reply.json())[0].get<std::string>().size(), 100000u);
}

// The third reproduction: a scratch directory chain ~300,000 levels deep, far
// deeper than any path can name (each level is a mkdir and two renames, so the path to
// the top stays short), freed when the session ends. One destructor per level overflowed
// the host's stack.
TEST(HostInput, DeepScratchDirectoryChainIsFreedWithoutRecursion) {
  const uint64_t rss_before = peak_rss_bytes();
  {
    Policy p;
    p.mount_scratch("/tmp", 64 << 20, 400000);
    Limits l;
    l.timeout_ms = 120000;
    Session s = make_session(l, p);
    ExecResult r = run(s,
                       "import os\n"
                       "os.mkdir('/tmp/c')\n"
                       "for i in range(300000):\n"
                       "    os.mkdir('/tmp/n')\n"
                       "    os.rename('/tmp/c', '/tmp/n/c')\n"
                       "    os.rename('/tmp/n', '/tmp/c')\n"
                       "os.listdir('/tmp/c')");
    ASSERT_EQ(r.status, Status::Ok) << (r.error ? r.error->message : "");
    EXPECT_EQ(r.value, "['c']");
    // Removing the top while the chain hangs below it is refused; the session goes on.
    r = run(s, "import os\ntry:\n  os.rmdir('/tmp/c')\nexcept OSError as e:\n  print(e.errno)\n1 + 1");
    EXPECT_EQ(r.stdout_text, "39\n");
    EXPECT_EQ(r.value, "2");
  }  // the session, and its scratch tree, end here
  // The host lived; a new session works; memory stayed bounded (~100 bytes per entry).
  Session again = make_session();
  EXPECT_EQ(run(again, "1 + 1").value, "2");
  EXPECT_LT(peak_rss_bytes() - rss_before, 512ull << 20);
}

// The same chain on a thread with a 512 KiB stack, freed while a descriptor holds a
// directory inside it open (that part is freed when the descriptor goes, also without
// recursion).
TEST(HostInput, DeepScratchChainFreedOnSmallStackWithOpenDescriptor) {
  on_thread_with_stack(512 << 10, [] {
    Policy p;
    p.mount_scratch("/tmp", 16 << 20, 100000);
    // Not a test of speed: 3-8 s on a loaded 2-CPU machine, past the default 10 s deadline.
    Limits l;
    l.timeout_ms = 120000;
    Session s = make_session(l, p);
    ExecResult r = run(s,
                       "import os\n"
                       "os.mkdir('/tmp/c')\n"
                       "for i in range(50000):\n"
                       "    os.mkdir('/tmp/n')\n"
                       "    os.rename('/tmp/c', '/tmp/n/c')\n"
                       "    os.rename('/tmp/n', '/tmp/c')\n"
                       "d = os.ilistdir('/tmp/c/c')\n"
                       "next(d)");
    ASSERT_EQ(r.status, Status::Ok) << (r.error ? r.error->message : "");
    EXPECT_NE(r.value->find("'c'"), std::string::npos) << *r.value;
  });
  Session again = make_session();
  EXPECT_EQ(run(again, "1 + 1").value, "2");
}

// The issue: a big int of 5,000 digits could not cross to a host function. The host's
// JSON check refused every integer past a double's range (309 digits and more); now
// integers cross exactly both ways up to the guest's int/str conversion limit of 4300
// digits (CPython's default, which the guest follows), and past it the guest raises
// ValueError before the host is called.
TEST(HostInput, BigIntsCrossExactlyBothWays) {
  Session s = make_session();
  std::string seen;
  reg(s, "twice", [&](std::string_view req) {
    seen = std::string(req);
    const size_t a = req.find('[') + 1, b = req.find(']');
    std::string digits(req.substr(a, b - a));
    return HostReply::value("[" + digits + ", -" + digits + "]");
  });
  ExecResult r = run(s, "x = 10 ** 4300 - 1\ny = twice(x)\n(y[0] == x, y[1] == -x, y[0] // 10 ** 4299)");
  EXPECT_EQ(r.value, "(True, True, 9)") << (r.error ? r.error->message : "");
  EXPECT_NE(seen.find("[" + std::string(4300, '9') + "]"), std::string::npos);
  seen.clear();
  r = run(s, "twice(10 ** 4300)");
  ASSERT_EQ(r.status, Status::Error);
  EXPECT_EQ(r.error->type, "ValueError");
  EXPECT_TRUE(seen.empty());
  // Floats stay within a double's range.
  r = run(s, "import host\nhost.call('twice', '{\"args\": [1' + '0' * 400 + '.5]}')");
  EXPECT_NE(r.value->find("ValueError: host call payload must be"), std::string::npos) << *r.value;
}

// Found by tests/fuzz/json_host_fuzz.cc: an integer past a double's range passes the
// bridge (raw functions get it exactly) but nlohmann::json cannot hold it, and
// json_host_function answered "ValueError: malformed host call request" for a valid
// call. Now a clean OverflowError that says why; the session and the function go on.
TEST(HostInput, JsonHostFunctionBigIntBeyondDoubleIsACleanOverflowError) {
  Session s = make_session();
  reg(s, "echo", echo_function());
  ExecResult r = run(s, "try:\n  echo(10 ** 400)\nexcept OverflowError as e:\n  print('overflow', 'nlohmann' in str(e))");
  EXPECT_EQ(r.status, Status::Ok) << (r.error ? r.error->message : "");
  EXPECT_EQ(r.stdout_text, "overflow True\n");
  // Within 64 bits exactly, beyond as the nearest double (documented in json.h).
  EXPECT_EQ(run(s, "echo(2 ** 64 - 1, -2 ** 63, 0.1, -0.0)").value, "[18446744073709551615, -9223372036854775808, 0.1, -0.0]");
  EXPECT_EQ(run(s, "echo(10 ** 300)[0] == 1e300").value, "True");
}

// Also found by the fuzzer: called directly (as any HostFunction may be), with "args"
// not an array or "kwargs" not an object, json_host_function handed them on to a
// function promised an array and an object. Now a ValueError; the function never runs.
TEST(HostInput, JsonHostFunctionChecksArgumentTypesItself) {
  int calls = 0;
  auto fn = mpsandbox::json_host_function([&](const json& args, const json&) { ++calls; return args; });
  for (const char* req : {"{\"args\": 5}", "{\"kwargs\": []}", "{\"args\": {}}", "{\"args\": [], \"kwargs\": null}"}) {
    HostReply r = fn(req);
    EXPECT_FALSE(r.ok()) << req;
    EXPECT_EQ(r.type(), "ValueError") << req;
  }
  EXPECT_EQ(calls, 0);
  HostReply ok = fn("{\"args\": [1], \"kwargs\": {}}");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.json(), "[1]");
  EXPECT_EQ(calls, 1);
}

}  // namespace
