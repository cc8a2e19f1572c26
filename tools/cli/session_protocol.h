// `mpsandbox session`: one persistent session driven by JSON lines on stdin/stdout.
// See docs/PROTOCOL.md.
#pragma once

#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "mpsandbox/mpsandbox.h"

namespace mpsandbox::cli {

// The protocol without the streams: one request line in, one response line out. Used
// by serve_session and, in-process, by tests/fuzz/session_fuzz.cc.
class SessionServer {
 public:
  // `snapshot_dir`, if set, confines the snapshot and restore ops to plain file names in
  // that directory (the fuzz target's sandbox); else a "path" is any path the process
  // may write, as the command line's --save.
  SessionServer(const Engine& engine, const Limits& limits, const Policy& policy,
                std::optional<std::string> snapshot_dir = std::nullopt);

  // The response to send if the session could not be created (then nothing else may be
  // called but interrupt()); nullopt when it was.
  const std::optional<std::string>& startup_error() const { return startup_error_; }

  // Longest request line accepted: a program of max_source bytes, every byte escaped as
  // \u00XX, and 1 MiB for the rest (id, filename, stdin).
  size_t max_request_bytes() const;
  // The response to a line longer than max_request_bytes() (read and dropped unheld).
  std::string too_long_response() const;
  // The response (one line of JSON, without '\n') to one request line (without its
  // '\n'), or nullopt for a blank line, which gets none.
  std::optional<std::string> handle_line(std::string_view line);

  // Session::interrupt() on the current session: callable from any thread.
  void interrupt();

  // The limits in force (the initial ones as changed by "limits" requests).
  const Limits& limits() const { return limits_; }

 private:
  // {"op": "snapshot" | "restore", "path": ...}: the response.
  nlohmann::json save_snapshot(const nlohmann::json& id, const std::string& path);
  nlohmann::json restore_snapshot(const nlohmann::json& id, const std::string& path);

  Engine engine_;
  std::optional<std::string> snapshot_dir_;
  Limits limits_;
  Policy policy_;
  std::optional<std::string> startup_error_;
  std::mutex swap_;  // held while session_ is replaced, and by interrupt()
  std::optional<Session> session_;
};

// Reads one line (without its '\n') into `line`, holding at most `cap` bytes of it: the
// rest of a longer line is read and dropped, and `too_long` set. False at the end of input.
bool read_line(std::istream& in, std::string& line, size_t cap, bool& too_long);

// Serves requests until end of input. Returns the process exit status (0, or 2 if the
// session could not be created).
int serve_session(std::istream& in, std::ostream& out, const Engine& engine, const Limits& limits,
                  const Policy& policy);

}  // namespace mpsandbox::cli
