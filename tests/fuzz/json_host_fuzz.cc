// libFuzzer target: include/mpsandbox/json.h (json_host_function, the bridge between a
// host-call payload the guest wrote and nlohmann::json) on random payload bytes, alone
// and behind the bridge's own check (src/sandbox/json_check.h, as dispatch() runs it).
// Checks: no crash (ASan, UBSan); the function never sees args that are not an array,
// kwargs that are not an object, or either nested past kMaxHostCallNesting; a payload
// the bridge passes either reaches the function or gets a clean error (OverflowError for
// a number no double holds); an identity function's reply is valid JSON that decodes to
// exactly the payload's values (strings byte for byte, integers of up to 64 bits exactly,
// every other number as the nearest double, as json.h documents); exceptions the
// function throws become clean errors; replies are valid JSON even when the function
// returns invalid UTF-8.
// Run: build/mpsandbox_fuzz_json_host -dict=tests/fuzz/json.dict CORPUS tests/fuzz/json_host_seeds
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mpsandbox/json.h"
#include "sandbox/json_check.h"

namespace {

using nlohmann::json;

std::string g_payload;  // the input, for messages

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "json_host_function: %s\n  payload (%zu bytes): %.300s\n  %.300s\n", what,
               g_payload.size(), g_payload.c_str(), detail.c_str());
  std::abort();
}

// Deepest nesting of a value, without recursion.
size_t depth(const json& j) {
  size_t deepest = 0;
  std::vector<std::pair<const json*, size_t>> stack{{&j, 0}};
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (!v->is_structured()) continue;
    deepest = std::max(deepest, d + 1);
    for (const auto& child : *v) stack.push_back({&child, d + 1});
  }
  return deepest;
}

// The payload decoded independently of nlohmann: numbers kept as their text, objects
// with the last of duplicate keys (as nlohmann keeps). Only run on text json_check
// accepted, nested at most kMaxHostCallNesting deep, so recursion is bounded.
struct Node {
  enum Kind { Null, True, False, Number, String, Array, Object } kind = Null;
  std::string text;
  std::vector<Node> items;
  std::map<std::string, Node> members;
};

struct Reader {
  std::string_view s;
  size_t i = 0;
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  static void put_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | cp >> 6), out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | cp >> 12), out += char(0x80 | (cp >> 6 & 0x3F)), out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | cp >> 18), out += char(0x80 | (cp >> 12 & 0x3F));
      out += char(0x80 | (cp >> 6 & 0x3F)), out += char(0x80 | (cp & 0x3F));
    }
  }
  uint32_t hex4() {
    uint32_t v = std::stoul(std::string(s.substr(i, 4)), nullptr, 16);
    i += 4;
    return v;
  }
  std::string string() {
    std::string out;
    ++i;  // "
    while (s[i] != '"') {
      if (s[i] != '\\') {
        out += s[i++];
        continue;
      }
      const char e = s[i + 1];
      i += 2;
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {
            i += 2;  // \u
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          }
          put_utf8(out, cp);
          break;
        }
        default: out += e;  // " \ /
      }
    }
    ++i;
    return out;
  }
  Node value() {
    ws();
    Node n;
    const char c = s[i];
    if (c == '{') {
      n.kind = Node::Object;
      ++i;
      ws();
      if (s[i] == '}') return ++i, n;
      for (;;) {
        ws();
        std::string k = string();
        ws();
        ++i;  // :
        n.members[k] = value();
        ws();
        if (s[i++] == '}') return n;
      }
    }
    if (c == '[') {
      n.kind = Node::Array;
      ++i;
      ws();
      if (s[i] == ']') return ++i, n;
      for (;;) {
        n.items.push_back(value());
        ws();
        if (s[i++] == ']') return n;
      }
    }
    if (c == '"') {
      n.kind = Node::String;
      n.text = string();
      return n;
    }
    if (c == 't') return i += 4, n.kind = Node::True, n;
    if (c == 'f') return i += 5, n.kind = Node::False, n;
    if (c == 'n') return i += 4, n;
    n.kind = Node::Number;
    const size_t start = i;
    while (i < s.size() && std::string_view("+-0123456789.eE").find(s[i]) != std::string_view::npos) ++i;
    n.text = std::string(s.substr(start, i - start));
    return n;
  }
};

bool is_integer_text(const std::string& t) { return t.find_first_of(".eE") == std::string::npos; }

// Whether a number's text is one nlohmann cannot hold (a double's range overflows).
bool overflows(const Node& n) {
  if (n.kind == Node::Number) {
    errno = 0;
    return !std::isfinite(std::strtod(n.text.c_str(), nullptr));
  }
  for (const auto& c : n.items)
    if (overflows(c)) return true;
  for (const auto& [k, c] : n.members)
    if (overflows(c)) return true;
  return false;
}

