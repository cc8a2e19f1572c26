#include "mcp.h"

#include <cstdio>
#include <thread>
#include <deque>
#include <condition_variable>

#include "harden.h"
#include "output_relay.h"

#include "mpsandbox/host_function.h"
#include "mpsandbox/json.h"
#include "result_json.h"
#include "session_protocol.h"

namespace mpsandbox::server {
namespace {

using nlohmann::json;

constexpr const char* kSupportedVersions[] = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"};
constexpr const char* kMetaVersion = "io.modelcontextprotocol/protocolVersion";
constexpr const char* kMetaCapabilities = "io.modelcontextprotocol/clientCapabilities";
constexpr const char* kMetaLogLevel = "io.modelcontextprotocol/logLevel";
constexpr const char* kMetaServerInfo = "io.modelcontextprotocol/serverInfo";
// RFC 5424 order, least severe first (MCP's LoggingLevel).
constexpr const char* kLevels[] = {"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"};
int level_rank(const std::string& level) {
  for (int i = 0; i < 8; ++i)
    if (level == kLevels[i]) return i;
  return -1;
}
// Every revision served: 2026-07-28 statelessly, the others after initialize.
json all_versions() {
  json v = json::array({kMcpStatelessVersion});
  for (const char* s : kSupportedVersions) v.push_back(s);
  return v;
}
json server_info() {
  return {{"name", "mpsandbox"}, {"title", "mpsandbox Python sandbox"}, {"version", mpsandbox::version()}};
}
json capabilities() { return {{"tools", {{"listChanged", false}}}, {"logging", json::object()}}; }
constexpr const char* kInstructions =
    "run_python runs Python 3 code in a sandbox; keep state across calls by passing the session handle it "
    "returns.";
constexpr size_t kMaxNesting = 64;
// JSON-RPC error codes.
constexpr int kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601, kInvalidParams = -32602;

json rpc_error(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json tool_list() {
  const json session_prop = {{"type", "string"}, {"description", "A session handle from an earlier call"}};
  const json result_schema = {
      {"type", "object"},
      {"properties",
       {{"status", {{"type", "string"}}},
        {"stdout", {{"type", "string"}}},
        {"stderr", {{"type", "string"}}},
        {"value", {{"type", {"string", "null"}}}},
        {"value_json", {{"type", {"string", "null"}}, {"description", "the value as JSON, when JSON-compatible"}}},
        {"error", {{"type", {"object", "null"}}}},
        {"session", {{"type", "string"}}}}},
      {"required", {"status", "stdout", "stderr", "value", "error", "session"}}};
  return json::array({
      {{"name", "run_python"},
       {"title", "Run Python"},
       {"description",
        "Runs Python 3 code in a sandboxed interpreter (no network; files only where granted) and returns "
        "its output, the value of its last expression and any traceback. Variables, functions and imports "
        "persist in a session: pass the handle returned by an earlier call to continue it, or omit it to "
        "start a new one. reset: true replaces the given session with a fresh one."},
       {"inputSchema",
        {{"type", "object"},
         {"properties",
          {{"code", {{"type", "string"}, {"description", "The Python code to run"}}},
           {"session", session_prop},
           {"inputs",
            {{"type", "object"},
             {"description", "Values bound as global variables before the code runs (names must be Python "
                             "identifiers; JSON values become None, bool, int, float, str, list, dict)"}}},
           {"reset", {{"type", "boolean"}, {"description", "Start over in a fresh session"}}}}},
         {"required", {"code"}},
         {"additionalProperties", false}}},
       {"outputSchema", result_schema}},
      {{"name", "fork_session"},
       {"title", "Fork a Python session"},
       {"description", "Copies a session: the new handle continues from the same state, independently."},
       {"inputSchema",
        {{"type", "object"}, {"properties", {{"session", session_prop}}}, {"required", {"session"}},
         {"additionalProperties", false}}}},
      {{"name", "close_session"},
       {"title", "Close a Python session"},
       {"description", "Ends a session and frees what it holds."},
       {"inputSchema",
        {{"type", "object"}, {"properties", {{"session", session_prop}}}, {"required", {"session"}},
         {"additionalProperties", false}}}},
  });
}

json text_result(const std::string& text, bool is_error) {
  return {{"content", json::array({{{"type", "text"}, {"text", text}}})}, {"isError", is_error}};
}

// What an LLM reads: the output, the traceback or stop, the value, the handle.
std::string readable(const ExecResult& r, const std::string& session) {
  std::string text;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += part;
  };
  add(r.stdout_text);
  if (!r.stderr_text.empty()) add("stderr:\n" + r.stderr_text);
  if (r.error) {
    if (r.status == Status::Error && !r.error->traceback.empty()) add(r.error->traceback);
    else if (r.status == Status::Error) add(r.error->type + ": " + r.error->message);
    else add(cli::stop_frames(r) + "Stopped (" + to_string(r.status) + "): " + r.error->message +
             " The session is as it was before this call.");
  }
  if (r.value) add("Out: " + *r.value);
  if (text.empty()) text = "(no output)";
  add("Session: " + session);
  return text;
}

}  // namespace

void McpServer::cancel(const json& request_id) {
  if (!request_id.is_string() && !request_id.is_number_integer()) return;
  std::lock_guard lock(mu_);
  if (auto it = running_.find(request_id.dump()); it != running_.end()) it->second->stop();
}

std::optional<json> McpServer::call_tool(const json& id, const json& params, const Notify& notify,
                                         const std::string& log_level) {
  const std::string name = params.value("name", std::string());
  const json args = params.contains("arguments") ? params["arguments"] : json::object();
  if (!args.is_object()) return text_result("arguments must be an object", true);
  auto handle_arg = [&](const char* key) -> std::optional<std::string> {
    if (!args.contains(key)) return std::nullopt;
    if (!args[key].is_string()) return std::string();
    return args[key].get<std::string>();
  };
  auto refused = [](const Error& e) { return text_result(std::string(to_string(e.code)) + ": " + e.message, true); };
  if (name == "run_python") {
    if (!args.contains("code") || !args["code"].is_string()) return text_result("run_python needs \"code\", a string", true);
    if (args.contains("reset") && !args["reset"].is_boolean()) return text_result("\"reset\" must be a boolean", true);
    if (args.contains("inputs") && !args["inputs"].is_object())
      return text_result("\"inputs\" must be an object of names to values", true);
    const std::string inputs = args.contains("inputs") ? mpsandbox::json_text(args["inputs"]) : std::string();
    std::optional<std::string> session = handle_arg("session");
    if (session && session->empty()) return text_result("\"session\" must be a handle (a string)", true);
    if (session && args.value("reset", false)) {
      (void)manager_.remove(tenant_, *session);
      session.reset();
    }
    if (!session) {
      auto made = manager_.create(tenant_, "", {});
      if (auto* e = std::get_if<Error>(&made)) return refused(*e);
      session = std::get<std::string>(made);
    }
    // The guest's output as it is written: log messages (stdout at info, stderr at warning)
    // at or above the client's level, and progress if the request asked for it.
    const json token = params.contains("_meta") && params["_meta"].is_object() && params["_meta"].contains("progressToken")
                           ? params["_meta"]["progressToken"]
                           : json();
    const bool progress = !token.is_null() && (token.is_string() || token.is_number_integer());
    const int least = log_level.empty() ? 99 : level_rank(log_level);
    uint64_t pieces = 0;
    std::optional<OutputRelay> relay;
    if (notify && (progress || least <= level_rank("warning")))
      relay.emplace([&](const char* stream, const std::string& text) {
        const char* level = std::string_view(stream) == "stdout" ? "info" : "warning";
        if (level_rank(level) >= least)
          notify({{"jsonrpc", "2.0"},
                  {"method", "notifications/message"},
                  {"params", {{"level", level}, {"logger", stream}, {"data", text}}}});
        if (progress)
          notify({{"jsonrpc", "2.0"},
                  {"method", "notifications/progress"},
                  {"params", {{"progressToken", token}, {"progress", ++pieces}, {"message", text}}}});
      });
    // Cancellable while it runs (notifications/cancelled naming this request).
    auto stopper = std::make_shared<ExecStopper>();
    const std::string key = id.dump();
    {
      std::lock_guard lock(mu_);
      running_[key] = stopper;
    }
    auto r = manager_.exec(tenant_, *session, args["code"].get<std::string>(),
                           {.inputs_json = inputs,
                            .on_output = relay ? std::function<void(int, std::string_view)>(std::ref(*relay)) : nullptr,
                            .stopper = stopper.get()});
    {
      std::lock_guard lock(mu_);
      if (auto it = running_.find(key); it != running_.end() && it->second == stopper) running_.erase(it);
    }
    if (relay) relay->flush();
    if (stopper->stopped()) return std::nullopt;
    if (auto* e = std::get_if<Error>(&r)) return refused(*e);
    const ExecResult& res = std::get<ExecResult>(r);
    json structured = cli::result_to_json(res);
    json out = {{"status", structured["status"]}, {"stdout", structured["stdout"]}, {"stderr", structured["stderr"]},
                {"value", structured["value"]},   {"value_json", structured["value_json"]},
                {"error", structured["error"]},   {"session", *session}};
    json result = text_result(readable(res, *session), res.status != Status::Ok);
    result["structuredContent"] = std::move(out);
    return result;
  }
  if (name == "fork_session" || name == "close_session") {
    const std::optional<std::string> session = handle_arg("session");
    if (!session || session->empty()) return text_result(name + " needs \"session\", a handle", true);
    if (name == "close_session") {
      auto r = manager_.remove(tenant_, *session);
      if (auto* e = std::get_if<Error>(&r)) return refused(*e);
      return text_result("Closed " + *session, false);
    }
    auto r = manager_.fork(tenant_, *session);
    if (auto* e = std::get_if<Error>(&r)) return refused(*e);
    json result = text_result("Session: " + std::get<std::string>(r), false);
    result["structuredContent"] = {{"session", std::get<std::string>(r)}};
    return result;
  }
  return json();  // unknown tool: the caller answers with a protocol error
}

bool McpServer::stateless(const json& msg) {
  if (!msg.is_object() || !msg.contains("params") || !msg["params"].is_object()) return false;
  const json& params = msg["params"];
  return params.contains("_meta") && params["_meta"].is_object() && params["_meta"].contains(kMetaVersion);
}

// 2026-07-28: every request says its revision and the client's capabilities in _meta; no
// initialize, ping or logging/setLevel; every result says resultType and who answered.
std::optional<json> McpServer::handle_stateless(const json& id, const std::string& method, const json& params,
                                                const Notify& notify) {
  if (id.is_null()) return std::nullopt;  // a notification (notifications/cancelled, ...): no answer
  const json& meta = params["_meta"];
  if (!meta[kMetaVersion].is_string() || meta[kMetaVersion] != kMcpStatelessVersion) {
    json err = rpc_error(id, kMcpUnsupportedVersion, "Unsupported protocol version");
    err["error"]["data"] = {{"supported", all_versions()}, {"requested", meta[kMetaVersion]}};
    return err;
  }
  if (!meta.contains(kMetaCapabilities) || !meta[kMetaCapabilities].is_object())
    return rpc_error(id, kInvalidParams, std::string("_meta needs \"") + kMetaCapabilities + "\", an object");
  std::string log_level;
  if (meta.contains(kMetaLogLevel)) {
    if (!meta[kMetaLogLevel].is_string() || level_rank(meta[kMetaLogLevel]) < 0)
      return rpc_error(id, kInvalidParams, "unknown logging level");
    log_level = meta[kMetaLogLevel];
  }
  auto reply = [&](json result) {
    result["resultType"] = "complete";
    result["_meta"][kMetaServerInfo] = server_info();
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
  };
  // The tool list is the same for every client and request: cacheable for an hour.
  const json cacheable = {{"ttlMs", 3'600'000}, {"cacheScope", "public"}};
  if (method == "server/discover") {
    json result = {{"supportedVersions", all_versions()}, {"capabilities", capabilities()}, {"instructions", kInstructions}};
    result.update(cacheable);
    return reply(std::move(result));
  }
  if (method == "tools/list") {
    json result = {{"tools", tool_list()}};
    result.update(cacheable);
    return reply(std::move(result));
  }
  if (method == "tools/call") {
    if (!params.contains("name") || !params["name"].is_string())
      return rpc_error(id, kInvalidParams, "tools/call needs \"name\"");
    auto result = call_tool(id, params, notify, log_level);
    if (!result) return std::nullopt;
    if (result->is_null()) return rpc_error(id, kInvalidParams, "Unknown tool: " + params["name"].get<std::string>());
    return reply(std::move(*result));
  }
  return rpc_error(id, kMethodNotFound, "Method not found: " + method);
}

std::optional<json> McpServer::handle(const json& msg, const Notify& notify) {
  if (!msg.is_object() || msg.value("jsonrpc", std::string()) != "2.0")
    return rpc_error(msg.is_object() && msg.contains("id") ? msg["id"] : json(nullptr), kInvalidRequest,
                     "not a JSON-RPC 2.0 message");
  if (!msg.contains("method")) return std::nullopt;  // a response to a request of ours: none are sent
  const bool notification = !msg.contains("id");
  const json id = notification ? json(nullptr) : msg["id"];
  if (!notification && !id.is_string() && !id.is_number_integer())
    return rpc_error(nullptr, kInvalidRequest, "\"id\" must be a string or an integer");
  if (!msg["method"].is_string()) return rpc_error(id, kInvalidRequest, "\"method\" must be a string");
  const std::string method = msg["method"];
  const json params = msg.contains("params") ? msg["params"] : json::object();
  if (!params.is_object()) return notification ? std::nullopt : std::optional(rpc_error(id, kInvalidParams, "\"params\" must be an object"));
  if (notification && method == "notifications/cancelled") {
    cancel(params.contains("requestId") ? params["requestId"] : json());
    return std::nullopt;
  }
  if (stateless(msg)) return handle_stateless(id, method, params, notify);
  if (notification) return std::nullopt;  // notifications/initialized, cancelled, ...
  auto reply = [&](json result) { return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}; };

