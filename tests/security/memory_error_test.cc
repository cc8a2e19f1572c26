// MemoryError must never brick a session (issue 15): whatever a program was doing when it
// ran out of memory (growing a list or a string, recursing while it builds objects,
// handling an exception, inside a generator, converting a host call's arguments,
// formatting its own traceback, with the collector disabled or the heap locked), the
// exec ends with a clear error and the SAME session runs the next snippet normally, with
// its earlier state and (unless the program kept it) its memory back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mpsandbox/json.h"
#include "mpsandbox/mpsandbox.h"
#include "../unit/support.h"

namespace {

using mpsandbox::ExecResult;
using mpsandbox::Limits;
using mpsandbox::Session;
using mpsandbox::Status;
using test::make_session;
using test::run;

struct MemCase {
  const char* name;
  const char* code;
  // The status and, for Status::Error, the exception type the exec must end with.
  Status status;
  const char* type;
  // What the exec's stdout must start with ("" for no check).
  const char* stdout_prefix = "";
  // Run after the case, must succeed: frees what the program itself kept (as a user
  // would: `del a`). Runs in a heap the program may have left full.
  const char* cleanup = "";
  // Also accept an uncaught MemoryError (rolled back): a program that fills the heap to
  // its last byte may run out again outside its own handler.
  bool or_memory_error = false;
};

void PrintTo(const MemCase& c, std::ostream* os) { *os << c.name; }

std::string describe(const ExecResult& r) {
  std::string s = std::string(mpsandbox::to_string(r.status));
  if (r.error) s += " " + r.error->type + ": " + r.error->message.substr(0, 200) + "\n" + r.error->traceback.substr(0, 2000);
  s += "\nstdout: " + r.stdout_text.substr(0, 300) + "\nstderr: " + r.stderr_text.substr(0, 1000);
  return s;
}

Limits small_memory() {
  Limits l;
  l.heap_bytes = 1 << 20;
  l.memory_bytes = 32 << 20;
  l.timeout_ms = 30000;
  return l;
}

// Ordinary work the session must still do, with its state from before the hostile exec.
void expect_usable(Session& s, const std::string& where) {
  SCOPED_TRACE(where);
  ExecResult r = run(s, "print(keep, 1 + 1)");
  ASSERT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.stdout_text, "kept 2\n");
  r = run(s, "x = [i * 2 for i in range(100000)]\nprint(len(x), x[-1])\ndel x");
  EXPECT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.stdout_text, "100000 199998\n");
  // Much of the memory is free again: 4 MiB at once of a 32 MiB session (the heap is
  // areas of growing sizes, so not every total can be one block).
  r = run(s, "b = bytearray(4 << 20)\nprint(len(b))\ndel b");
  EXPECT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.stdout_text, "4194304\n");
  r = run(s, "def f(n):\n    return n and f(n - 1) + 1\ntry:\n    raise KeyError('k')\n"
             "except KeyError as e:\n    print(repr(e), f(100), 'abc' * 2)");
  EXPECT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.stdout_text, "KeyError('k') 100 abcabc\n");
  r = run(s, "import json\njson.dumps({'a': [1, 2.5, None]})");
  EXPECT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.value, "'{\"a\": [1, 2.5, null]}'");
  r = run(s, "echo('hi', [1])");
  EXPECT_EQ(r.status, Status::Ok) << describe(r);
  EXPECT_EQ(r.value, "['hi', [1]]");
}

void check_case(Session& s, const MemCase& c, const std::string& round) {
  SCOPED_TRACE(round);
  ExecResult r = run(s, c.code);
  ASSERT_NE(r.status, Status::Killed) << describe(r);
  ASSERT_NE(r.status, Status::Timeout) << describe(r);
  ASSERT_NE(r.status, Status::FuelExhausted) << describe(r);
  if (c.or_memory_error && r.status == Status::Error && r.error && r.error->type == "MemoryError") {
    expect_usable(s, "after " + round);
    return;
  }
  EXPECT_EQ(r.status, c.status) << describe(r);
  if (c.status == Status::Error) {
    ASSERT_TRUE(r.error) << describe(r);
    EXPECT_EQ(r.error->type, c.type) << describe(r);
    // A clear error: the traceback names it (unless it was cut to its end).
    if (!r.error_truncated) EXPECT_NE(r.error->traceback.find(c.type), std::string::npos) << describe(r);
  }
  EXPECT_EQ(r.stdout_text.substr(0, std::string(c.stdout_prefix).size()), c.stdout_prefix) << describe(r);
  if (*c.cleanup) {
    ExecResult d = run(s, c.cleanup);
    EXPECT_EQ(d.status, Status::Ok) << "cleanup: " << describe(d);
  }
  expect_usable(s, "after " + round);
}

class MemoryErrorTest : public ::testing::TestWithParam<MemCase> {};

