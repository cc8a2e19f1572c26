// Host functions through the public API, against the real guest.
#include <gtest/gtest.h>

#include <string>

#include "mpsandbox/json.h"
#include "mpsandbox/mpsandbox.h"
#include "support.h"

namespace {

using test::make_session;
using test::run;
using mpsandbox::Engine;
using mpsandbox::ExecResult;
using mpsandbox::HostReply;
using mpsandbox::Session;
using mpsandbox::Status;
using nlohmann::json;



void reg(Session& s, std::string_view name, mpsandbox::HostFunction fn) {
  auto r = s.register_function(name, std::move(fn));
  ASSERT_TRUE(r.ok()) << r.failure().message;
}

TEST(HostFunctions, CalledAsPlainFunctionsWithArgsAndKwargs) {
  Session s = make_session();
  reg(s, "add", mpsandbox::json_host_function([](const json& args, const json& kwargs) {
        return args[0].get<int64_t>() + args[1].get<int64_t>() + kwargs.value("extra", 0);
      }));
  EXPECT_EQ(run(s, "add(2, 3)").value, "5");
  EXPECT_EQ(run(s, "add(2, 3, extra=10)").value, "15");
  EXPECT_EQ(run(s, "import host\nhost.add(1, 1)").value, "2");
  EXPECT_EQ(run(s, "add").value, "<host function add>");
}

TEST(HostFunctions, RegisteredBetweenExecsAndBeforeTheFirst) {
  Session s = make_session();
  reg(s, "first", [](std::string_view) { return HostReply::value("1"); });
  EXPECT_EQ(run(s, "x = first()").status, Status::Ok);
  reg(s, "second", [](std::string_view) { return HostReply::value("2"); });
  EXPECT_EQ(run(s, "x + second()").value, "3");
  // Re-registering replaces the function.
  reg(s, "first", [](std::string_view) { return HostReply::value("100"); });
  EXPECT_EQ(run(s, "first()").value, "100");
}

TEST(HostFunctions, ValuesRoundTripExactly) {
  Session s = make_session();
  std::string seen;
  reg(s, "echo", [&](std::string_view req) {
    seen = std::string(req);
    json j = json::parse(req);
    return HostReply::value(j["args"][0].dump());
  });
  ExecResult r = run(s,
                     "v = [None, True, False, 0, -7, 3.5, 'h\\u00e9\\U0001F600\"\\\\\\n', [1, [2]], {'k': {'n': 1}}]\n"
                     "echo(v) == v");
  EXPECT_EQ(r.value, "True") << (r.error ? r.error->traceback : "");
  // Big ints cross both ways without loss (the raw bridge keeps the digits).
  reg(s, "big", [](std::string_view req) {
    std::string_view r = req;
    auto start = r.find('[') + 1;
    return HostReply::value(std::string(r.substr(start, r.find(']') - start)));
  });
  EXPECT_EQ(run(s, "big(2 ** 200) == 2 ** 200").value, "True");
  EXPECT_EQ(run(s, "echo((1, 2))").value, "[1, 2]");  // tuples travel as lists
}

// Value replies are decoded by the bridge itself (guest/modhost.c), into what the
// guest's json.loads makes of the same text.
TEST(HostFunctions, RepliesDecodeAsJsonLoadsDoes) {
  Session s = make_session();
  std::string text;
  reg(s, "reply", [&](std::string_view) { return HostReply::value(text); });
  ASSERT_EQ(run(s, "import json, host\n"
                   "def same():\n"
                   "    v = reply()\n"
                   "    w = json.loads(host.call('reply', '{\"args\": [], \"kwargs\": {}}'))['value']\n"
                   "    return v == w and type(v) is type(w) and repr(v) == repr(w)\n")
                .status,
            Status::Ok);
  const std::string texts[] = {
      "0", "-1", "1073741823", "1073741824", "-1073741824", "-1073741825", "999999999999999999",
      "-999999999999999999", "1000000000000000000", "9223372036854775807", "-9223372036854775808",
      "123456789012345678901234567890", "-123456789012345678901234567890", "1.5", "-0.0", "1e-7",
      "1E+300", "0.1", "2.5e3", "-12.75E-2", "true", "false", "null", "\"\"", "\"plain\"",
      "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u0000 \\u20AC\"", "\"caf\xc3\xa9 \xe2\x82\xac\"",
      "[]", "{}", " [ 1 , { \"a\" : [ ] , \"b\" : { } } , \"x\" ] ", "\n{\"a\":1,\"b\":[1,2],\"c\":{\"d\":null}}\t",
      "{\"dup\": 1, \"dup\": 2}", "[[[[[[1]]]], []], {\"k\": [{}]}]", "[\"" + std::string(3000, 'y') + "\"]"};
  for (const std::string& t : texts) {
    text = t;
    ExecResult r = run(s, "same()");
    EXPECT_EQ(r.value, "True") << t << (r.error ? r.error->traceback : "");
  }
  // An escaped surrogate pair is one code point (json.loads makes two of it).
  text = "[\"\\ud83d\\ude00\", \"a\\uD83D\\uDE00b\"]";
  EXPECT_EQ(run(s, "reply() == ['\\U0001F600', 'a\\U0001F600b']").value, "True");
  // Nesting is not recursion: 100,000 levels decode.
  text = std::string(100000, '[') + "7" + std::string(100000, ']');
  EXPECT_EQ(run(s, "v = reply()\nd = 0\nwhile isinstance(v, list):\n    v = v[0]\n    d += 1\n(d, v)").value,
            "(100000, 7)");
}

// Floats cross the bridge bit for bit both ways (guest/modhost.c formats them with the
// fewest of 15-17 digits that read back exactly, and parses replies with strtod), and
// the host sees the short form: 0.1 + 0.2 arrives as 0.30000000000000004, not 0.3.
TEST(HostFunctions, FloatsCrossExactly) {
  Session s = make_session();
  std::string seen;
  reg(s, "echo", [&](std::string_view req) {
    seen = std::string(req);
    json j = json::parse(req);
    return HostReply::value(j["args"][0].dump());
  });
  ExecResult r = run(s,
                     "import struct\n"
                     "vals = [0.1 + 0.2, 0.1, 1 / 3, 2.0 ** -1074, (2.0 - 2.0 ** -52) * 2.0 ** 1023, -0.0, 1e16,\n"
                     "        1e22, 123456789.125, 2.0 ** -1022, 9007199254740993.0, 0.1 * 3, 1e-7, 4.35, 100.0]\n"
                     "bits = lambda v: struct.pack('<d', v)\n"
                     "[v for v in vals if bits(echo(v)) != bits(v) or type(echo(v)) is not float]");
  EXPECT_EQ(r.value, "[]") << (r.error ? r.error->traceback : "");
  const std::pair<const char*, const char*> texts[] = {
      {"0.1 + 0.2", "0.30000000000000004"}, {"0.1", "0.1"}, {"2.0", "2.0"}, {"-0.0", "-0.0"},
      {"1e16", "1e+16"}, {"1 / 3", "0.3333333333333333"}, {"2.5e-5", "2.5e-05"}, {"[1.5, {'x': 0.1 * 3}]", ""}};
  for (const auto& [expr, want] : texts) {
    ASSERT_EQ(run(s, std::string("echo(") + expr + ")").status, Status::Ok) << expr;
    if (*want) EXPECT_EQ(seen, std::string("{\"args\":[") + want + "],\"kwargs\":{}}") << expr;
  }
  EXPECT_EQ(seen, "{\"args\":[[1.5,{\"x\":0.30000000000000004}]],\"kwargs\":{}}");
  // Replies: each text reads as the double CPython reads from it.
  std::string text;
  reg(s, "reply", [&](std::string_view) { return HostReply::value(text); });
  const std::pair<const char*, const char*> replies[] = {
      {"0.30000000000000004", "343333333333d33f"}, {"5e-324", "0100000000000000"},
      {"1.7976931348623157e308", "ffffffffffffef7f"}, {"2.2250738585072014e-308", "0000000000001000"},
      {"9007199254740993.0", "0000000000004043"}, {"0.1", "9a9999999999b93f"},
      {"1e23", "f64ae1c7022db544"}, {"8.98846567431158e307", "000000000000e07f"}};
  for (const auto& [reply, hex] : replies) {
    text = reply;
    EXPECT_EQ(run(s, "import struct\nstruct.pack('<d', reply()).hex()").value, std::string("'") + hex + "'") << reply;
  }
}

TEST(HostFunctions, UnsupportedArgumentTypesAreTypeErrorsInTheGuest) {
  Session s = make_session();
  int calls = 0;
  reg(s, "f", [&](std::string_view) {
    ++calls;
    return HostReply::value("null");
  });
  for (const char* bad : {"f(object())", "f({1: 'int key'})", "f(b'bytes')", "f({'a': {1, 2}})",
                          "f(lambda: 0)"}) {
    ExecResult r = run(s, bad);
    ASSERT_TRUE(r.error.has_value()) << bad;
    EXPECT_EQ(r.error->type, "TypeError") << bad;
  }
  EXPECT_EQ(run(s, "f(float('nan'))").error->type, "ValueError");
  EXPECT_EQ(calls, 0);
  // Deep structures: RecursionError, not a crash.
  ExecResult deep = run(s, "x = []\nfor i in range(100000):\n    x = [x]\nf(x)");
  ASSERT_TRUE(deep.error.has_value());
  EXPECT_EQ(deep.error->type, "RecursionError");
  EXPECT_NE(deep.error->message.find("recursion"), std::string::npos);
}

TEST(HostFunctions, ErrorsCrossAsExceptions) {
  Session s = make_session();
  reg(s, "fails", [](std::string_view) -> HostReply { throw std::runtime_error("disk on fire"); });
  reg(s, "refuses", [](std::string_view) { return HostReply::error("ValueError", "bad input"); });
  reg(s, "custom", [](std::string_view) { return HostReply::error("QuotaExceeded", "too many calls"); });
  reg(s, "typed", mpsandbox::json_host_function([](const json&, const json&) -> json {
        throw mpsandbox::HostException("KeyError", "no such user");
      }));
  ExecResult a = run(s, "fails()");
  EXPECT_EQ(a.error->type, "RuntimeError");
  EXPECT_EQ(a.error->message, "disk on fire");  // the type once, as CPython prints it
  ExecResult b = run(s, "try:\n    refuses()\nexcept ValueError as e:\n    print('caught', e)");
  EXPECT_EQ(b.stdout_text, "caught bad input\n");
  EXPECT_EQ(run(s, "custom()").error->message, "QuotaExceeded: too many calls");
  EXPECT_EQ(run(s, "custom()").error->type, "RuntimeError");
  EXPECT_EQ(run(s, "typed()").error->type, "KeyError");
  EXPECT_EQ(run(s, "print('still fine')").stdout_text, "still fine\n");
  // Invalid UTF-8 in a message arrives replaced, never as a broken str.
  reg(s, "mangled", [](std::string_view) -> HostReply { throw std::runtime_error("bad \xff\xfe end"); });
  ExecResult m = run(s, "try:\n    mangled()\nexcept RuntimeError as e:\n    print(repr(str(e)))");
  EXPECT_EQ(m.stdout_text, "'bad \xef\xbf\xbd\xef\xbf\xbd end'\n");  // U+FFFD is printable: CPython's repr keeps it
}

TEST(HostFunctions, InvalidJsonAndOversizedResults) {
  mpsandbox::Limits l;
  l.max_host_result_bytes = 1000;
  Session s = make_session(l);
  reg(s, "garbage", [](std::string_view) { return HostReply::value("{not json"); });
  reg(s, "nan", [](std::string_view) { return HostReply::value("NaN"); });
  reg(s, "two", [](std::string_view) { return HostReply::value("1 2"); });
  reg(s, "badutf8", [](std::string_view) { return HostReply::value("\"\xff\""); });
  reg(s, "huge", [](std::string_view) { return HostReply::value("\"" + std::string(5000, 'x') + "\""); });
  for (const char* name : {"garbage", "nan", "two", "badutf8"}) {
    ExecResult r = run(s, std::string(name) + "()");
    ASSERT_TRUE(r.error.has_value()) << name;
    EXPECT_EQ(r.error->type, "TypeError") << name;
    EXPECT_NE(r.error->message.find("invalid JSON"), std::string::npos) << name;
  }
  ExecResult h = run(s, "huge()");
  EXPECT_EQ(h.error->type, "ValueError");
  EXPECT_NE(h.error->message.find("result too large: "), std::string::npos);
  EXPECT_NE(h.error->message.find("over max_host_result_bytes"), std::string::npos);
}

TEST(HostFunctions, LowLevelBridgeUsesTheWireFormat) {
  Session s = make_session();
  reg(s, "mul", mpsandbox::json_host_function([](const json& args, const json&) {
        return args[0].get<double>() * args[1].get<double>();
      }));
  EXPECT_EQ(run(s, "import host\nhost.call('mul', '{\"args\": [6, 7], \"kwargs\": {}}')").value,
            "'{\"ok\":true,\"value\":42.0}'");
  ExecResult unknown = run(s, "print(host.call('nope', '{}'))");
  EXPECT_EQ(unknown.stdout_text, "{\"ok\":false,\"error\":\"NameError: no host function named 'nope'\"}\n");
  ExecResult bad = run(s, "print(host.call('mul', '[not an object'))");
  EXPECT_NE(bad.stdout_text.find("ValueError: host call payload must be a JSON object"), std::string::npos);
  ExecResult wrong = run(s, "print(host.call('mul', '{\"args\": 5}'))");
  EXPECT_NE(wrong.stdout_text.find("ValueError"), std::string::npos);
  EXPECT_EQ(run(s, "nope()").error->type, "NameError");
  // The payload's shape is checked without building it: each case, refused or accepted.
  reg(s, "any", [](std::string_view) { return HostReply::value("1"); });
  const std::pair<const char*, bool> shapes[] = {
      {R"({})", true},
      {R"({"args": [], "kwargs": {}})", true},
      {R"({"args": [{"kwargs": []}, ["x"]], "kwargs": {"args": 5}, "other": [1]})", true},
      {R"({"args": {}})", false},
      {R"({"kwargs": []})", false},
      {R"({"args": 1})", false},
      {R"({"kwargs": "x"})", false},
      {R"({"args": [], "args": 2})", false},
      {R"([1, 2])", false},
      {R"(5)", false},
      {R"("text")", false},
      {R"({"args": [1,]})", false},
      {R"({"args": []} trailing)", false},
      {"", false},
  };
  for (const auto& [payload, ok] : shapes) {
    json lit = payload;
    ExecResult r = run(s, "import json\nprint(json.loads(host.call('any', " + lit.dump() + "))['ok'])");
    EXPECT_EQ(r.stdout_text, ok ? "True\n" : "False\n") << payload;
  }
  // Error texts with quotes, backslashes and control characters stay valid JSON.
  reg(s, "odd", [](std::string_view) { return HostReply::error("ValueError", "a \"q\" \\ \n\t\x01 \xc3\xa9"); });
  ExecResult odd = run(s, "import json\nprint(repr(json.loads(host.call('odd', '{}'))['error']))");
  EXPECT_EQ(odd.stdout_text, "'ValueError: a \"q\" \\\\ \\n\\t\\x01 \xc3\xa9'\n");
}

TEST(HostFunctions, NamesAreValidated) {
  Session s = make_session();
  auto fn = [](std::string_view) { return HostReply::value("null"); };
  for (const char* bad : {"", "1abc", "has space", "d\xc3\xa9j\xc3\xa0", "for", "None", "call",
                          "a-b", "x.y", "toolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolongtoolong"}) {
    auto r = s.register_function(bad, fn);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) EXPECT_NE(r.failure().message.find("invalid host function name"), std::string::npos);
  }
  EXPECT_FALSE(s.register_function("empty", mpsandbox::HostFunction{}).ok());
  EXPECT_TRUE(s.register_function("_ok_Name9", fn).ok());
}

