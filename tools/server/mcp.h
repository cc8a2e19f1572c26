// The Model Context Protocol front end (docs/SERVER.md, MCP): JSON-RPC 2.0 messages in,
// responses out, over the session manager. Tools: run_python, fork_session, close_session.
// Transport-free: `mpsandbox mcp` feeds it lines from stdin (serve_mcp_stdio).
#pragma once

#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "session_manager.h"

namespace mpsandbox::server {

// The protocol revision this server implements first, and the older ones it also accepts.
inline constexpr const char* kMcpLatestVersion = "2025-11-25";

class McpServer {
 public:
  McpServer(SessionManager& manager, std::string tenant) : manager_(manager), tenant_(std::move(tenant)) {}
  // The response to one message, or nullopt for a notification (or a response to us).
  std::optional<nlohmann::json> handle(const nlohmann::json& message);
  // The response to one line of text: a parse error is answered as JSON-RPC says.
  std::optional<std::string> handle_line(std::string_view line);

 private:
  nlohmann::json call_tool(const nlohmann::json& params);
  SessionManager& manager_;
  const std::string tenant_;
  std::mutex mu_;  // calls may run at once (HTTP workers)
  std::string log_level_ = "info";
};

// `mpsandbox mcp`: messages as lines on stdin, responses as lines on stdout, until end of
// input. Returns the process status.
int serve_mcp_stdio(std::istream& in, std::ostream& out, ManagerConfig config);

}  // namespace mpsandbox::server
