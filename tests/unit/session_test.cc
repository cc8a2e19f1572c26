// Session behaviour through the public API, against the real guest.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using test::make_session;
using test::run;
using mpsandbox::Engine;
using mpsandbox::ExecResult;
using mpsandbox::Session;
using mpsandbox::Status;



TEST(Session, PrintsToStdout) {
  Session s = make_session();
  ExecResult r = run(s, "print('hello', 6 * 7)");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, "hello 42\n");
  EXPECT_EQ(r.stderr_text, "");
  EXPECT_FALSE(r.error.has_value());
}

// Programs are compiled once per session and source text (guest/main.c compile_cached):
// a repeated program must behave exactly as if compiled again.
TEST(Session, RepeatedProgramsRunAgainWithTheirEffects) {
  Session s = make_session();
  ASSERT_EQ(run(s, "n = 0\nlog = []").status, Status::Ok);
  for (int i = 1; i <= 3; ++i) {
    ExecResult r = run(s, "n += 1\nlog.append(n)\nprint('run', n)\nn * 10");
    EXPECT_EQ(r.stdout_text, "run " + std::to_string(i) + "\n");
    EXPECT_EQ(r.value, std::to_string(i * 10));
  }
  EXPECT_EQ(run(s, "log").value, "[1, 2, 3]");
  // Functions defined by a repeated program are new objects each time.
  run(s, "def f(): return 1\nfs = globals().get('fs', []) + [f]");
  ExecResult again = run(s, "def f(): return 1\nfs = globals().get('fs', []) + [f]");
  EXPECT_EQ(again.status, Status::Ok);
  EXPECT_EQ(run(s, "len(fs), fs[0] is fs[1]").value, "(2, False)");
  // The same text under another file name reports that name.
  auto named = s.exec("1/0", {.filename = "other.py"});
  ASSERT_TRUE(named.ok());
  ASSERT_TRUE(named.value().error.has_value());
  EXPECT_NE(named.value().error->traceback.find("other.py"), std::string::npos);
  ExecResult plain = run(s, "1/0");
  EXPECT_NE(plain.error->traceback.find("<string>"), std::string::npos);
  EXPECT_EQ(plain.error->traceback.find("other.py"), std::string::npos);
  // Syntax errors are reported every time; more programs than the cache holds, and
  // programs too long to cache, still run.
  for (int i = 0; i < 2; ++i) EXPECT_EQ(run(s, "x = = 1").error->type, "SyntaxError");
  for (int i = 0; i < 150; ++i)
    EXPECT_EQ(run(s, "v" + std::to_string(i % 100) + " = " + std::to_string(i)).status, Status::Ok);
  EXPECT_EQ(run(s, "v49, v99, v0").value, "(149, 99, 100)");
  const std::string longer = "t = 0\n" + std::string(5000, '#') + "\nt += 1\nt";
  EXPECT_EQ(run(s, longer).value, "1");
  EXPECT_EQ(run(s, longer).value, "1");
}

TEST(Session, StderrIsSeparate) {
  Session s = make_session();
  ExecResult r = run(s, "import sys\nprint('out')\nsys.stderr.write('err\\n')\nprint('x', file=sys.stderr)");
  EXPECT_EQ(r.stdout_text, "out\n");
  EXPECT_EQ(r.stderr_text, "err\nx\n");
}

TEST(Session, StatePersistsAcrossExecs) {
  Session s = make_session();
  EXPECT_EQ(run(s, "x = 41").status, Status::Ok);
  EXPECT_EQ(run(s, "def inc(v):\n    return v + 1\n").status, Status::Ok);
  EXPECT_EQ(run(s, "class Box:\n    def __init__(self, v): self.v = v\n").status, Status::Ok);
  EXPECT_EQ(run(s, "import json").status, Status::Ok);
  ExecResult r = run(s, "b = Box(inc(x))\nprint(json.dumps({'v': b.v}))");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, "{\"v\": 42}\n");
}

