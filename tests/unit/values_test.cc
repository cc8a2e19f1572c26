// Values in and out without code as text: exec inputs, Session::call, value_json.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "mpsandbox/json.h"
#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using mpsandbox::ExecOptions;
using mpsandbox::ExecResult;
using mpsandbox::FailureCode;
using mpsandbox::Session;
using mpsandbox::Status;
using nlohmann::json;
using test::make_session;
using test::run;

ExecResult exec_with(Session& s, std::string_view code, std::string inputs) {
  ExecOptions o;
  o.inputs_json = std::move(inputs);
  auto r = s.exec(code, o);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.failure().message);
  return r.ok() ? std::move(r).value() : ExecResult{};
}

std::string failure_of(const mpsandbox::Result<ExecResult>& r) {
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "";
  EXPECT_EQ(r.failure().code, FailureCode::InvalidArgument);
  return r.failure().message;
}

TEST(Inputs, BoundAsGlobalsWithPythonTypes) {
  Session s = make_session();
  auto r = exec_with(s, "[type(v).__name__ for v in (a, b, c, d, e, f, g, big)]",
                     R"({"a": null, "b": true, "c": 1, "d": 1.5, "e": "\u00e9t\u00e9", "f": [1, [2]],
                         "g": {"k": {"n": 0}}, "big": 123456789012345678901234567890})");
  ASSERT_EQ(r.status, Status::Ok) << r.error->message;
  EXPECT_EQ(r.value, "['NoneType', 'bool', 'int', 'float', 'str', 'list', 'dict', 'int']");
  EXPECT_EQ(run(s, "e, big + 1, g['k']").value, "('\u00e9t\u00e9', 123456789012345678901234567891, {'n': 0})");
  // Later execs see them as any global; a new exec's inputs replace same-named globals.
  EXPECT_EQ(exec_with(s, "c + x", R"({"x": 41})").value, "42");
  EXPECT_EQ(exec_with(s, "c", "{}").value, "1");
}

TEST(Inputs, RolledBackWithAStoppedExec) {
  Session s = make_session();
  run(s, "x = 'before'");
  ExecOptions o;
  o.inputs_json = R"({"x": "during"})";
  o.fuel = 100000;
  auto r = s.exec("while True: pass", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().status, Status::FuelExhausted);
  EXPECT_EQ(run(s, "x").value, "'before'");
}

TEST(Inputs, RefusedWhenNotAnObjectOfIdentifiers) {
  Session s = make_session();
  auto with = [&](std::string inputs) {
    ExecOptions o;
    o.inputs_json = std::move(inputs);
    return failure_of(s.exec("1", o));
  };
  EXPECT_EQ(with("[1, 2]"), "inputs: not a JSON object");
  EXPECT_EQ(with("{\"a\": }"), "inputs: not valid JSON (RFC 8259, UTF-8)");
  EXPECT_EQ(with("{\"a\": NaN}"), "inputs: not valid JSON (RFC 8259, UTF-8)");
  EXPECT_EQ(with("{\"a\": \"\xff\"}"), "inputs: not valid JSON (RFC 8259, UTF-8)");
  EXPECT_EQ(with(R"({"ok": 1, "my-var": 2})"), "inputs: key \"my-var\" is not a Python identifier");
  EXPECT_EQ(with(R"({"1x": 2})"), "inputs: key \"1x\" is not a Python identifier");
  EXPECT_EQ(with(R"({"": 2})"), "inputs: key \"\" is not a Python identifier");
  EXPECT_EQ(with(R"({"a\nb": 2})"), "inputs: key \"a\\nb\" is not a Python identifier");
  EXPECT_EQ(with(R"({"class": 2})"), "inputs: key \"class\" is a Python keyword");
  EXPECT_EQ(with(R"({"cl\u0061ss": 2})"), "inputs: key \"cl\\u0061ss\" is a Python keyword");
  EXPECT_EQ(with(std::string(300, '[') + std::string(300, ']')), "inputs: nested deeper than 256 levels");
  EXPECT_EQ(with("{\"a\":" + std::string(300, '[') + std::string(300, ']') + "}"),
            "inputs: nested deeper than 256 levels");
  // Keys only count at the top: nested objects may have any keys.
  EXPECT_EQ(exec_with(s, "d['my-key']", R"({"d": {"my-key": [1, {"2": 3}]}})").value, "[1, {'2': 3}]");
  // Non-ASCII identifiers, escaped or not.
  EXPECT_EQ(exec_with(s, "caf\u00e9 + na\u00efve", R"({"caf\u00e9": 1, "na\u00efve": 2})").value, "3");
  EXPECT_EQ(exec_with(s, "caf\u00e9", "{\"caf\\u00e9\": 5}").value, "5");
  // Over max_source_bytes.
  mpsandbox::Limits small;
  small.max_source_bytes = 100;
  Session t = make_session(small);
  ExecOptions o;
  o.inputs_json = "{\"a\": \"" + std::string(200, 'x') + "\"}";
  EXPECT_EQ(failure_of(t.exec("a", o)), "inputs are 209 bytes of JSON, over max_source_bytes (100)");
  // Nothing was bound by the refusals, and the session goes on.
  EXPECT_EQ(run(s, "'ok' in globals(), 'a' in globals()").value, "(False, False)");
}

