// ExecResult as the JSON object the CLI prints (--json) and the session protocol sends.
#pragma once

#include <nlohmann/json.hpp>
#include <cstdio>
#include <string>
#include <string_view>

#include "mpsandbox/result.h"

namespace mpsandbox::cli {

// {"status", "stdout", "stderr", "value", "value_json", "error": {type, message, traceback} | null,
//  "fuel_used", "memory_peak_bytes", "wall_time_us", ...}.
nlohmann::json result_to_json(const ExecResult& r);

// What the CLI prints of an uncaught exception on stderr, after the guest's own stderr
// text: the traceback (or "Type: message"), held with that text to max_output_bytes, as
// a stream is. A cut traceback keeps its end (from a line start if it can): the
// innermost frames and the exception line. `*cut` tells whether anything was dropped.
std::string error_for_stderr(const ExecResult& r, uint64_t max_output_bytes, bool* cut);

// The frames of a stop's traceback (where the program was when fuel, the deadline or an
// interrupt stopped it), without its last line, which the front end's own message says;
// empty when the stop has none.
std::string stop_frames(const ExecResult& r);

// Writes all of `s` and flushes, so that output reaches a terminal or pipe at once.
void write_bytes(FILE* f, std::string_view s);
// ExecOptions::on_output for a terminal front end: stream 1 to stdout, 2 to stderr.
void write_stream(int stream, std::string_view text);

// One line of JSON; bytes that are not UTF-8 (the guest may write any bytes) become U+FFFD.
std::string dump_line(const nlohmann::json& j);

}  // namespace mpsandbox::cli