TEST(Session, UnicodeIsByteExact) {
  Session s = make_session();
  // Emoji (4-byte UTF-8, ZWJ sequence) and combining characters must round-trip.
  const std::string text = "caf\xC3\xA9 e\xCC\x81 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB \xE4\xB8\xAD";
  ExecResult r = run(s, "s = '" + text + "'\nprint(s)\nprint(len('\xF0\x9F\x98\x80'))");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, text + "\n1\n");
  ExecResult e = run(s, "import sys\nsys.stderr.write(s)");
  EXPECT_EQ(e.stderr_text, text);
}

TEST(Session, ExceptionReportsTypeMessageLineAndKeepsSession) {
  Session s = make_session();
  run(s, "keep = 'still here'");
  ExecResult r = run(s, "print('before')\n\ndef f():\n    return 1 // 0\nf()\n");
  EXPECT_EQ(r.status, Status::Error);
  EXPECT_EQ(r.stdout_text, "before\n");  // output before the error is kept
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "ZeroDivisionError");
  EXPECT_EQ(r.error->message, "integer division or modulo by zero");
  EXPECT_EQ(r.error->line, 4);
  EXPECT_NE(r.error->traceback.find("line 5, in <module>"), std::string::npos) << r.error->traceback;
  EXPECT_NE(r.error->traceback.find("line 4, in f"), std::string::npos) << r.error->traceback;
  EXPECT_NE(r.error->traceback.find("ZeroDivisionError: integer division or modulo by zero"), std::string::npos);
  ExecResult again = run(s, "print(keep)");
  EXPECT_EQ(again.status, Status::Ok);
  EXPECT_EQ(again.stdout_text, "still here\n");
}

TEST(Session, ValueIsTheReprOfTheFinalExpression) {
  Session s = make_session();
  EXPECT_EQ(run(s, "1 + 1").value, "2");
  EXPECT_EQ(run(s, "x = 5").value, std::nullopt);
  EXPECT_EQ(run(s, "x").value, "5");
  EXPECT_EQ(run(s, "'a\\n' + 'b'").value, "'a\\nb'");
  EXPECT_EQ(run(s, "def f():\n    return [1, (2, 'z')]\nf()").value, "[1, (2, 'z')]");
  EXPECT_EQ(run(s, "x * 2\ny = 1").value, std::nullopt);  // not the last statement
  EXPECT_EQ(run(s, "print('p')").value, std::nullopt);     // None is not echoed
  EXPECT_EQ(run(s, "if x:\n    x").value, std::nullopt);   // not a top-level expression
  EXPECT_EQ(run(s, "").value, std::nullopt);
  EXPECT_EQ(run(s, "42").value, "42");
  EXPECT_EQ(run(s, "2 ** 100").value, "1267650600228229401496703205376");
  ExecResult e = run(s, "x = 1\n1 / 0");
  EXPECT_EQ(e.status, Status::Error);
  EXPECT_EQ(e.value, std::nullopt);
  // A failing __repr__ is the program's exception.
  ExecResult r = run(s, "class B:\n    def __repr__(self):\n        raise ValueError('no repr')\nB()");
  EXPECT_EQ(r.status, Status::Error);
  EXPECT_EQ(r.error->type, "ValueError");
  // Huge values are cut at the output cap and flagged.
  mpsandbox::Limits l;
  l.max_output_bytes = 1000;
  Session small = make_session(l);
  ExecResult big = run(small, "'x' * 5000");
  ASSERT_TRUE(big.value.has_value());
  EXPECT_EQ(big.value->size(), 1000u);
  EXPECT_TRUE(big.value_truncated);
}

TEST(Session, CaughtExceptionIsNotAnError) {
  Session s = make_session();
  ExecResult r = run(s, "try:\n    {}['k']\nexcept KeyError as e:\n    print('caught', repr(e))\n");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, "caught KeyError('k')\n");
}