TEST(Inputs, FromNlohmannJson) {
  Session s = make_session();
  auto r = s.exec("sum(rows) * scale", mpsandbox::with_inputs({{"rows", {1, 2, 3}}, {"scale", 2}}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().value, "12");
  EXPECT_EQ(mpsandbox::json_value(r.value()), json(12));
}

TEST(ValueJson, SetForJsonCompatibleValues) {
  Session s = make_session();
  auto json_of = [&](std::string_view code) { return run(s, code).value_json; };
  EXPECT_EQ(json_of("1 + 1"), "2");
  EXPECT_EQ(json_of("2 ** 100"), "1267650600228229401496703205376");
  EXPECT_EQ(json_of("0.1 + 0.2"), "0.30000000000000004");
  EXPECT_EQ(json_of("1e308 * 10"), std::nullopt);  // inf: not JSON
  EXPECT_EQ(json_of("float('nan')"), std::nullopt);
  EXPECT_EQ(json_of("2.0"), "2.0");
  EXPECT_EQ(json_of("True, False, None"), "[true,false,null]");
  EXPECT_EQ(json_of("{'a': [1, (2, 3)], 'b': {'c': 'd'}}"), R"({"a":[1,[2,3]],"b":{"c":"d"}})");
  EXPECT_EQ(json_of("'\u00e9\\n\"\\x01\\t'"), "\"\u00e9\\n\\\"\\u0001\\t\"");  // non-ASCII as it is
  EXPECT_EQ(json_of("{1: 2}"), std::nullopt);  // non-str key
  EXPECT_EQ(json_of("{1, 2}"), std::nullopt);
  EXPECT_EQ(json_of("[object()]"), std::nullopt);
  EXPECT_EQ(json_of("from collections import OrderedDict\nOrderedDict(b=1, a=2)"), R"({"b":1,"a":2})");
  EXPECT_EQ(json_of("None"), std::nullopt);  // no value at all, as `value`
  EXPECT_EQ(json_of("x = 1"), std::nullopt);
  // The repr is there in any case.
  EXPECT_EQ(run(s, "{1, 2}").value, "{1, 2}");
  // Deep structures: RecursionError in repr or JSON (the stack check), never a crash.
  auto deep = run(s, "d = []\nfor _ in range(100000): d = [d]\nd");
  EXPECT_NE(deep.status, Status::Killed);
  EXPECT_EQ(deep.value_json, std::nullopt);
  EXPECT_EQ(run(s, "len(d)").value, "1");
}

TEST(ValueJson, AbsentWhenOverTheOutputCap) {
  mpsandbox::Limits l;
  l.max_output_bytes = 64;
  Session s = make_session(l);
  auto r = run(s, "list(range(100))");
  EXPECT_TRUE(r.value_truncated);
  EXPECT_EQ(r.value_json, std::nullopt);
  EXPECT_EQ(run(s, "list(range(10))").value_json, "[0,1,2,3,4,5,6,7,8,9]");
}

TEST(Call, CallsAGuestFunctionWithJsonArguments) {
  Session s = make_session();
  run(s, "def f(a, b=2, *, c=3):\n    print('called', a)\n    return {'sum': a + b + c, 'args': [a, b, c]}\n"
         "class M:\n    def __init__(self): self.k = 10\n    def scale(self, x): return x * self.k\n"
         "model = M()\nimport math\n");
  auto r = s.call("f", "[1]");
  ASSERT_TRUE(r.ok()) << r.failure().message;
  EXPECT_EQ(r.value().status, Status::Ok);
  EXPECT_EQ(r.value().stdout_text, "called 1\n");
  EXPECT_EQ(r.value().value, "{'sum': 6, 'args': [1, 2, 3]}");
  EXPECT_EQ(r.value().value_json, R"({"sum":6,"args":[1,2,3]})");
  EXPECT_EQ(s.call("f", "[1, 20]", R"({"c": 300})").value().value_json, R"({"sum":321,"args":[1,20,300]})");
  EXPECT_EQ(s.call("model.scale", "[4]").value().value, "40");
  EXPECT_EQ(s.call("math.sqrt", "[16]").value().value, "4.0");
  EXPECT_EQ(s.call("len", R"([[1, 2, 3]])").value().value, "3");  // builtins too
  // None is a value here: the caller asked for the return value.
  run(s, "def nothing(): pass");
  auto none = s.call("nothing").value();
  EXPECT_EQ(none.value, "None");
  EXPECT_EQ(none.value_json, "null");
  EXPECT_EQ(mpsandbox::call(s, "f", 1, 2).value().value_json, R"({"sum":6,"args":[1,2,3]})");
}

TEST(Call, ErrorsAreTheResultsError) {
  Session s = make_session();
  run(s, "def f(x):\n    return 1 / x\n");
  auto r = s.call("f", "[0]").value();
  EXPECT_EQ(r.status, Status::Error);
  EXPECT_EQ(r.error->type, "ZeroDivisionError");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_NE(r.error->traceback.find("line 2, in f"), std::string::npos) << r.error->traceback;
  auto missing = s.call("nope").value();
  EXPECT_EQ(missing.error->type, "NameError");
  EXPECT_EQ(missing.error->message, "name 'nope' is not defined");
  EXPECT_EQ(s.call("f.nope").value().error->type, "AttributeError");
  EXPECT_EQ(s.call("f", "[]").value().error->type, "TypeError");
  EXPECT_EQ(s.call("f", "[1]", R"({"y": 1})").value().error->type, "TypeError");
  run(s, "v = 5");
  EXPECT_EQ(s.call("v").value().error->type, "TypeError");  // not callable
}

TEST(Call, LimitsAndRollbackAsExec) {
  Session s = make_session();
  run(s, "n = 0\ndef spin():\n    global n\n    n = 1\n    while True: pass\n");
  ExecOptions o;
  o.fuel = 200000;
  auto r = s.call("spin", "[]", "{}", o).value();
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(run(s, "n").value, "0");
  ExecOptions e;
  e.rollback_on_error = true;
  run(s, "def bad():\n    global n\n    n = 2\n    raise ValueError('x')\n");
  EXPECT_EQ(s.call("bad", "[]", "{}", e).value().status, Status::Error);
  EXPECT_EQ(run(s, "n").value, "0");
}

TEST(Call, RefusesMalformedNamesAndArguments) {
  Session s = make_session();
  run(s, "def f(*a, **k): return [a, k]");
  EXPECT_EQ(failure_of(s.call("")), "call: the function name must be 1 to 4096 bytes of UTF-8");
  EXPECT_EQ(failure_of(s.call("f()")), "call: \"f()\" is not a name or a dotted path of names (\"f\", \"obj.method\")");
  EXPECT_EQ(failure_of(s.call("a..b")), "call: \"a..b\" is not a name or a dotted path of names (\"f\", \"obj.method\")");
  EXPECT_EQ(failure_of(s.call("f.")), "call: \"f.\" is not a name or a dotted path of names (\"f\", \"obj.method\")");
  EXPECT_EQ(failure_of(s.call("import")), "call: \"import\" is not a name or a dotted path of names (\"f\", \"obj.method\")");
  EXPECT_EQ(failure_of(s.call("f", "{}")), "call: the positional arguments must be a JSON array");
  EXPECT_EQ(failure_of(s.call("f", "")), "call: the positional arguments must be a JSON array");
  EXPECT_EQ(failure_of(s.call("f", "[1],\"kwargs\":{}")), "call: the positional arguments must be a JSON array");
  EXPECT_EQ(failure_of(s.call("f", "[]", "[]")), "call: the keyword arguments: not a JSON object");
  EXPECT_EQ(failure_of(s.call("f", "[]", R"({"a b": 1})")), "call: the keyword arguments: key \"a b\" is not a Python identifier");
  EXPECT_EQ(failure_of(s.call("f", std::string(300, '[') + std::string(300, ']'))),
            "call: the arguments are nested deeper than 256 levels");
  EXPECT_EQ(s.call("f", "[1, \"\u00e9\"]", R"({"k": null})").value().value, "[(1, '\u00e9'), {'k': None}]");
}

}  // namespace

