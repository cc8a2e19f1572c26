#include "session_protocol.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "mpsandbox/json.h"
#include "options.h"
#include "result_json.h"

namespace mpsandbox::cli {
namespace {

using nlohmann::json;

// Deepest nesting of arrays and objects in a request line. nlohmann parses and destroys
// without recursion but copies and prints by recursion, and a request's "id" is copied
// into its response: depth is checked before anything is built.
constexpr size_t kMaxRequestNesting = 64;

json error_reply(const json& id, std::string_view type, std::string_view message) {
  return {{"id", id}, {"ok", false}, {"error", {{"type", type}, {"message", message}}}};
}

// A Failure of the library: a SessionError with the FailureCode's name as "code".
json failure_reply(const json& id, const Failure& f) {
  json reply = error_reply(id, "SessionError", f.message);
  reply["error"]["code"] = to_string(f.code);
  return reply;
}

json exec_reply(const json& id, const Result<ExecResult>& r) {
  if (!r) return failure_reply(id, r.failure());
  json reply = result_to_json(r.value());
  reply["id"] = id;
  return reply;
}

// Applies {"fuel", "timeout", "max_output", "max_source", "max_host_result", "rollback"}
// to `limits`.
// Returns an error message for unknown keys or bad values.
std::optional<std::string> apply_limits(const json& spec, Limits& limits) {
  if (!spec.is_object()) return "\"limits\" must be an object";
  for (auto& [key, value] : spec.items()) {
    if (key == "timeout") {
      // 0 is "none"; anything else must be a deadline the meter can keep (milliseconds).
      const double seconds = value.is_number() ? value.get<double>() : -1;
      if (seconds == 0) {
        limits.timeout_ms = 0;
      } else if (auto ms = seconds_to_ms(seconds)) {
        limits.timeout_ms = *ms;
      } else {
        return "\"timeout\" must be 0 (none) or seconds between " + std::string(kTimeoutRangeText);
      }
      continue;
    }
    if (!value.is_number_unsigned()) return "\"" + key + "\" must be a positive integer";
    uint64_t v = value.get<uint64_t>();
    if (key == "fuel") limits.fuel = v;
    else if (key == "max_output") limits.max_output_bytes = v;
    else if (key == "max_source") limits.max_source_bytes = v;
    else if (key == "max_host_result") limits.max_host_result_bytes = v;
    else if (key == "rollback") limits.rollback_bytes = v;
    else if (key == "memory" || key == "heap") return "\"" + key + "\" can only be set on the command line";
    else return "unknown limit \"" + key + "\"";
  }
  return std::nullopt;
}

}  // namespace

SessionServer::SessionServer(const Engine& engine, const Limits& limits, const Policy& policy,
                             std::optional<std::string> snapshot_dir)
    : engine_(engine), snapshot_dir_(std::move(snapshot_dir)), limits_(limits), policy_(policy) {
  auto made = engine_.new_session(limits_, policy_);
  if (!made) {
    startup_error_ = dump_line(failure_reply(nullptr, made.failure()));
    return;
  }
  session_.emplace(std::move(made).value());
}

size_t SessionServer::max_request_bytes() const {
  const uint64_t cap = limits_.max_source_bytes * 6 + (1u << 20);
  return static_cast<size_t>(std::min<uint64_t>(cap, SIZE_MAX / 2));
}

std::string SessionServer::too_long_response() const {
  return dump_line(error_reply(nullptr, "ProtocolError",
                               "request line longer than " + std::to_string(max_request_bytes()) +
                                   " bytes (6 x max_source + 1 MiB)"));
}

void SessionServer::interrupt() {
  std::lock_guard<std::mutex> lock(swap_);
  if (session_) session_->interrupt();
}

std::optional<std::string> SessionServer::handle_line(std::string_view line) {
  if (line.empty() || line == "\r") return std::nullopt;
  if (json_nesting_exceeds(line, kMaxRequestNesting)) {
    return dump_line(error_reply(nullptr, "ProtocolError",
                                 "requests may nest arrays and objects at most " +
                                     std::to_string(kMaxRequestNesting) + " levels deep"));
  }
  json req = json::parse(line, nullptr, false);
  if (req.is_discarded() || !req.is_object()) {
    return dump_line(error_reply(nullptr, "ProtocolError", "each line must be one JSON object"));
  }
  Session& session = *session_;
  json id = req.contains("id") ? req["id"] : json(nullptr);
  json reply;
  const json* op = req.contains("op") ? &req["op"] : nullptr;
  auto not_string = [&](const char* key) { return req.contains(key) && !req[key].is_string(); };
  if (not_string("code") || not_string("filename") || not_string("stdin") || not_string("op")) {
    reply = error_reply(id, "ProtocolError", "\"code\", \"op\", \"filename\" and \"stdin\" must be strings");
  } else if (req.contains("inputs") && !req["inputs"].is_object()) {
    reply = error_reply(id, "ProtocolError", "\"inputs\" must be an object");
  } else if (req.contains("code")) {
    ExecOptions opts;
    if (req.contains("filename")) opts.filename = req["filename"];
    if (req.contains("stdin")) opts.stdin_text = req["stdin"];
    if (req.contains("inputs")) opts.inputs_json = json_text(req["inputs"]);
    reply = exec_reply(id, session.exec(req["code"].get_ref<const std::string&>(), opts));
  } else if (op && *op == "call") {
    const bool args_ok = !req.contains("args") || req["args"].is_array();
    const bool kwargs_ok = !req.contains("kwargs") || req["kwargs"].is_object();
    if (!req.contains("function") || !req["function"].is_string() || !args_ok || !kwargs_ok) {
      reply = error_reply(id, "ProtocolError",
                          "\"call\" needs \"function\", a string; \"args\" (an array) and \"kwargs\" (an object) "
                          "are optional");
    } else {
      ExecOptions opts;
      if (req.contains("filename")) opts.filename = req["filename"];
      if (req.contains("stdin")) opts.stdin_text = req["stdin"];
      reply = exec_reply(id, session.call(req["function"].get_ref<const std::string&>(),
                                          json_text(req.value("args", json::array())),
                                          json_text(req.value("kwargs", json::object())), opts));
    }
  } else if (op && *op == "reset") {
    auto fresh = engine_.new_session(limits_, policy_);
    if (fresh) {
      std::lock_guard<std::mutex> lock(swap_);
      session_ = std::move(fresh).value();
      reply = {{"id", id}, {"ok", true}};
    } else {
      reply = failure_reply(id, fresh.failure());
    }
  } else if (op && *op == "limits") {
    Limits next = limits_;
    auto err = req.contains("limits") ? apply_limits(req["limits"], next)
                                      : std::optional<std::string>("missing \"limits\"");
    if (err) {
      reply = error_reply(id, "ProtocolError", *err);
    } else if (auto set = session.set_limits(next); !set) {
      reply = error_reply(id, "ProtocolError", set.failure().message);
    } else {
      limits_ = next;
      reply = {{"id", id}, {"ok", true}};
    }
  } else if (op && (*op == "snapshot" || *op == "restore")) {
    if (!req.contains("path") || !req["path"].is_string() || req["path"].get_ref<const std::string&>().empty()) {
      reply = error_reply(id, "ProtocolError", "\"" + op->get<std::string>() + "\" needs a \"path\" string");
    } else {
      std::string path = req["path"];
      if (path.find('\0') != std::string::npos) {
        reply = error_reply(id, "ProtocolError", "\"path\" must not contain NUL");
      } else if (snapshot_dir_ && (path.find('/') != std::string::npos || path == "." || path == "..")) {
        reply = error_reply(id, "ProtocolError", "\"path\" must be a file name here");
      } else {
        if (snapshot_dir_) path = *snapshot_dir_ + "/" + path;
        reply = *op == "snapshot" ? save_snapshot(id, path) : restore_snapshot(id, path);
      }
    }
  } else {
    reply = error_reply(id, "ProtocolError",
                        "a request needs \"code\", or \"op\": \"call\", \"reset\", \"limits\", \"snapshot\" or "
                        "\"restore\"");
  }
  return dump_line(reply);
}

json SessionServer::save_snapshot(const json& id, const std::string& path) {
  auto snap = session_->snapshot();
  Result<std::string> bytes = snap ? snap.value().serialize() : Result<std::string>(snap.failure());
  if (!bytes) return failure_reply(id, bytes.failure());
  if (auto err = write_file_atomic(path, bytes.value())) return error_reply(id, "OSError", *err);
  return {{"id", id}, {"ok", true}, {"bytes", bytes.value().size()}};
}

json SessionServer::restore_snapshot(const json& id, const std::string& path) {
  std::string bytes;
  if (auto err = read_file(path, engine_.config().max_snapshot_bytes + (1u << 20), &bytes))
    return error_reply(id, "OSError", *err);
  auto snap = engine_.load_snapshot(bytes);
  if (!snap) return failure_reply(id, snap.failure());
  // The server's limits and policy, as for "reset"; the session before stays on refusal.
  auto restored = engine_.restore(snap.value(), {limits_, policy_});
  if (!restored) return failure_reply(id, restored.failure());
  std::lock_guard<std::mutex> lock(swap_);
  session_ = std::move(restored).value();
  return {{"id", id}, {"ok", true}};
}

// Reads one line (without its '\n') into `line`, holding at most `cap` bytes of it: the
// rest of a longer line is read and dropped, and `too_long` set. False at the end of
// input. std::getline would hold a line of any length a client sends.
bool read_line(std::istream& in, std::string& line, size_t cap, bool& too_long) {
  line.clear();
  too_long = false;
  static char buf[1 << 16];
  bool any = false;
  for (;;) {
    in.getline(buf, sizeof buf);
    const auto n = static_cast<size_t>(in.gcount());
    const bool eof = in.eof();
    const bool full = in.fail() && !eof;  // sizeof buf - 1 bytes stored, no '\n' yet
    const size_t stored = (full || eof) ? n : n - 1;
    any |= n > 0;
    if (!too_long && line.size() + stored > cap) {
      too_long = true;
      std::string().swap(line);
    }
    if (!too_long) line.append(buf, stored);
    if (!full) return any;
    in.clear();
  }
}

int serve_session(std::istream& in, std::ostream& out, const Engine& engine, const Limits& initial,
                  const Policy& policy) {
  SessionServer server(engine, initial, policy);
  if (server.startup_error()) {
    out << *server.startup_error() << "\n" << std::flush;
    return 2;
  }
  std::string line;
  bool too_long = false;
  while (read_line(in, line, server.max_request_bytes(), too_long)) {
    std::optional<std::string> response =
        too_long ? std::optional<std::string>(server.too_long_response()) : server.handle_line(line);
    if (response) out << *response << "\n" << std::flush;
  }
  return 0;
}

}  // namespace mpsandbox::cli