// Regression: wasm2c 1.0.32 leaves stale unwind targets when C code returns from inside
// a try block (mp_iternext under sum()); the next exception then jumped into a dead frame.
TEST(Session, ExceptionsAfterBuiltinIterationUnwindCorrectly) {
  Session s = make_session();
  ExecResult r = run(s,
                     "print(sum([1, 2]), max(iter([3, 4])), list(map(abs, [-1])))\n"
                     "for i in range(3):\n"
                     "    try:\n"
                     "        {}['k%d' % i]\n"
                     "    except KeyError as e:\n"
                     "        print('caught', e)\n"
                     "def gen():\n"
                     "    yield 1\n"
                     "    raise ValueError('in generator')\n"
                     "try:\n"
                     "    for v in gen():\n"
                     "        pass\n"
                     "except ValueError as e:\n"
                     "    print(sorted([3, 1, 2]), e)\n");
  EXPECT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
  EXPECT_EQ(r.stdout_text,
            "3 4 [1]\ncaught 'k0'\ncaught 'k1'\ncaught 'k2'\n[1, 2, 3] in generator\n");
  ExecResult again = run(s, "print(sum(range(10)))\n1/0");
  EXPECT_EQ(again.error->type, "ZeroDivisionError");
  EXPECT_EQ(again.stdout_text, "45\n");
}

TEST(Session, SyntaxErrorReportsLine) {
  Session s = make_session();
  ExecResult r = run(s, "x = 1\ny = 2\nz = (3\n");
  EXPECT_EQ(r.status, Status::Error);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "SyntaxError");
  EXPECT_GT(r.error->line, 0);
  ExecResult r2 = run(s, "a = 1\nb = = 2\n");
  ASSERT_TRUE(r2.error.has_value());
  EXPECT_EQ(r2.error->type, "SyntaxError");
  EXPECT_EQ(r2.error->line, 2);
  EXPECT_EQ(run(s, "print('ok')").stdout_text, "ok\n");
}

TEST(Session, EmptyCode) {
  Session s = make_session();
  ExecResult r = run(s, "");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text, "");
  EXPECT_EQ(run(s, "   \n\n# only a comment\n").status, Status::Ok);
}

TEST(Session, NulBytesAreRejectedClearly) {
  Session s = make_session();
  ExecResult r = run(s, std::string("x = 1\nprint('a\0b')\n", 18));
  EXPECT_EQ(r.status, Status::Error);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "SyntaxError");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_NE(r.error->message.find("null bytes"), std::string::npos);
  EXPECT_EQ(run(s, "print(1)").stdout_text, "1\n");
}

TEST(Session, InvalidUtf8IsRejectedClearly) {
  Session s = make_session();
  for (std::string bad : {std::string("print('\xFF')"), std::string("s = '\xC0\xAF'"),
                          std::string("# \xED\xA0\x80 surrogate"), std::string("'\xE2\x82'"),
                          std::string("'\xF4\x90\x80\x80'")}) {
    ExecResult r = run(s, bad);
    EXPECT_EQ(r.status, Status::Error) << bad;
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->type, "SyntaxError");
    EXPECT_NE(r.error->message.find("invalid UTF-8"), std::string::npos);
  }
  EXPECT_EQ(run(s, "print('fine')").stdout_text, "fine\n");
}

TEST(Session, TenMegabytesOfSourceNeverCrashes) {
  Session s = make_session();
  std::string big;
  big.reserve(10 << 20);
  while (big.size() < (10u << 20)) big += "a = 1 + 2  # filler line for a very large program\n";
  auto r = s.exec(big);
  ASSERT_TRUE(r.ok());
  // Either it runs, or it fails with a clear Python error (MemoryError); never a crash.
  if (r.value().status != Status::Ok) {
    ASSERT_TRUE(r.value().error.has_value());
    EXPECT_FALSE(r.value().error->type.empty());
  }
  if (s.alive()) EXPECT_EQ(run(s, "print('alive')").stdout_text, "alive\n");
}

TEST(Session, OversizedSourceIsRefused) {
  mpsandbox::Limits l;
  l.max_source_bytes = 1000;
  Session s = make_session(l);
  ExecResult r = run(s, std::string(2000, '#'));
  EXPECT_EQ(r.status, Status::Error);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_NE(r.error->message.find("over the limit"), std::string::npos);
}