namespace {

// A limit's stop unwinds the program with a traceback that shows where it stopped.
TEST(StopTraceback, FuelStopShowsTheLineItStoppedAt) {
  mpsandbox::Limits l;
  l.fuel = 3'000'000;
  Session s = make_session(l);
  run(s, "n = 0");
  auto r = run(s, "def work():\n    global n\n    n = 1\n    while True:\n        n += 1\n\nwork()\n");
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(r.fuel_used, 3'000'000u);
  EXPECT_EQ(r.error->type, "FuelExhausted");
  EXPECT_EQ(r.error->message, "fuel limit of 3000000 reached");
  EXPECT_EQ(r.error->line, 5);
  EXPECT_EQ(r.error->traceback,
            "Traceback (most recent call last):\n  File \"<string>\", line 7, in <module>\n"
            "  File \"<string>\", line 5, in work\nFuelExhausted: fuel limit of 3000000 reached\n");
  EXPECT_EQ(run(s, "n").value, "0");  // rolled back as before
  // Without the traceback: the stop at once, as a front end that reruns it asks.
  ExecOptions hard;
  hard.stop_traceback = false;
  auto at_once = s.exec("def work():\n    while True: pass\nwork()", hard).value();
  EXPECT_EQ(at_once.status, Status::FuelExhausted);
  EXPECT_EQ(at_once.error->traceback, "");
  EXPECT_EQ(at_once.error->line, 0);
  // Deterministic: the same stop, the same report.
  auto again = run(s, "def work():\n    global n\n    n = 1\n    while True:\n        n += 1\n\nwork()\n");
  EXPECT_EQ(again.error->traceback, r.error->traceback);
  EXPECT_EQ(again.fuel_used, r.fuel_used);
}

TEST(StopTraceback, TimeoutAndInterruptToo) {
  mpsandbox::Limits l;
  l.timeout_ms = 100;
  Session s = make_session(l);
  auto r = run(s, "def spin():\n    while True:\n        pass\nspin()");
  EXPECT_EQ(r.status, Status::Timeout);
  EXPECT_EQ(r.error->line, 3);
  EXPECT_NE(r.error->traceback.find("line 3, in spin\nTimeout: wall-clock limit of 100 ms reached\n"),
            std::string::npos) << r.error->traceback;
  auto slept = run(s, "import time\ntime.sleep(5)\nprint('after')");
  EXPECT_EQ(slept.status, Status::Timeout);
  EXPECT_EQ(slept.stdout_text, "");
  EXPECT_LT(slept.wall_time_us, 2'000'000u);
  EXPECT_NE(slept.error->traceback.find("line 2, in <module>"), std::string::npos) << slept.error->traceback;
  Session t = make_session();
  auto handle = t.interrupt_handle();
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    handle.interrupt(1);
  });
  auto i = run(t, "x = 0\nwhile True:\n    x += 1");
  stopper.join();
  EXPECT_EQ(i.status, Status::Interrupted);
  EXPECT_EQ(i.error->line, 3);
  EXPECT_NE(i.error->traceback.find("Interrupted: interrupted by the host\n"), std::string::npos) << i.error->traceback;
}

