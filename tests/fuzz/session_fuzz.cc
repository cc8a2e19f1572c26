// libFuzzer target: the JSON-lines protocol of `mpsandbox session` (tools/cli/
// session_protocol.cc), driven in-process through SessionServer over a real session.
// An input is up to 32 request lines; each must get exactly one response that is one
// valid JSON object echoing the request's id (null for a line that is not one JSON
// object), either {"ok": false, "error": {"type", "message"}} with a ProtocolError or
// SessionError (or an OSError of a snapshot file), or an ExecResult whose texts are within
// the caps. Snapshot and restore requests work on files of a private temporary directory. No crash (ASan,
// UBSan on the protocol code), bounded memory (-rss_limit_mb), and every request
// answered within its deadline: a watchdog interrupts an exec after 2 s (a client may
// lift fuel and timeout) and the exec must then stop within 2 s more.
// Run: build/mpsandbox_fuzz_session -dict=tests/fuzz/session.dict CORPUS tests/fuzz/session_seeds
// (make test runs it briefly, make fuzz longer).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>

#include <nlohmann/json.hpp>

#include "mpsandbox/host_function.h"
#include "session_protocol.h"

// The session write-protects its memory and takes the faults itself (src/runtime/snapshot.cc).
extern "C" const char* __asan_default_options() { return "handle_segv=0:allow_user_segv_handler=1"; }

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr auto kWatchdog = std::chrono::seconds(2);
constexpr auto kStopWithin = std::chrono::seconds(2);

[[noreturn]] void fail(const char* what, std::string_view line, const std::string& response) {
  std::fprintf(stderr, "session protocol: %s\n  request (%zu bytes): %.300s\n  response (%zu bytes): %.300s\n",
               what, line.size(), std::string(line).c_str(), response.size(), response.c_str());
  std::abort();
}

// The server a request is running on, for the watchdog.
std::mutex g_mutex;
mpsandbox::cli::SessionServer* g_server = nullptr;
Clock::time_point g_started;
bool g_interrupted = false;

void watchdog() {
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_server && !g_interrupted && Clock::now() - g_started > kWatchdog) {
      g_server->interrupt();
      g_interrupted = true;
    }
  }
}

const mpsandbox::Engine& engine() {
  static const mpsandbox::Engine e;
  static std::once_flag started;
  std::call_once(started, [] { std::thread(watchdog).detach(); });
  return e;
}

mpsandbox::Limits initial_limits() {
  mpsandbox::Limits l;
  l.heap_bytes = 1 << 20;
  l.memory_bytes = 32 << 20;
  l.fuel = 20'000'000;
  l.timeout_ms = 1000;
  l.max_output_bytes = 64 << 10;
  l.max_source_bytes = 64 << 10;
  l.rollback_bytes = 8 << 20;
  return l;
}

bool is_text(const json& j) { return j.is_string(); }