TEST(Session, HundredMegabytesOfSourceGetAClearErrorAndNothingBreaks) {
  Session s = make_session();
  run(s, "keep = 'yes'");
  std::string huge(100u << 20, 'x');
  ExecResult r = run(s, huge);  // over the default max_source_bytes
  EXPECT_EQ(r.status, Status::Error);
  EXPECT_EQ(r.error->type, "ValueError");
  EXPECT_NE(r.error->message.find("over the limit"), std::string::npos);
  // Allowed in, 100 MB of statements exhaust memory or fuel inside the guest: contained.
  mpsandbox::Limits l;
  l.max_source_bytes = 128u << 20;
  l.memory_bytes = 192u << 20;
  Session big = make_session(l);
  run(big, "keep = 'yes'");
  std::string prog;
  prog.reserve(100u << 20);
  while (prog.size() < (100u << 20)) prog += "a = 12345678 + 87654321 * 3\n";
  ExecResult b = run(big, prog);
  if (b.status != Status::Ok) EXPECT_TRUE(b.error.has_value());
  EXPECT_EQ(run(big, "keep").value, "'yes'");
  EXPECT_EQ(run(s, "keep").value, "'yes'");
}

TEST(Session, SessionsAreIndependent) {
  Session a = make_session();
  Session b = make_session();
  run(a, "x = 'a'");
  run(b, "x = 'b'");
  EXPECT_EQ(run(a, "print(x)").stdout_text, "a\n");
  EXPECT_EQ(run(b, "print(x)").stdout_text, "b\n");
  ExecResult r = run(b, "del x\nprint(x)");
  EXPECT_EQ(r.error->type, "NameError");
  EXPECT_EQ(run(a, "print(x)").stdout_text, "a\n");
}

TEST(Session, TwoThreadsExecConcurrently) {
  Session a = make_session();
  Session b = make_session();
  std::string out_a, out_b;
  auto work = [](Session& s, std::string& out, int seed) {
    for (int i = 0; i < 20; ++i) {
      auto r = s.exec("acc = globals().get('acc', 0) + sum(range(" + std::to_string(seed) +
                      "))\nprint(acc)");
      if (r.ok()) out = r.value().stdout_text;
    }
  };
  std::thread ta(work, std::ref(a), std::ref(out_a), 1000);
  std::thread tb(work, std::ref(b), std::ref(out_b), 10);
  ta.join();
  tb.join();
  EXPECT_EQ(out_a, std::to_string(20 * 499500) + "\n");
  EXPECT_EQ(out_b, std::to_string(20 * 45) + "\n");
}

TEST(Session, ConcurrentUseOfOneSessionIsAClearFailure) {
  Session s = make_session();
  std::atomic<int> busy_failures{0}, runs{0};
  auto work = [&] {
    for (int i = 0; i < 50; ++i) {
      auto r = s.exec("sum(range(20000))");
      if (r.ok()) {
        ++runs;
      } else {
        EXPECT_NE(r.failure().message.find("already executing"), std::string::npos);
        EXPECT_EQ(r.failure().code, mpsandbox::FailureCode::Busy);
        ++busy_failures;
      }
    }
  };
  std::thread t1(work), t2(work);
  t1.join();
  t2.join();
  EXPECT_EQ(runs + busy_failures, 100);
  EXPECT_GT(runs.load(), 0);
  EXPECT_TRUE(s.alive());
}

TEST(Session, GarbageCollectionKeepsLiveObjects) {
  mpsandbox::Limits l;
  l.heap_bytes = 256 * 1024;  // small heap: many collections during one exec
  Session s = make_session(l);
  ExecResult r = run(s,
                     "import gc\n"
                     "keep = {}\n"
                     "for i in range(20000):\n"
                     "    t = (str(i), [i, i * 2])\n"
                     "    if i % 100 == 0:\n"
                     "        keep[i] = t\n"
                     "gc.collect()\n"
                     "ok = all(keep[k][0] == str(k) and keep[k][1] == [k, 2 * k] for k in keep)\n"
                     "print(len(keep), ok)\n");
  EXPECT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
  EXPECT_EQ(r.stdout_text, "200 True\n");
}