TEST(StopTraceback, CatchingTheStopDoesNotEscapeIt) {
  mpsandbox::Limits l;
  l.fuel = 2'000'000;
  Session s = make_session(l);
  // A bare except meets the stop again at once; a finally runs as the program unwinds.
  auto r = run(s, "def f():\n    try:\n        while True: pass\n    finally:\n        print('cleanup')\n"
                  "while True:\n    try:\n        f()\n    except:\n        pass\n");
  EXPECT_EQ(r.status, Status::FuelExhausted);
  EXPECT_EQ(r.fuel_used, 2'000'000u);
  EXPECT_EQ(r.stdout_text.substr(0, 8), "cleanup\n");
  // A program that catches it and ends is still stopped and rolled back.
  run(s, "v = 'before'");
  auto caught = run(s, "try:\n    while True: pass\nexcept BaseException as e:\n    v = 'caught'\n");
  EXPECT_EQ(caught.status, Status::FuelExhausted);
  EXPECT_EQ(run(s, "v").value, "'before'");
  // A stop in code that never reaches a check (one long C call) ends it outright.
  auto c_loop = run(s, "len(str(7 ** 300000))");
  EXPECT_EQ(c_loop.status, Status::FuelExhausted);
  EXPECT_EQ(run(s, "1 + 1").value, "2");
}

}  // namespace
