// ExecResult as the JSON object the CLI prints (--json) and the session protocol sends.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "mpsandbox/result.h"

namespace mpsandbox::cli {

// {"status", "stdout", "stderr", "value", "error": {type, message, traceback} | null,
//  "fuel_used", "memory_peak_bytes", "wall_time_us", ...}.
nlohmann::json result_to_json(const ExecResult& r);

// One line of JSON; bytes that are not UTF-8 (the guest may write any bytes) become U+FFFD.
std::string dump_line(const nlohmann::json& j);

}  // namespace mpsandbox::cli