TEST(Session, HeapExhaustionIsMemoryError) {
  mpsandbox::Limits l;
  l.heap_bytes = 256 * 1024;
  l.memory_bytes = 8 << 20;
  Session s = make_session(l);
  ExecResult r = run(s, "x = bytearray(10 * 1024 * 1024)");
  EXPECT_EQ(r.status, Status::Error);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "MemoryError");
  ExecResult c = run(s, "try:\n    y = [0] * 10000000\nexcept MemoryError:\n    print('caught')\n");
  EXPECT_EQ(c.stdout_text, "caught\n");
  // The heap grows within the limit: 4 MB fits in 8 MiB of memory though the heap began at 256 KiB.
  ExecResult g = run(s, "z = bytearray(4 * 1024 * 1024)\nlen(z)");
  EXPECT_EQ(g.status, Status::Ok) << (g.error ? g.error->traceback : "");
  EXPECT_EQ(g.value, "4194304");
  EXPECT_GT(g.memory_peak_bytes, 4u << 20);
  EXPECT_LE(g.memory_peak_bytes, 8u << 20);
}

TEST(Session, DeepRecursionIsRecursionError) {
  Session s = make_session();
  ExecResult r = run(s, "def f(n):\n    return f(n + 1)\nf(0)\n");
  EXPECT_EQ(r.status, Status::Error);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type, "RecursionError");
  EXPECT_NE(r.error->message.find("recursion"), std::string::npos);
  EXPECT_EQ(run(s, "print('alive')").stdout_text, "alive\n");
}

using test::on_thread_with_stack;

TEST(Session, DeepRecursionOnASmallThreadStackIsRecursionError) {
  // Where the guest runs on the thread's native stack (sanitizer builds, other
  // architectures), a 512 KiB thread runs out long before the guest's own stack: still a
  // clean RecursionError. Elsewhere the guest has a stack of its own, as big on any thread.
  Session s = make_session();
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
  const size_t stack = 4 << 20;  // sanitizer frames are about 5x larger
#else
  const size_t stack = 512 << 10;
#endif
  on_thread_with_stack(stack, [&] {
    ExecResult r = run(s, "def f(n):\n    return f(n + 1)\nf(0)\n");
    EXPECT_EQ(r.status, Status::Error);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_NE(r.error->message.find("recursion"), std::string::npos);
  });
  EXPECT_EQ(run(s, "print('alive')").stdout_text, "alive\n");
}

// A chain of generators, each delegating to the next with `yield from`, resumes its
// delegates directly (guest/patches/0001-yield-from-delegation.patch): deeper than recursion through the
// interpreter allows, but a chain too deep for the stack ends in RecursionError.
TEST(Session, DeepYieldFromChainsEndInRecursionError) {
  const char* build =
      "def leaf():\n"
      "    i = 0\n"
      "    while True:\n"
      "        yield i\n"
      "        i += 1\n"
      "def wrap(g):\n"
      "    yield from g\n"
      "def deepen(g, n):\n"
      "    for _ in range(n):\n"
      "        g = wrap(g)\n"
      "    return g\n";
  Session s = make_session();
  ASSERT_EQ(run(s, build).status, Status::Ok);
  // Started 100 levels at a time: each next() resumes the started part directly.
  ExecResult ok = run(s, "g = leaf()\nfor _ in range(30):\n    g = deepen(g, 100)\n    next(g)\n"
                         "print(next(g), next(g), sum(next(g) for _ in range(10)))");
  EXPECT_EQ(ok.status, Status::Ok) << (ok.error ? ok.error->traceback : "");
  EXPECT_EQ(ok.stdout_text, "30 31 365\n");
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
  const size_t stack = 4 << 20;
#else
  const size_t stack = 512 << 10;
#endif
  on_thread_with_stack(stack, [&] {
    ExecResult r = run(s,
                       "g = leaf()\ndepth = 0\ntry:\n"
                       "    while depth < 1000000:\n"
                       "        g = deepen(g, 100)\n"
                       "        depth += 100\n"
                       "        next(g)\n"
                       "except RuntimeError as e:\n"
                       "    print(depth > 200, e)\n");
    EXPECT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
    EXPECT_EQ(r.stdout_text, "True maximum recursion depth exceeded\n");
  });
  EXPECT_EQ(run(s, "print(next(deepen(leaf(), 50)))").stdout_text, "0\n");
}

