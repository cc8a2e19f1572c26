// Optional convenience for host functions written against nlohmann::json.
// Only this header depends on nlohmann-json; the rest of the API does not.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "mpsandbox/host_function.h"

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

// args is a JSON array, kwargs a JSON object. Note: nlohmann::json holds integers beyond
// 64 bits as doubles; use a raw HostFunction to handle big ints exactly.
using JsonHostFunction =
    std::function<nlohmann::json(const nlohmann::json& args, const nlohmann::json& kwargs)>;

inline HostFunction json_host_function(JsonHostFunction fn) {
  return [fn = std::move(fn)](std::string_view request) -> HostReply {
    nlohmann::json req = nlohmann::json::parse(request, nullptr, false);
    if (req.is_discarded() || !req.is_object())
      return HostReply::error("ValueError", "malformed host call request");
    try {
      nlohmann::json result = fn(req.value("args", nlohmann::json::array()),
                                 req.value("kwargs", nlohmann::json::object()));
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

}  // namespace mpsandbox
