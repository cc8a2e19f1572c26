// The Model Context Protocol front end (docs/SERVER.md, MCP): JSON-RPC 2.0 messages in,
// responses out, over the session manager. Tools: run_python, fork_session, close_session.
// Transport-free: `mpsandbox mcp` feeds it lines from stdin (serve_mcp_stdio).
#pragma once

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "session_manager.h"

namespace mpsandbox::server {

// The newest revision with initialize and sessions, which the server speaks by default.
// 2026-07-28 requests (per-request metadata, no initialize) are served beside it.
inline constexpr const char* kMcpLatestVersion = "2025-11-25";
inline constexpr const char* kMcpStatelessVersion = "2026-07-28";
// 2026-07-28 error codes.
inline constexpr int kMcpHeaderMismatch = -32020, kMcpUnsupportedVersion = -32022;

class McpServer {
 public:
  McpServer(SessionManager& manager, std::string tenant) : manager_(manager), tenant_(std::move(tenant)) {}
  // Sends a notification to the client while a request runs (the guest's output as
  // notifications/message and notifications/progress). Called on the handling thread.
  using Notify = std::function<void(const nlohmann::json&)>;
  // The response to one message, or nullopt for a notification (or a response to us).
  std::optional<nlohmann::json> handle(const nlohmann::json& message, const Notify& notify = {});
  // The response to one line of text: a parse error is answered as JSON-RPC says.
  std::optional<std::string> handle_line(std::string_view line, const Notify& notify = {});
  // A 2026-07-28 message: its params carry _meta["io.modelcontextprotocol/protocolVersion"].
  static bool stateless(const nlohmann::json& message);
  // notifications/cancelled: stops the running tools/call with this request id, whose
  // response is then not sent. Callable while that call runs on another thread.
  void cancel(const nlohmann::json& request_id);

 private:
  std::optional<nlohmann::json> handle_stateless(const nlohmann::json& id, const std::string& method,
                                                 const nlohmann::json& params, const Notify& notify);
  // `log_level`: the least level of output notifications, none if empty. nullopt when the
  // call was cancelled (no response is sent); a null json for an unknown tool.
  std::optional<nlohmann::json> call_tool(const nlohmann::json& id, const nlohmann::json& params, const Notify& notify,
                                          const std::string& log_level);
  SessionManager& manager_;
  const std::string tenant_;
  std::mutex mu_;  // calls may run at once (HTTP workers)
  std::string log_level_ = "info";
  std::map<std::string, std::shared_ptr<ExecStopper>> running_;  // tools/call by request id (JSON text)
};

// `mpsandbox mcp`: messages as lines on stdin, responses as lines on stdout, until end of
// input. Returns the process status.
int serve_mcp_stdio(std::istream& in, std::ostream& out, ManagerConfig config);

}  // namespace mpsandbox::server