TEST(Session, AThreadStackTooSmallToRunTrapsCleanly) {
  Session s = make_session();
  on_thread_with_stack(64 << 10, [&] {
    auto r = s.exec("print(1)");
    ASSERT_TRUE(r.ok());
#if defined(__x86_64__) && !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)
    // The guest runs on the runtime's own stack: the thread's only holds the host's frames.
    EXPECT_EQ(r.value().status, Status::Ok);
    EXPECT_EQ(r.value().stdout_text, "1\n");
#else
    EXPECT_EQ(r.value().status, Status::Killed);
    ASSERT_TRUE(r.value().error.has_value());
    EXPECT_NE(r.value().error->message.find("call stack exhausted"), std::string::npos);
#endif
  });
  // Rolled back: the session goes on, on a thread with enough stack.
  EXPECT_TRUE(s.alive());
  EXPECT_EQ(run(s, "print(2)").stdout_text, "2\n");
}

TEST(Session, SystemExitEndsTheExecWithItsCode) {
  Session s = make_session();
  ExecResult r = run(s, "import sys\nprint('bye')\nsys.exit(3)\nprint('never')");
  EXPECT_EQ(r.stdout_text, "bye\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.status, Status::Error);
  ExecResult z = run(s, "raise SystemExit");
  EXPECT_EQ(z.status, Status::Ok);
  EXPECT_EQ(z.exit_code, 0);
  EXPECT_EQ(run(s, "print('after')").stdout_text, "after\n");
}

TEST(Session, OutputCapTruncatesAndFlags) {
  mpsandbox::Limits l;
  l.max_output_bytes = 100;
  Session s = make_session(l);
  ExecResult r = run(s, "for i in range(100):\n    print('0123456789')\n");
  EXPECT_EQ(r.status, Status::Ok);
  EXPECT_EQ(r.stdout_text.size(), 100u);
  EXPECT_TRUE(r.stdout_truncated);
  EXPECT_FALSE(r.stderr_truncated);
}

TEST(Session, OutputCapCanStopTheExec) {
  mpsandbox::Limits l;
  l.max_output_bytes = 100;
  mpsandbox::Policy p;
  p.output_overflow = mpsandbox::OutputOverflow::Stop;
  auto made = Engine().new_session(l, p);
  ASSERT_TRUE(made.ok());
  Session s = std::move(made).value();
  run(s, "n = 0");
  ExecResult r = run(s, "n = 1\nwhile True:\n    print('flood')\n");
  EXPECT_EQ(r.status, Status::OutputLimit);
  EXPECT_EQ(r.stdout_text.size(), 100u);
  EXPECT_TRUE(r.stdout_truncated);
  EXPECT_EQ(run(s, "n").value, "0");  // rolled back
  ExecResult e = run(s, "import sys\nwhile True:\n    sys.stderr.write('e' * 7)\n");
  EXPECT_EQ(e.status, Status::OutputLimit);
  EXPECT_EQ(e.stderr_text, std::string(100, 'e'));
}

TEST(Session, ManySessionsOnManyThreads) {
  constexpr int kThreads = 6, kSessionsPerThread = 4, kRounds = 10;
  std::atomic<int> correct{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::vector<Session> sessions;
      for (int i = 0; i < kSessionsPerThread; ++i) sessions.push_back(make_session());
      for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kSessionsPerThread; ++i) {
          auto r = sessions[i].exec("v = globals().get('v', 0) + " + std::to_string(t * 100 + i) + "\nv");
          if (r.ok() && r.value().value == std::to_string((round + 1) * (t * 100 + i))) ++correct;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(correct.load(), kThreads * kSessionsPerThread * kRounds);
}

TEST(Limits, InvalidValuesAreRefused) {
  Engine e;
  mpsandbox::Limits l;
  l.heap_bytes = 0;
  auto r = e.new_session(l);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.failure().message.find("heap_bytes"), std::string::npos);
  EXPECT_EQ(r.failure().code, mpsandbox::FailureCode::InvalidArgument);
  EXPECT_STREQ(mpsandbox::to_string(r.failure().code), "invalid_argument");
  l = {};
  l.memory_bytes = 1ull << 40;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.heap_bytes = l.memory_bytes;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.max_output_bytes = 0;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.max_source_bytes = 0;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.max_source_bytes = 1ull << 40;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.memory_bytes = 0;
  EXPECT_FALSE(e.new_session(l).ok());
  l = {};
  l.heap_bytes = ~0ull;  // overflow must not wrap the heap + overhead check
  EXPECT_FALSE(e.new_session(l).ok());
  mpsandbox::Policy p;
  p.output_overflow = static_cast<mpsandbox::OutputOverflow>(42);
  EXPECT_FALSE(e.new_session({}, p).ok());
}

TEST(Modules, StandardModulesAreAvailable) {
  Session s = make_session();
  ExecResult r = run(s,
                     "import math, cmath, json, re, struct, binascii, collections, heapq\n"
                     "import random, io, time, hashlib, deflate, array, errno\n"
                     "print(math.sqrt(2) ** 2 == 2.0000000000000004, abs(cmath.sqrt(-4)))\n"
                     "print(2 ** 100, f'{3.5:>6}')\n"
                     "print(re.sub(r'\\d+', 'N', 'a1b22'), struct.pack('<I', 1))\n"
                     "print(binascii.hexlify(hashlib.sha256(b'abc').digest())[:16])\n"
                     "h = []\nheapq.heappush(h, 3); heapq.heappush(h, 1)\nprint(heapq.heappop(h))\n"
                     "d = collections.OrderedDict(a=1)\nprint(list(d.items()))\n");
  EXPECT_EQ(r.status, Status::Ok) << (r.error ? r.error->traceback : "");
  EXPECT_EQ(r.stdout_text,
            "True 2.0\n1267650600228229401496703205376    3.5\naNbN b'\\x01\\x00\\x00\\x00'\n"
            "b'ba7816bf8f01cfea'\n1\n[('a', 1)]\n");
}

TEST(Modules, DangerousModulesAreAbsent) {
  Session s = make_session();
  for (const char* mod : {"uctypes", "machine", "ffi", "socket", "_thread", "select"}) {
    ExecResult r = run(s, std::string("import ") + mod);
    EXPECT_EQ(r.status, Status::Error) << mod;
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->type, "ModuleNotFoundError") << mod;
  }
  ExecResult o = run(s, "open('/etc/passwd')");
  EXPECT_EQ(o.error->type, "FileNotFoundError");  // an OSError subclass, as CPython picks by errno
  EXPECT_EQ(o.error->message, "[Errno 2] No such file or directory: '/etc/passwd'");
  // os is there for files, without processes; its environment is the guest's own, empty.
  ExecResult os = run(s, "import os\n[hasattr(os, n) for n in ('system', 'popen', 'fork', 'listdir')] + [len(os.environ)]");
  EXPECT_EQ(os.value, "[False, False, False, True, 0]");
}

}  // namespace