// Checks one response against its request line.
void check(std::string_view line, const std::string& response, const mpsandbox::Limits& limits) {
  json r = json::parse(response, nullptr, false);
  if (r.is_discarded() || !r.is_object()) fail("response is not one JSON object", line, response);
  if (response.find('\n') != std::string::npos) fail("response spans lines", line, response);
  if (!r.contains("id")) fail("response without an id", line, response);

  // The id echoed exactly when the line is one JSON object the server parsed.
  const bool shallow = !mpsandbox::json_nesting_exceeds(line, 64);
  json req = shallow ? json::parse(line, nullptr, false) : json(nullptr);
  if (shallow && !req.is_discarded() && req.is_object()) {
    json id = req.contains("id") ? req["id"] : json(nullptr);
    if (r["id"] != id) fail("id not echoed", line, response);
  } else if (!r["id"].is_null()) {
    fail("id of a line that is not one JSON object is not null", line, response);
  }

  if (r.contains("ok")) {
    static const std::set<std::string> kTypes = {"ProtocolError", "SessionError", "OSError"};
    if (r["ok"] == true) {
      // {"op": "snapshot"} also says how many bytes it wrote.
      const bool bytes = r.size() == 3 && r.contains("bytes") && r["bytes"].is_number_unsigned();
      if (r.size() != 2 && !bytes) fail("ok response with extra fields", line, response);
      return;
    }
    const json& e = r.value("error", json());
    if (r["ok"] != false || !e.is_object() || !is_text(e.value("type", json())) ||
        !is_text(e.value("message", json())) || !kTypes.count(e["type"].get<std::string>()) ||
        e["message"].get_ref<const std::string&>().empty())
      fail("malformed error response", line, response);
    return;
  }

  static const std::set<std::string> kStatus = {"ok", "error", "fuel_exhausted", "timeout",
                                                "interrupted", "output_limit", "killed"};
  if (!is_text(r.value("status", json())) || !kStatus.count(r["status"].get<std::string>()))
    fail("response with neither ok nor a known status", line, response);
  for (const char* key : {"stdout", "stderr"})
    if (!is_text(r.value(key, json()))) fail("stdout/stderr not text", line, response);
  // Caps: the value and error fields at most max_output bytes of UTF-8 (the library makes
  // them valid text before cutting); the streams at most max_output bytes as written,
  // each invalid byte of which becomes U+FFFD (3 bytes) here.
  const uint64_t cap = limits.max_output_bytes;
  auto within = [&](const json& t, uint64_t c) {
    return !t.is_string() || t.get_ref<const std::string&>().size() <= c;
  };
  auto within_cap = [&](const json& t) { return within(t, cap); };
  if (!within(r["stdout"], 3 * cap) || !within(r["stderr"], 3 * cap))
    fail("a stream is over max_output", line, response);
  if (!within_cap(r.value("value", json()))) fail("the value is over max_output", line, response);
  const json& e = r.value("error", json());
  if (!e.is_null()) {
    if (!e.is_object() || !is_text(e.value("type", json())) || !is_text(e.value("message", json())) ||
        !is_text(e.value("traceback", json())))
      fail("malformed error of a result", line, response);
    // The library's own stop reports ("FuelExhausted: fuel limit of N reached") are short
    // fixed texts that the cap does not cut (the first run took max_output 1 for a
    // fault): guest texts are held to the cap, those to a few hundred bytes.
    auto within_error_cap = [&](const json& t) { return within(t, std::max<uint64_t>(cap, 512)); };
    if (!within_error_cap(e["type"]) || !within_error_cap(e["message"]) || !within_error_cap(e["traceback"]))
      fail("an error field is over max_output", line, response);
  }
  if (r["status"] == "timeout" && limits.timeout_ms != 0) {
    const uint64_t us = r.value("wall_time_us", uint64_t{0});
    if (us > limits.timeout_ms * 1000 + 1'000'000) fail("timeout overshot by more than 1 s", line, response);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The run's snapshot directory, removed when the fuzzer exits.
  static const struct TempDir {
    std::string path;
    ~TempDir() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  } temp_dir{[] {
    char dir[] = "/tmp/mpsandbox-fuzz-session-XXXXXX";
    if (!mkdtemp(dir)) std::abort();
    return std::string(dir);
  }()};
  const std::string& snapshot_dir = temp_dir.path;
  struct Cleanup {  // the snapshot files of one input go with it
    ~Cleanup() {
      std::error_code ec;
      for (const auto& entry : std::filesystem::directory_iterator(snapshot_dir, ec))
        std::filesystem::remove_all(entry.path(), ec);
    }
  } cleanup;
  mpsandbox::cli::SessionServer server(engine(), initial_limits(), mpsandbox::Policy{}, snapshot_dir);
  if (server.startup_error()) fail("the session could not start", "", *server.startup_error());

  size_t pos = 0;
  for (int n = 0; n < 32 && pos <= input.size(); ++n) {
    size_t end = input.find('\n', pos);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(pos, end - pos);
    pos = end + 1;
    // As serve_session's reader: an over-long line is dropped unread.
    if (line.size() > server.max_request_bytes()) {
      check(line, server.too_long_response(), server.limits());
      continue;
    }
    const mpsandbox::Limits before = server.limits();
    {
      std::lock_guard<std::mutex> lock(g_mutex);
      g_server = &server;
      g_started = Clock::now();
      g_interrupted = false;
    }
    std::optional<std::string> response = server.handle_line(line);
    const auto took = Clock::now() - g_started;
    {
      std::lock_guard<std::mutex> lock(g_mutex);
      g_server = nullptr;
    }
    if (took > kWatchdog + kStopWithin) fail("a request outran the watchdog's interrupt", line, response.value_or(""));
    const bool blank = line.empty() || line == "\r";
    if (blank != !response) fail(blank ? "a blank line was answered" : "a request got no response", line, "");
    if (response) check(line, *response, before);
  }
  return 0;
}