TEST_P(MemoryErrorTest, SessionStaysUsable) {
  const MemCase& c = GetParam();
  Session s = make_session(small_memory());
  ASSERT_TRUE(s.register_function("echo", mpsandbox::json_host_function(
                                              [](const nlohmann::json& a, const nlohmann::json&) { return a; }))
                  .ok());
  ExecResult setup = run(s, "keep = 'kept'");
  ASSERT_EQ(setup.status, Status::Ok) << describe(setup);
  expect_usable(s, "before");
  // Twice: the first time may be a fresh heap, the second one has run everything above.
  check_case(s, c, "first run");
  check_case(s, c, "second run");
}

const MemCase kCases[] = {
    // The reproduction.
    {"ListOfStrings", "a = []\nwhile True:\n    a.append('x' * 1000)", Status::Error, "MemoryError"},
    {"OutputBeforeIsKept", "print('before')\na = []\nwhile True:\n    a.append('x' * 1000)", Status::Error,
     "MemoryError", "before\n"},
    {"HugeListAtOnce", "a = [0] * (1 << 30)", Status::Error, "MemoryError"},
    // Sizes that wrap 32 bits: a tiny block, then writes past it over the heap (a trap).
    {"ListRepeatWraps", "x = [0] * 1024\nx *= (1 << 20) + 1", Status::Error, "MemoryError"},
    {"ListRepeatWrapsSmall", "x = [1, 2, 3, 4] * ((1 << 30) + 1)", Status::Error, "MemoryError"},
    {"TupleRepeatWraps", "x = (1, 2, 3, 4) * (1 << 28)", Status::Error, "MemoryError"},
    {"HugeListFromRange", "a = list(range(10 ** 9))", Status::Error, "MemoryError"},
    {"StringDoubling", "s = 'x'\nwhile True:\n    s = s + s", Status::Error, "MemoryError"},
    {"StringJoin", "s = ''.join(['y' * 1000000] * 100)", Status::Error, "MemoryError"},
    {"BytesRepeat", "b = b'z' * (100 << 20)", Status::Error, "MemoryError"},
    {"BytearrayGrowth", "b = bytearray()\nwhile True:\n    b += b'q' * 4096", Status::Error, "MemoryError"},
    {"DictGrowth", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1", Status::Error, "MemoryError"},
    {"SetGrowth", "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1", Status::Error, "MemoryError"},
    {"NestedLists", "a = []\nwhile True:\n    a = [a, 'x' * 100]", Status::Error, "MemoryError"},
    {"RecursionBuildingObjects", "def f(n):\n    x = [bytearray(50000)]\n    return f(n + 1)\nf(0)",
     Status::Error, "MemoryError"},
    {"ListComprehension", "a = [bytearray(10 ** 5) for _ in range(10 ** 6)]", Status::Error, "MemoryError"},
    {"SortKeys", "a = sorted(range(10 ** 6), key=lambda i: 'x' * 1000)", Status::Error, "MemoryError"},
    {"BigIntShift", "x = 1 << (1 << 30)", Status::Error, "MemoryError"},
    {"ReprOfHugeList", "r = repr(['x' * 1000] * 100000)", Status::Error, "MemoryError"},
    {"FormatWidth", "s = '%*d' % (100 << 20, 1)", Status::Error, "MemoryError"},
    {"FStringWidth", "s = f\"{1:>{100 << 20}}\"", Status::Error, "MemoryError"},
    {"ClassesInALoop", "a = []\nwhile True:\n    a.append(type('T', (), {'x': 'y' * 100}))", Status::Error,
     "MemoryError"},
    {"InExcept",
     "a = []\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    while True:\n        a.append('x' * 1000)",
     Status::Error, "MemoryError"},
    {"InFinally", "a = []\ntry:\n    pass\nfinally:\n    while True:\n        a.append(bytes(1000))", Status::Error,
     "MemoryError"},
    {"InExceptOfMemoryError",
     "a = []\ntry:\n    b = bytearray(1 << 30)\nexcept MemoryError:\n    while True:\n        a.append('x' * 1000)",
     Status::Error, "MemoryError"},
    {"InWithExit",
     "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *e):\n        a = []\n"
     "        while True:\n            a.append('x' * 1000)\nwith C():\n    pass",
     Status::Error, "MemoryError"},
    {"InGenerator",
     "def g():\n    a = []\n    while True:\n        a.append('x' * 1000)\n        yield len(a)\nfor n in g():\n    pass",
     Status::Error, "MemoryError"},
    {"InGeneratorClose",
     "def g():\n    try:\n        yield 1\n    finally:\n        a = []\n        while True:\n"
     "            a.append('x' * 1000)\nit = g()\nnext(it)\nit.close()",
     Status::Error, "MemoryError"},
    {"InYieldFromChain",
     "def inner():\n    a = []\n    while True:\n        a.append('x' * 1000)\n        yield\n"
     "def outer():\n    yield from inner()\nfor _ in outer():\n    pass",
     Status::Error, "MemoryError"},
    {"InHostCallArguments", "a = ['x' * 1000] * 40000\necho(a)", Status::Error, "MemoryError"},
    {"InHostCallKwargs", "a = ['x' * 1000] * 40000\necho(k=a)", Status::Error, "MemoryError"},
    {"HostCallWithFullHeap", "a = []\ntry:\n    while True:\n        a.append('x' * 1000)\nexcept MemoryError:\n"
                             "    pass\necho(list(range(1000)))",
     Status::Error, "MemoryError", "", "a = None"},
    {"ChainedExceptionsFillHeap",
     "e = None\nwhile True:\n    try:\n        raise ValueError('x' * 1000) from e\n    except ValueError as ex:\n"
     "        e = ex",
     Status::Error, "MemoryError"},
    {"HugeMessageTraceback", "raise ValueError('x' * (6 << 20))", Status::Error, "ValueError"},
    // A program that catches its MemoryError and keeps the memory: the session can still
    // run `del a` (the compiler needs memory), and then everything else.
    {"CaughtAndKept",
     "a = []\ntry:\n    while True:\n        a.append('x' * 1000)\nexcept MemoryError:\n    print('caught', len(a) > 1000)",
     Status::Ok, "", "caught True\n", "del a"},
    {"CaughtAndKeptTightly",
     "a = []\nn = 1000\nwhile n:\n    try:\n        a.append('x' * n)\n    except MemoryError:\n        n //= 2\n"
     "del a[-100:]\nprint('full')",
     Status::Ok, "", "full\n", "a = None", true},
    // 20 MiB taken, freed and taken again, five times: the heap areas the first spike
    // added stay heap (wasm memory never shrinks), so the next spike finds them.
    {"SpikeFreedAndRepeated",
     "import gc\nfor i in range(5):\n    a = [bytearray(1 << 20) for j in range(20)]\n    del a\n    gc.collect()\n"
     "print('ok')",
     Status::Ok, "", "ok\n"},
    {"CaughtAndRetried",
     "for i in range(50):\n    try:\n        b = bytearray(1 << 30)\n    except MemoryError:\n        pass\nprint('done')",
     Status::Ok, "", "done\n"},
    // Exception formatting that itself runs out of memory, or fills the heap for good.
    {"StrOfExceptionRaisesMemoryError",
     "class E(Exception):\n    def __str__(self):\n        return 'x' * (1 << 30)\nraise E()", Status::Error, "E"},
    {"StrOfExceptionFillsHeap",
     "held = []\nclass E(Exception):\n    def __str__(self):\n        while True:\n            held.append('x' * 1000)\n"
     "raise E()",
     Status::Error, "E", "", "held = None"},
    {"ReprOfValueFillsHeap",
     "held = []\nclass V:\n    def __repr__(self):\n        while True:\n            held.append('x' * 1000)\nV()",
     Status::Error, "MemoryError", "", "held = None"},
    {"ExcepthookFillsHeap",
     "import sys\nheld = []\ndef hook(*a):\n    while True:\n        held.append('x' * 1000)\n"
     "sys.excepthook = hook\nraise ValueError('v')",
     Status::Error, "ValueError", "", "held = None\nimport sys\nsys.excepthook = sys.__excepthook__"},
    // Finalisers that run out of memory.
    {"DelAllocates",
     "import gc\nclass D:\n    def __del__(self):\n        self.x = bytearray(1 << 30)\nfor i in range(100):\n"
     "    D()\ngc.collect()\nprint('ok')",
     Status::Ok, "", "ok\n"},
    // The collector disabled: garbage is still reclaimed when memory runs out (CPython
    // frees it by reference counting whatever gc.disable() says).
    {"GcDisabledGarbage", "import gc\ngc.disable()\nfor i in range(100000):\n    x = 'y' * 1000\nprint('ok')",
     Status::Ok, "", "ok\n", "import gc\ngc.enable()"},
    {"GcDisabledFill", "import gc\ngc.disable()\na = []\nwhile True:\n    a.append('x' * 1000)", Status::Error,
     "MemoryError", "", "import gc\ngc.enable()"},
    // MicroPython's heap lock (no such thing in CPython): gone from the guest.
    {"HeapLock", "import micropython\nmicropython.heap_lock()\nx = [1, 2, 3]", Status::Error, "AttributeError"},
    {"HeapLockLeftSet",
     "import micropython\ntry:\n    micropython.heap_lock()\nexcept AttributeError:\n    print('no heap_lock')",
     Status::Ok, "", "no heap_lock\n"},
};

INSTANTIATE_TEST_SUITE_P(MemoryError, MemoryErrorTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<MemCase>& i) { return std::string(i.param.name); });

}  // namespace