// Every method of a moved-from Session answers cleanly: a MovedFrom failure, the defaults,
// or nothing at all; none dereferences the moved core.
TEST(Session, MovedFromSessionFailsCleanlyInEveryMethod) {
  Session a = make_session();
  mpsandbox::Limits custom;
  custom.fuel = 987654321;
  ASSERT_TRUE(a.set_limits(custom).ok());
  Session b = std::move(a);
  EXPECT_FALSE(a.alive());  // NOLINT(bugprone-use-after-move): the point of the test
  EXPECT_TRUE(b.alive());
  auto r = a.exec("1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failure().code, mpsandbox::FailureCode::MovedFrom);
  EXPECT_STREQ(mpsandbox::to_string(r.failure().code), "moved_from");
  auto more = a.needs_more_input("if x:");
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.failure().code, mpsandbox::FailureCode::MovedFrom);
  auto reg = a.register_function("f", [](std::string_view) { return mpsandbox::HostReply::value("1"); });
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.failure().code, mpsandbox::FailureCode::MovedFrom);
  auto set = a.set_limits({});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.failure().code, mpsandbox::FailureCode::MovedFrom);
  a.interrupt();
  EXPECT_EQ(a.limits().fuel, mpsandbox::Limits{}.fuel);
  EXPECT_EQ(a.policy().mounts.size(), 0u);
  // the session moved to keeps its state and limits
  EXPECT_EQ(b.limits().fuel, 987654321u);
  auto ok = b.exec("print(6 * 7)");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().stdout_text, "42\n");
  // and assigning over a moved-from session revives the name
  a = std::move(b);
  EXPECT_TRUE(a.alive());
  EXPECT_FALSE(b.alive());  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(b.exec("1").failure().code, mpsandbox::FailureCode::MovedFrom);
}