  if (method == "initialize") {
    std::string version = kMcpLatestVersion;
    if (params.contains("protocolVersion") && params["protocolVersion"].is_string())
      for (const char* v : kSupportedVersions)
        if (params["protocolVersion"] == v) version = v;
    return reply({{"protocolVersion", version},
                  {"capabilities", capabilities()},
                  {"serverInfo", server_info()},
                  {"instructions", kInstructions}});
  }
  if (method == "ping") return reply(json::object());
  if (method == "tools/list") return reply({{"tools", tool_list()}});
  if (method == "tools/call") {
    if (!params.contains("name") || !params["name"].is_string())
      return rpc_error(id, kInvalidParams, "tools/call needs \"name\"");
    std::string level;
    {
      std::lock_guard lock(mu_);
      level = log_level_;
    }
    auto result = call_tool(id, params, notify, level);
    if (!result) return std::nullopt;  // cancelled: no response (2025-11-25, utilities/cancellation)
    if (result->is_null()) return rpc_error(id, kInvalidParams, "Unknown tool: " + params["name"].get<std::string>());
    return reply(std::move(*result));
  }
  if (method == "logging/setLevel") {
    const std::string level = params.value("level", std::string());
    for (const char* l : kLevels)
      if (level == l) {
        std::lock_guard lock(mu_);
        log_level_ = level;
        return reply(json::object());
      }
    return rpc_error(id, kInvalidParams, "unknown logging level");
  }
  return rpc_error(id, kMethodNotFound, "Method not found: " + method);
}

