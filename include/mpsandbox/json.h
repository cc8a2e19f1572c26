// Optional convenience for host functions written against nlohmann::json.
// Only this header depends on nlohmann-json; the rest of the API does not.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "mpsandbox/host_function.h"
#include "mpsandbox/session.h"

namespace mpsandbox {

// Throw from a JsonHostFunction to raise a specific exception type in the guest.
class HostException : public std::runtime_error {
 public:
  HostException(std::string type, const std::string& message)
      : std::runtime_error(message), type_(std::move(type)) {}
  const std::string& type() const { return type_; }

 private:
  std::string type_;
};

// args is a JSON array, kwargs a JSON object, nested at most kMaxHostCallNesting levels
// (host_function.h) with the request around them, which the bridge guarantees and
// json_host_function checks again. Note: nlohmann::json holds integers beyond 64 bits as
// doubles (and answers OverflowError for one past a double's range); use a raw
// HostFunction to handle big ints exactly. Check is_number_integer() before get<int>()
// or get<int64_t>(): nlohmann converts a double (which the guest may send, 1e300 say)
// by an unchecked cast, undefined behaviour when it is out of the integer's range.
using JsonHostFunction =
    std::function<nlohmann::json(const nlohmann::json& args, const nlohmann::json& kwargs)>;

inline HostFunction json_host_function(JsonHostFunction fn) {
  return [fn = std::move(fn)](std::string_view request) -> HostReply {
    // nlohmann parses and destroys without recursion, but copies, compares and prints
    // by recursion: depth is checked before anything is built.
    if (json_nesting_exceeds(request, kMaxHostCallNesting))
      return HostReply::error("RecursionError", "host call arguments nested deeper than " +
                                                    std::to_string(kMaxHostCallNesting) + " levels");
    nlohmann::json req;
    try {
      req = nlohmann::json::parse(request);
    } catch (const nlohmann::json::out_of_range&) {
      // A number past a double's range (nlohmann holds integers beyond 64 bits as doubles).
      return HostReply::error("OverflowError",
                              "host call argument: number too large for nlohmann::json (beyond a double's "
                              "range; a raw HostFunction receives big ints exactly)");
    } catch (const nlohmann::json::exception&) {
      return HostReply::error("ValueError", "malformed host call request");
    }
    if (!req.is_object()) return HostReply::error("ValueError", "malformed host call request");
    try {
      // Moved out, never copied.
      nlohmann::json args = nlohmann::json::array(), kwargs = nlohmann::json::object();
      if (auto it = req.find("args"); it != req.end()) args = std::move(*it);
      if (auto it = req.find("kwargs"); it != req.end()) kwargs = std::move(*it);
      if (!args.is_array() || !kwargs.is_object())
        return HostReply::error("ValueError", "malformed host call request: \"args\" must be an array and "
                                              "\"kwargs\" an object");
      nlohmann::json result = fn(args, kwargs);
      return HostReply::value(result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } catch (const HostException& e) {
      return HostReply::error(e.type(), e.what());
    } catch (const nlohmann::json::exception& e) {
      return HostReply::error("TypeError", e.what());
    } catch (const std::exception& e) {
      return HostReply::error("RuntimeError", e.what());
    }
  };
}

// JSON text for ExecOptions::inputs_json and Session::call (invalid UTF-8 in strings
// replaced by U+FFFD, non-ASCII text as it is).
inline std::string json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// ExecOptions with these inputs: exec(code, with_inputs({{"rows", rows}, {"limit", 10}})).
inline ExecOptions with_inputs(const nlohmann::json& inputs, ExecOptions options = {}) {
  options.inputs_json = json_text(inputs);
  return options;
}

// Session::call with arguments given as values: call(session, "score", 3, "text", rows).
template <typename... Args>
Result<ExecResult> call(Session& session, std::string_view function, Args&&... args) {
  nlohmann::json array = nlohmann::json::array();
  (array.push_back(nlohmann::json(std::forward<Args>(args))), ...);
  return session.call(function, json_text(array));
}

// The result's value_json parsed, if it has one.
inline std::optional<nlohmann::json> json_value(const ExecResult& result) {
  if (!result.value_json) return std::nullopt;
  return nlohmann::json::parse(*result.value_json);
}

}  // namespace mpsandbox