TEST(Session, InvalidFilenameIsAnInvalidArgument) {
  Session s = make_session();
  auto r = s.exec("1", {.filename = std::string("a\0b", 3)});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failure().code, mpsandbox::FailureCode::InvalidArgument);
}

// Issue 16: an interrupt that arrives just before an exec starts is not lost, and one
// meant for an exec never stops a later one.
TEST(Interrupt, AnExecStoppedBeforeItStartsRunsNoCode) {
  Session s = make_session();
  mpsandbox::InterruptHandle h = s.interrupt_handle();
  const uint64_t id = s.next_exec_id();
  EXPECT_EQ(id, 1u);
  EXPECT_TRUE(h.interrupt(id));
  auto r = s.exec("x = 1\nprint('ran')");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().status, Status::Interrupted);
  EXPECT_EQ(r.value().stdout_text, "");
  EXPECT_EQ(s.next_exec_id(), 2u);
  auto after = s.exec("print('x' in globals())");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after.value().status, Status::Ok);
  EXPECT_EQ(after.value().stdout_text, "False\n");
  // an exec that has ended: nothing; an id past the next exec's: refused
  EXPECT_TRUE(h.interrupt(2));
  EXPECT_FALSE(h.interrupt(s.next_exec_id() + 1));
  EXPECT_FALSE(h.interrupt(0));
  auto later = s.exec("1 + 1");
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later.value().status, Status::Ok);
  // an idle interrupt() has no effect on the next exec
  s.interrupt();
  h.interrupt();
  EXPECT_EQ(s.exec("2").value().status, Status::Ok);
}

TEST(Interrupt, ARequestRacingTheStartIsNeverLost) {
  Session s = make_session();
  mpsandbox::InterruptHandle h = s.interrupt_handle();
  for (int round = 0; round < 40; ++round) {
    const uint64_t id = s.next_exec_id();
    std::thread stopper([&, id, round] {
      if (round % 2) std::this_thread::sleep_for(std::chrono::microseconds(50 * round));
      EXPECT_TRUE(h.interrupt(id));
    });
    auto r = s.exec("while True:\n    pass");
    stopper.join();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().status, Status::Interrupted) << "round " << round;
    // the next exec is not stopped by it
    auto next = s.exec("3");
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value().status, Status::Ok) << "round " << round;
  }
}

TEST(Interrupt, AHandleOutlivesItsSession) {
  mpsandbox::InterruptHandle h;
  h.interrupt();  // a default handle does nothing
  EXPECT_FALSE(h.interrupt(1));
  {
    Session s = make_session();
    h = s.interrupt_handle();
    Session moved = std::move(s);
    EXPECT_EQ(s.next_exec_id(), 0u);  // NOLINT(bugprone-use-after-move)
    s.interrupt_handle().interrupt();   // NOLINT(bugprone-use-after-move)
    EXPECT_TRUE(h.interrupt(moved.next_exec_id()));
    EXPECT_EQ(moved.exec("1").value().status, Status::Interrupted);
  }
  h.interrupt();
  EXPECT_FALSE(h.interrupt(5));
}