std::optional<std::string> McpServer::handle_line(std::string_view line, const Notify& notify) {
  if (line.empty() || line == "\r") return std::nullopt;
  if (json_nesting_exceeds(line, kMaxNesting))
    return cli::dump_line(rpc_error(nullptr, kInvalidRequest, "the message nests deeper than 64 levels"));
  const json msg = json::parse(line, nullptr, false);
  if (msg.is_discarded()) return cli::dump_line(rpc_error(nullptr, kParseError, "Parse error"));
  auto response = handle(msg, notify);
  if (!response) return std::nullopt;
  return cli::dump_line(*response);
}

int serve_mcp_stdio(std::istream& in, std::ostream& out, ManagerConfig config) {
  config.tenants.try_emplace("", TenantQuota{});
  if (!config.profiles.count("default")) config.profiles["default"] = Profile{};
  SessionManager manager(std::move(config));
  // As serve: warm up, then give up what is not needed (harden.h).
  {
    auto warm = Engine().new_session(manager.profile_limits("default"), manager.profile_policy("default"));
    if (warm) (void)warm.value().snapshot();
  }
  std::string applied;
  if (auto err = harden(manager.path_grants(), &applied)) {
    std::fprintf(stderr, "mpsandbox mcp: cannot harden the process: %s\n", err->c_str());
    return 2;
  }
  McpServer server(manager, "");
  // A reader thread takes lines off stdin while a request runs, so that a cancellation
  // reaches the running tools/call at once; everything else is handled in order on this
  // thread. The lines waiting are bounded (the reader stops reading past the bound).
  constexpr size_t kMaxLine = 64u << 20;  // a program of 16 MiB, every byte escaped, and more
  constexpr size_t kMaxWaitingBytes = 256u << 20, kMaxWaitingLines = 1024;
  std::mutex mu;
  std::condition_variable changed;
  std::deque<std::string> waiting;  // an empty string: a line over kMaxLine
  size_t waiting_bytes = 0;
  bool end = false;
  std::thread reader([&] {
    std::string line;
    bool too_long = false;
    while (cli::read_line(in, line, kMaxLine, too_long)) {
      if (!too_long && line.find("notifications/cancelled") != std::string::npos) {
        const json msg = json::parse(line, nullptr, false);
        if (msg.is_object() && !msg.contains("id") && msg.value("method", std::string()) == "notifications/cancelled" &&
            msg.contains("params") && msg["params"].is_object() && msg["params"].contains("requestId")) {
          server.cancel(msg["params"]["requestId"]);
          continue;
        }
      }
      if (!too_long && (line.empty() || line == "\r")) continue;
      std::unique_lock lock(mu);
      changed.wait(lock, [&] { return waiting_bytes < kMaxWaitingBytes && waiting.size() < kMaxWaitingLines; });
      if (too_long) line.clear();
      waiting_bytes += line.size();
      waiting.push_back(std::move(line));
      changed.notify_all();
    }
    std::lock_guard lock(mu);
    end = true;
    changed.notify_all();
  });
  // Notifications go out while the request runs, on this thread, before its response.
  auto notify = [&out](const json& n) { out << cli::dump_line(n) << "\n" << std::flush; };
  for (;;) {
    std::string line;
    {
      std::unique_lock lock(mu);
      changed.wait(lock, [&] { return end || !waiting.empty(); });
      if (waiting.empty()) break;
      line = std::move(waiting.front());
      waiting.pop_front();
      waiting_bytes -= line.size();
      changed.notify_all();
    }
    if (line.empty()) {
      out << cli::dump_line(rpc_error(nullptr, kInvalidRequest, "message over 64 MiB")) << "\n" << std::flush;
      continue;
    }
    if (auto response = server.handle_line(line, notify)) out << *response << "\n" << std::flush;
  }
  reader.join();
  return 0;
}

}  // namespace mpsandbox::server