TEST(HostFunctions, GuestCannotReplaceTheBridge) {
  Session s = make_session();
  int calls = 0;
  reg(s, "count", [&](std::string_view) {
    ++calls;
    return HostReply::value("null");
  });
  // Rebinding names only affects the guest's own namespace; the host keeps control.
  run(s, "import host\nhost.call = None\ncount = lambda: 'fake'\nprint(count())");
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(run(s, "del count\ncount()").status, Status::Ok);
  EXPECT_EQ(calls, 1);
}

TEST(HostFunctions, AHostFunctionMayRunAnotherSession) {
  Session outer = make_session();
  mpsandbox::Limits quick;
  quick.timeout_ms = 200;
  Session inner = make_session(quick);
  run(inner, "total = 0");
  reg(outer, "delegate", [&](std::string_view req) {
    json args = json::parse(req)["args"];
    auto r = inner.exec("total += " + std::to_string(args[0].get<int>()) + "\ntotal");
    if (!r.ok()) return HostReply::error("RuntimeError", r.failure().message);
    return HostReply::value(r.value().value.value_or("null"));
  });
  reg(outer, "reenter", [&](std::string_view) {
    auto r = outer.exec("1");  // the same session is busy: a clear failure, not a race
    return r.ok() ? HostReply::value("\"ran\"") : HostReply::error("RuntimeError", r.failure().message);
  });
  ExecResult r = run(outer, "xs = [str(i) * 50 for i in range(2000)]\n[delegate(i) for i in range(1, 6)]");
  EXPECT_EQ(r.value, "[1, 3, 6, 10, 15]") << (r.error ? r.error->traceback : "");
  EXPECT_EQ(run(outer, "len(xs)").value, "2000");
  ExecResult again = run(outer, "reenter()");
  EXPECT_EQ(again.error->type, "RuntimeError");
  EXPECT_NE(again.error->message.find("already executing"), std::string::npos);
  // An inner exec that is stopped rolls back only the inner session.
  reg(outer, "spin", [&](std::string_view) {
    auto r = inner.exec("total = -1\nwhile True: pass");
    return HostReply::value("\"" + std::string(mpsandbox::to_string(r.value().status)) + "\"");
  });
  EXPECT_EQ(run(outer, "spin()").value, "'timeout'");
  EXPECT_EQ(run(inner, "total").value, "15");
}

TEST(HostFunctions, ARolledBackExecKeepsRegisteredFunctions) {
  mpsandbox::Limits l;
  l.fuel = 20'000'000;
  Session s = make_session(l);
  reg(s, "one", [](std::string_view) { return HostReply::value("1"); });
  EXPECT_EQ(run(s, "while True: one()").status, Status::FuelExhausted);
  EXPECT_EQ(run(s, "one()").value, "1");
}

}  // namespace
