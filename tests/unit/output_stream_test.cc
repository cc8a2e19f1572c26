// ExecOptions::on_output: the guest's output handed over as it is written.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using mpsandbox::ExecOptions;
using mpsandbox::ExecResult;
using mpsandbox::Limits;
using mpsandbox::Session;
using mpsandbox::Status;
using Clock = std::chrono::steady_clock;

using Parts = std::vector<std::pair<int, std::string>>;

ExecResult exec_collecting(Session& s, std::string_view code, Parts* parts) {
  ExecOptions o;
  o.on_output = [parts](int stream, std::string_view text) { parts->emplace_back(stream, std::string(text)); };
  auto r = s.exec(code, o);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.failure().message);
  return std::move(r).value();
}

std::string joined(const Parts& parts, int stream) {
  std::string all;
  for (const auto& [s, text] : parts)
    if (s == stream) all += text;
  return all;
}

TEST(OutputStream, LinesInTheOrderWritten) {
  Session s = test::make_session();
  Parts parts;
  ExecResult r = exec_collecting(s,
                                 "import sys\n"
                                 "print('o1')\n"
                                 "print('e1', file=sys.stderr)\n"
                                 "print('o2', end='')\n"
                                 "print('e2', file=sys.stderr)\n"
                                 "print('a\\nb', end='')\n",
                                 &parts);
  ASSERT_EQ(r.status, Status::Ok);
  const Parts expected = {{1, "o1\n"}, {2, "e1\n"}, {1, "o2"}, {2, "e2\n"}, {1, "a\n"}, {1, "b"}};
  EXPECT_EQ(parts, expected);
  EXPECT_EQ(joined(parts, 1), r.stdout_text);
  EXPECT_EQ(joined(parts, 2), r.stderr_text);
}

TEST(OutputStream, PrintedBeforeASleepArrivesBeforeTheSleepEnds) {
  Session s = test::make_session();
  std::vector<std::pair<std::string, Clock::time_point>> seen;
  ExecOptions o;
  o.on_output = [&](int, std::string_view text) { seen.emplace_back(std::string(text), Clock::now()); };
  auto r = s.exec("import time\nprint('first', end='')\ntime.sleep(0.1)\nprint('second')", o);
  const auto end = Clock::now();
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].first, "first");
  EXPECT_GE(end - seen[0].second, std::chrono::milliseconds(100));
  EXPECT_EQ(seen[1].first, "second\n");
}

// A line still open while the guest computes is handed over within a fuel slice: here the
// callback stops the exec, which without it would run until its fuel is spent.
TEST(OutputStream, OpenLineArrivesWhileTheGuestComputes) {
  Limits limits;
  limits.fuel = 50'000'000'000ull;
  limits.timeout_ms = 60'000;
  Session s = test::make_session(limits);
  auto stop = s.interrupt_handle();
  const uint64_t id = s.next_exec_id();
  std::string got;
  ExecOptions o;
  o.on_output = [&](int, std::string_view text) {
    got += text;
    stop.interrupt(id);
  };
  auto r = s.exec("print('working', end='')\nwhile True:\n    pass", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().status, Status::Interrupted);
  EXPECT_EQ(got, "working");
  EXPECT_EQ(r.value().stdout_text, "working");
}

TEST(OutputStream, CutAtTheOutputLimitAsTheResultIs) {
  Limits limits;
  limits.max_output_bytes = 1000;
  Session s = test::make_session(limits);
  Parts parts;
  ExecResult r = exec_collecting(s, "for i in range(500):\n    print(i)", &parts);
  EXPECT_TRUE(r.stdout_truncated);
  EXPECT_EQ(r.stdout_text.size(), 1000u);
  EXPECT_EQ(joined(parts, 1), r.stdout_text);
  EXPECT_GT(parts.size(), 100u);  // line by line, not at the end
}

TEST(OutputStream, GivenAlsoWhenTheExecIsRolledBack) {
  Limits limits;
  limits.fuel = 5'000'000;
  Session s = test::make_session(limits);
  Parts parts;
  ExecResult r = exec_collecting(s, "x = 1\nprint('before')\nwhile True:\n    x += 1", &parts);
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(joined(parts, 1), "before\n");
  EXPECT_EQ(r.stdout_text, "before\n");
  EXPECT_EQ(test::run(s, "x").status, Status::Error);  // NameError: rolled back
}

TEST(OutputStream, AThrowingCallbackIsNotCalledAgain) {
  Session s = test::make_session();
  int calls = 0;
  ExecOptions o;
  o.on_output = [&](int, std::string_view) {
    ++calls;
    throw std::runtime_error("consumer gone");
  };
  auto r = s.exec("for i in range(3):\n    print(i)", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().status, Status::Ok);
  EXPECT_EQ(r.value().stdout_text, "0\n1\n2\n");
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(test::run(s, "print('next')").stdout_text, "next\n");
}

TEST(OutputStream, TheSessionIsBusyInsideTheCallback) {
  Session s = test::make_session();
  bool busy = false;
  ExecOptions o;
  o.on_output = [&](int, std::string_view) {
    auto inner = s.exec("1");
    busy = !inner.ok() && inner.failure().code == mpsandbox::FailureCode::Busy;
  };
  auto r = s.exec("print('x')", o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(busy);
}

TEST(OutputStream, NoOutputNoCall) {
  Session s = test::make_session();
  Parts parts;
  EXPECT_EQ(exec_collecting(s, "x = 1", &parts).status, Status::Ok);
  EXPECT_TRUE(parts.empty());
}

}  // namespace