void expect_same(const Node& n, const json& j) {
  switch (n.kind) {
    case Node::Null: if (!j.is_null()) fail("null changed", j.dump()); return;
    case Node::True: if (j != true) fail("true changed", j.dump()); return;
    case Node::False: if (j != false) fail("false changed", j.dump()); return;
    case Node::String:
      if (!j.is_string() || j.get_ref<const std::string&>() != n.text) fail("string changed", j.dump());
      return;
    case Node::Number: {
      if (is_integer_text(n.text)) {
        errno = 0;
        if (n.text[0] == '-') {
          const long long v = std::strtoll(n.text.c_str(), nullptr, 10);
          if (errno == 0) {
            if (!j.is_number_integer() || j.get<int64_t>() != v) fail("integer not exact", n.text + " -> " + j.dump());
            return;
          }
        } else {
          const unsigned long long v = std::strtoull(n.text.c_str(), nullptr, 10);
          if (errno == 0) {
            if (!j.is_number_integer() || j.get<uint64_t>() != v) fail("integer not exact", n.text + " -> " + j.dump());
            return;
          }
        }
      }
      const double d = std::strtod(n.text.c_str(), nullptr);
      if (!j.is_number_float() || j.get<double>() != d || std::signbit(j.get<double>()) != std::signbit(d))
        fail("number is not its nearest double", n.text + " -> " + j.dump());
      return;
    }
    case Node::Array:
      if (!j.is_array() || j.size() != n.items.size()) fail("array changed", j.dump());
      for (size_t k = 0; k < n.items.size(); ++k) expect_same(n.items[k], j[k]);
      return;
    case Node::Object:
      if (!j.is_object() || j.size() != n.members.size()) fail("object changed", j.dump());
      for (const auto& [k, c] : n.members) {
        auto it = j.find(k);
        if (it == j.end()) fail("object member lost", k);
        expect_same(c, *it);
      }
      return;
  }
}

void check_clean_error(const mpsandbox::HostReply& r, const std::set<std::string>& types) {
  if (r.ok()) fail("expected an error reply", r.json());
  if (!types.count(r.type())) fail("unexpected error type", r.type() + ": " + r.message());
  if (r.message().empty()) fail("empty error message", r.type());
}

// What the wrapped functions saw.
int g_calls = 0;

void check_arguments(const json& args, const json& kwargs) {
  ++g_calls;
  if (!args.is_array() || !kwargs.is_object()) fail("args not an array or kwargs not an object");
  if (depth(args) + 1 > mpsandbox::kMaxHostCallNesting || depth(kwargs) + 1 > mpsandbox::kMaxHostCallNesting)
    fail("arguments nested past kMaxHostCallNesting");
}

const mpsandbox::HostFunction& identity() {
  static const auto f = mpsandbox::json_host_function([](const json& args, const json& kwargs) {
    check_arguments(args, kwargs);
    return json::array({args, kwargs});
  });
  return f;
}

const mpsandbox::HostFunction& typed() {
  static const auto f = mpsandbox::json_host_function([](const json& args, const json& kwargs) -> json {
    check_arguments(args, kwargs);
    // Throws nlohmann's type_error or out_of_range on most inputs. Numbers are checked
    // for integers first: nlohmann's get<int64_t>() of a double is an unchecked cast
    // (undefined behaviour for 1e222, which a guest may send; the first run found it).
    const json& a = args.at(0);
    const json& n = kwargs.at("n");
    if (!a.is_number_integer() || !n.is_number_integer()) throw mpsandbox::HostException("TypeError", "integers expected");
    return a.get<int64_t>() + n.get<int>();
  });
  return f;
}

const mpsandbox::HostFunction& raw_bytes() {
  static const auto f = mpsandbox::json_host_function([](const json& args, const json& kwargs) -> json {
    check_arguments(args, kwargs);
    if (g_payload.size() % 2) throw mpsandbox::HostException("KeyError", g_payload);
    return {{g_payload, g_payload}};  // a key and a value of arbitrary bytes
  });
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  g_payload.assign(reinterpret_cast<const char*>(data), size);
  const std::string_view payload = g_payload;
  const auto verdict = mpsandbox::check_payload(payload, mpsandbox::kMaxHostCallNesting);

  // Directly, as any caller may: whatever the bytes, a clean reply.
  for (const auto* fn : {&identity(), &typed(), &raw_bytes()}) {
    g_calls = 0;
    mpsandbox::HostReply r = (*fn)(payload);
    if (r.ok() && !mpsandbox::json_valid(r.json())) fail("reply is not valid JSON", r.json());
    if (!r.ok()) check_clean_error(r, {"RecursionError", "ValueError", "OverflowError", "TypeError", "KeyError"});
    if (verdict == mpsandbox::PayloadCheck::TooDeep) {
      check_clean_error(r, {"RecursionError"});
      if (g_calls) fail("the function ran on a payload nested too deep");
    }
  }
  if (verdict != mpsandbox::PayloadCheck::Ok) return 0;

  // What the bridge passes must reach the function, exactly.
  const Node request = Reader{payload}.value();
  g_calls = 0;
  mpsandbox::HostReply r = identity()(payload);
  if (overflows(request)) {
    check_clean_error(r, {"OverflowError"});
    return 0;
  }
  if (!r.ok()) fail("a payload the bridge passes was refused", r.type() + ": " + r.message());
  if (g_calls != 1) fail("the function did not run once");
  json back = json::parse(r.json(), nullptr, false);
  if (back.is_discarded() || !back.is_array() || back.size() != 2) fail("identity reply malformed", r.json());
  const auto args = request.members.find("args");
  const auto kwargs = request.members.find("kwargs");
  expect_same(args != request.members.end() ? args->second : Node{Node::Array}, back[0]);
  expect_same(kwargs != request.members.end() ? kwargs->second : Node{Node::Object}, back[1]);
  return 0;
}
