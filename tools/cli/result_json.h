// ExecResult as the JSON object the CLI prints (--json) and the session protocol sends.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "mpsandbox/result.h"

namespace mpsandbox::cli {

// {"status", "stdout", "stderr", "value", "error": {type, message, traceback} | null,
//  "fuel_used", "memory_peak_bytes", "wall_time_us", ...}.
nlohmann::json result_to_json(const ExecResult& r);

// What the CLI prints of an uncaught exception on stderr, after the guest's own stderr
// text: the traceback (or "Type: message"), held with that text to max_output_bytes, as
// a stream is. A cut traceback keeps its end (from a line start if it can): the
// innermost frames and the exception line. `*cut` tells whether anything was dropped.
std::string error_for_stderr(const ExecResult& r, uint64_t max_output_bytes, bool* cut);

// One line of JSON; bytes that are not UTF-8 (the guest may write any bytes) become U+FFFD.
std::string dump_line(const nlohmann::json& j);

}  // namespace mpsandbox::cli
