#include "http_server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <toml++/toml.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include <sys/random.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "harden.h"
#include "mcp.h"

#include "mpsandbox/json.h"
#include "output_relay.h"
#include "result_json.h"

namespace mpsandbox::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using nlohmann::json;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

constexpr size_t kMaxJsonNesting = 64;
// Upper bounds of the exec latency histogram, seconds.
constexpr std::array<double, 10> kBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.01, 0.05, 0.25, 1, 10};

int status_of(Error::Code c) {
  switch (c) {
    case Error::Code::InvalidArgument: return 400;
    case Error::Code::NotFound: return 404;
    case Error::Code::Busy: return 409;
    case Error::Code::QuotaExceeded: return 429;
    case Error::Code::SnapshotRejected: return 422;
    case Error::Code::Unavailable: return 503;
    case Error::Code::Internal: return 500;
    case Error::Code::Deferred: return 500;  // never answered: the request runs again
  }
  return 500;
}

struct Reply {
  int status = 200;
  std::string body;
  std::string type = "application/json";
  bool retry_after = false;
  std::string mcp_session;  // an Mcp-Session-Id header to send
  // The response's header went out with the first event (EventStream): `body` is the last
  // event(s), after which the stream ends.
  bool streamed = false;
  bool deferred = false;  // a quick try that must run again on a worker (nothing was done)
};

// A response sent as server-sent events (text/event-stream) while a worker produces it.
// The first event sends the header (200); a handler that sends none answers as usual.
class EventStream {
 public:
  virtual ~EventStream() = default;
  // One event; `data` is one line (compact JSON).
  virtual void send(std::string_view event, const std::string& data) = 0;
  virtual bool started() const = 0;
  // The text of one event, as send() frames it.
  static std::string frame(std::string_view event, std::string_view data) {
    std::string text;
    if (!event.empty()) text.append("event: ").append(event).append("\n");
    return text.append("data: ").append(data).append("\n\n");
  }
};

// Whether the request's Accept header names `type`.
bool accepts(const Request& req, std::string_view type) {
  const auto a = req.find(http::field::accept);
  return a != req.end() && std::string_view(a->value().data(), a->value().size()).find(type) != std::string_view::npos;
}

Reply json_reply(int status, const json& body) { return {status, cli::dump_line(body) + "\n"}; }
Reply error_reply(int status, const std::string& code, const std::string& message) {
  return json_reply(status, {{"error", {{"code", code}, {"message", message}}}});
}
Reply error_reply(const Error& e) { return error_reply(status_of(e.code), to_string(e.code), e.message); }

struct Server {
  ServerOptions opt;
  SessionManager manager;
  // One event loop per core, each on its own thread with its own connections (handed out
  // in turn by the acceptor on loop 0, which also runs signals and timers). An exec is
  // first tried on the loop that read it, within QuickTry's caps (a fifth of a millisecond
  // of bytecode, 1 ms of wall time): no hand-off between threads, about 4 context switches
  // fewer per request (docs/PERFORMANCE.md). Past the caps it is undone and runs again on
  // the worker pool, so no program holds up the loop's other connections for longer.
  net::io_context ioc{1};
  std::vector<std::unique_ptr<net::io_context>> loops;  // the others
  size_t next_loop = 0;
  tcp::acceptor acceptor{ioc};
  std::optional<net::thread_pool> workers;  // started after the process is hardened
  net::signal_set signals{ioc, SIGTERM, SIGINT};
  net::steady_timer maintenance{ioc};
  std::atomic<size_t> queued{0};  // requests being handled (inline or by the workers), not yet answered
  net::io_context& loop_for_next_connection() {
    const size_t i = next_loop++ % (loops.size() + 1);
    return i == 0 ? ioc : *loops[i - 1];
  }
  std::atomic<bool> draining{false};
  std::atomic<bool> maintaining{false};
  bool on_loopback = true;  // the listening address; set before the first connection
  std::mutex stats_mu;
  std::map<int, uint64_t> responses;  // by HTTP status
  std::array<uint64_t, kBuckets.size() + 1> exec_hist{};
  double exec_seconds = 0;
  uint64_t execs = 0;

  Server(const ServerOptions& o, ManagerConfig c) : opt(o), manager(std::move(c)) {}

  // MCP over HTTP: one protocol state per Mcp-Session-Id, owned by the tenant that made it.
  struct McpState {
    std::string tenant;
    std::shared_ptr<McpServer> server;
    std::chrono::steady_clock::time_point last_used;
  };
  static constexpr size_t kMaxMcpSessions = 10'000;  // past it the least recently used goes
  std::mutex mcp_mu;
  std::map<std::string, McpState, std::less<>> mcp_sessions;
  Reply handle_mcp(const Request& req, const std::string& tenant, EventStream* events);

  void count(int status) {
    std::lock_guard lock(stats_mu);
    responses[status] += 1;
  }
  void observe_exec(double seconds) {
    std::lock_guard lock(stats_mu);
    size_t b = 0;
    while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
    exec_hist[b] += 1;
    exec_seconds += seconds;
    execs += 1;
  }
  std::string metrics_text();
  // The tenant a request speaks for; nullopt: 401.
  std::optional<std::string> tenant_of(const Request& req) const;
  // Runs on a worker. `events`: where a handler may stream its response, if the client
  // accepts text/event-stream. With `quick`, on an event loop: an exec is tried within
  // QuickTry's caps, everything else is deferred at once.
  Reply handle(const Request& req, const std::string& tenant, EventStream* events, bool quick = false);
  void schedule_maintenance();
};

std::string Server::metrics_text() {
  const Metrics m = manager.metrics();
  std::string out;
  auto line = [&](const std::string& name, const std::string& type, uint64_t v) {
    out += "# TYPE " + name + " " + type + "\n" + name + " " + std::to_string(v) + "\n";
  };
  line("mpsandbox_sessions_resident", "gauge", m.resident);
  line("mpsandbox_sessions_evicted", "gauge", m.evicted);
  line("mpsandbox_evictions_total", "counter", m.evictions);
  line("mpsandbox_restores_total", "counter", m.restores);
  line("mpsandbox_sessions_expired_total", "counter", m.expired);
  line("mpsandbox_sessions_persisted_total", "counter", m.persisted);
  out += "# TYPE mpsandbox_execs_total counter\n";
  for (const auto& [status, n] : m.execs_by_status)
    out += "mpsandbox_execs_total{status=\"" + status + "\"} " + std::to_string(n) + "\n";
  std::lock_guard lock(stats_mu);
  out += "# TYPE mpsandbox_http_responses_total counter\n";
  for (const auto& [status, n] : responses)
    out += "mpsandbox_http_responses_total{code=\"" + std::to_string(status) + "\"} " + std::to_string(n) + "\n";
  out += "# TYPE mpsandbox_exec_duration_seconds histogram\n";
  uint64_t cumulative = 0;
  for (size_t b = 0; b <= kBuckets.size(); ++b) {
    cumulative += exec_hist[b];
    char le[32];
    if (b < kBuckets.size()) std::snprintf(le, sizeof le, "%g", kBuckets[b]);
    out += std::string("mpsandbox_exec_duration_seconds_bucket{le=\"") + (b < kBuckets.size() ? le : "+Inf") + "\"} " +
           std::to_string(cumulative) + "\n";
  }
  out += "mpsandbox_exec_duration_seconds_sum " + std::to_string(exec_seconds) + "\n";
  out += "mpsandbox_exec_duration_seconds_count " + std::to_string(execs) + "\n";
  return out;
}

std::optional<std::string> Server::tenant_of(const Request& req) const {
  if (opt.tokens.empty()) return std::string();
  const auto h = req.find(http::field::authorization);
  if (h == req.end()) return std::nullopt;
  const std::string_view v(h->value().data(), h->value().size());
  if (v.substr(0, 7) != "Bearer ") return std::nullopt;
  const auto it = opt.tokens.find(std::string(v.substr(7)));
  if (it == opt.tokens.end()) return std::nullopt;
  return it->second;
}

// The request's body as a JSON object ({} when empty); nullopt with *err set otherwise.
std::optional<json> body_object(const Request& req, Reply* err) {
  if (req.body().empty()) return json::object();
  if (json_nesting_exceeds(req.body(), kMaxJsonNesting)) {
    *err = error_reply(400, "bad_request", "the body nests deeper than 64 levels");
    return std::nullopt;
  }
  json j = json::parse(req.body(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *err = error_reply(400, "bad_request", "the body must be one JSON object");
    return std::nullopt;
  }
  return j;
}

// "key" of a query string, or "".
std::string query_value(std::string_view query, std::string_view key) {
  size_t i = 0;
  while (i <= query.size()) {
    size_t j = std::min(query.find('&', i), query.size());
    std::string_view part = query.substr(i, j - i);
    if (part.substr(0, key.size()) == key && part.size() > key.size() && part[key.size()] == '=')
      return std::string(part.substr(key.size() + 1));
    i = j + 1;
  }
  return "";
}

// A loopback name: "localhost", "127.0.0.1" or "[::1]", with or without a port.
bool loopback_name(std::string_view host) {
  host = host.substr(0, !host.empty() && host[0] == '[' ? host.find(']') + 1 : host.find(':'));
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]";
}

// DNS rebinding: a page of another site whose name resolves to this machine reaches a
// loopback server with its own name as Host and Origin. A server on loopback therefore
// answers only requests addressed to a loopback name; any server refuses an Origin (sent
// by browsers) that is not its Host or a loopback name.
bool host_and_origin_allowed(const Request& req, bool on_loopback) {
  const auto h = req.find(http::field::host);
  const std::string_view host = h == req.end() ? std::string_view() : std::string_view(h->value().data(), h->value().size());
  if (on_loopback && !loopback_name(host)) return false;
  const auto o = req.find(http::field::origin);
  if (o == req.end()) return true;  // not a browser
  std::string_view origin(o->value().data(), o->value().size());
  const size_t scheme = origin.find("://");
  if (scheme == std::string_view::npos) return false;
  origin = origin.substr(scheme + 3);
  if (loopback_name(origin)) return true;
  auto name = [](std::string_view hp) { return hp.substr(0, !hp.empty() && hp[0] == '[' ? hp.find(']') + 1 : hp.find(':')); };
  return !on_loopback && !host.empty() && name(origin) == name(host);
}

// The HTTP status of a 2026-07-28 error answer: the revision gives JSON-RPC errors
// statuses of their own, so that a client can tell a modern server from a legacy one.
int stateless_status(const json& response) {
  if (!response.contains("error")) return 200;
  const int code = response["error"].value("code", 0);
  if (code == -32601) return 404;
  if (code == -32602 || code == -32600 || code == -32700 || (code <= -32020 && code >= -32022)) return 400;
  return 200;
}

Reply Server::handle_mcp(const Request& req, const std::string& tenant, EventStream* events) {
  auto header = [&](std::string_view name) -> std::optional<std::string> {
    const auto h = req.find(boost::string_view(name.data(), name.size()));
    if (h == req.end()) return std::nullopt;
    return std::string(h->value());
  };
  const std::string sid = header("Mcp-Session-Id").value_or("");
  const std::optional<std::string> version = header("MCP-Protocol-Version");
  if (req.method() == http::verb::get)
    return error_reply(405, "method_not_allowed", "this server sends no messages of its own: no stream to open");
  if (req.method() == http::verb::delete_) {
    std::lock_guard lock(mcp_mu);
    auto it = mcp_sessions.find(sid);
    if (it == mcp_sessions.end() || it->second.tenant != tenant) return error_reply(404, "not_found", "no such MCP session");
    mcp_sessions.erase(it);
    return Reply{204, ""};
  }
  if (req.method() != http::verb::post) return error_reply(405, "method_not_allowed", "use POST");
  if (json_nesting_exceeds(req.body(), kMaxJsonNesting))
    return error_reply(400, "bad_request", "the message nests deeper than 64 levels");
  const json msg = json::parse(req.body(), nullptr, false);
  if (msg.is_discarded())
    return json_reply(400, {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", "Parse error"}}}});
  const json id = msg.is_object() && msg.contains("id") ? msg["id"] : json(nullptr);
  auto rpc_error = [&](int status, int code, const std::string& message) {
    return json_reply(status, {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  };
  // The guest's output as notifications on the response's event stream, if the client
  // takes one; then the response as the last event.
  McpServer::Notify notify;
  if (events) notify = [events](const json& n) { events->send("", cli::dump_line(n)); };
  auto respond = [&](const json& response, int status) {
    if (events && events->started()) {
      Reply r{200, EventStream::frame("", cli::dump_line(response)), "text/event-stream"};
      r.streamed = true;
      return r;
    }
    return json_reply(status, response);
  };

  if (McpServer::stateless(msg)) {
    // 2026-07-28: no Mcp-Session-Id; the headers must repeat what the body says.
    const json& meta = msg["params"]["_meta"];
    const std::string method = msg.value("method", std::string());
    if (!version || !meta["io.modelcontextprotocol/protocolVersion"].is_string() ||
        *version != meta["io.modelcontextprotocol/protocolVersion"].get<std::string>())
      return rpc_error(400, kMcpHeaderMismatch, "MCP-Protocol-Version must be the protocolVersion of _meta");
    if (msg.contains("id") && header("Mcp-Method") != method)
      return rpc_error(400, kMcpHeaderMismatch, "Mcp-Method must be the request's method");
    if (method == "tools/call" && msg["params"].contains("name") && msg["params"]["name"].is_string() &&
        header("Mcp-Name") != msg["params"]["name"].get<std::string>())
      return rpc_error(400, kMcpHeaderMismatch, "Mcp-Name must be the tool's name");
    McpServer server(manager, tenant);
    auto response = server.handle(msg, notify);
    if (!response) return Reply{202, ""};
    return respond(*response, stateless_status(*response));
  }
  if (version && *version == kMcpStatelessVersion)
    return rpc_error(400, -32602, "a 2026-07-28 request carries _meta[\"io.modelcontextprotocol/protocolVersion\"]");
  if (version && *version != "2025-11-25" && *version != "2025-06-18" && *version != "2025-03-26")
    return error_reply(400, "bad_request", "unsupported MCP-Protocol-Version");
  const bool initialize = msg.is_object() && msg.value("method", std::string()) == "initialize";
  std::shared_ptr<McpServer> server;  // kept while it answers, even if the session is deleted meanwhile
  std::string new_sid;
  {
    std::lock_guard lock(mcp_mu);
    if (initialize) {
      if (mcp_sessions.size() >= kMaxMcpSessions) {
        auto oldest = mcp_sessions.begin();
        for (auto it = mcp_sessions.begin(); it != mcp_sessions.end(); ++it)
          if (it->second.last_used < oldest->second.last_used) oldest = it;
        mcp_sessions.erase(oldest);
      }
      new_sid = random_id();
      auto& st = mcp_sessions[new_sid];
      st.tenant = tenant;
      st.server = std::make_shared<McpServer>(manager, tenant);
      st.last_used = std::chrono::steady_clock::now();
      server = st.server;
    } else {
      if (sid.empty()) return error_reply(400, "bad_request", "Mcp-Session-Id is required after initialize");
      auto it = mcp_sessions.find(sid);
      if (it == mcp_sessions.end() || it->second.tenant != tenant) return error_reply(404, "not_found", "no such MCP session");
      it->second.last_used = std::chrono::steady_clock::now();
      server = it->second.server;
    }
  }
  // One McpServer per MCP session; its calls run on workers, possibly at once: it holds
  // no per-call state but the log level.
  auto response = server->handle(msg, notify);
  if (!response) return Reply{202, ""};
  Reply r = respond(*response, 200);
  r.mcp_session = new_sid;
  return r;
}

Reply Server::handle(const Request& req, const std::string& tenant, EventStream* events, bool quick) {
  const std::string_view target(req.target().data(), req.target().size());
  const size_t q = target.find('?');
  const std::string_view path = target.substr(0, q);
  const std::string_view query = q == std::string_view::npos ? std::string_view() : target.substr(q + 1);
  const http::verb verb = req.method();
  constexpr std::string_view kSessions = "/v1/sessions";
  Reply bad;
  auto result = [](auto&& outcome, auto&& on_value) -> Reply {
    if (auto* e = std::get_if<Error>(&outcome)) return error_reply(*e);
    return on_value(std::get<0>(outcome));
  };
  auto exec_in = [&](const std::string& id) -> Reply {
    auto body = body_object(req, &bad);
    if (!body) return bad;
    if (!body->contains("code") || !(*body)["code"].is_string() ||
        (body->contains("stdin") && !(*body)["stdin"].is_string()))
      return error_reply(400, "bad_request", "\"code\" (and \"stdin\", if given) must be strings");
    if (body->contains("inputs") && !(*body)["inputs"].is_object())
      return error_reply(400, "bad_request", "\"inputs\", if given, must be an object");
    const auto t0 = std::chrono::steady_clock::now();
    // With Accept: text/event-stream, "output" events as the guest writes, then "result".
    std::optional<OutputRelay> relay;
    if (events)
      relay.emplace([events](const char* stream, const std::string& text) {
        events->send("output", cli::dump_line({{"stream", stream}, {"text", text}}));
      });
    static const QuickTry kQuick;
    const std::string stdin_text = body->value("stdin", std::string());
    const std::string inputs = body->contains("inputs") ? mpsandbox::json_text((*body)["inputs"]) : std::string();
    auto r = manager.exec(tenant, id, (*body)["code"].get<std::string>(),
                          {.stdin_text = stdin_text,
                           .inputs_json = inputs,
                           .on_output = relay ? std::function<void(int, std::string_view)>(std::ref(*relay)) : nullptr,
                           .quick = quick ? &kQuick : nullptr});
    if (auto* e = std::get_if<Error>(&r); e && e->code == Error::Code::Deferred) {
      Reply again;
      again.deferred = true;
      return again;
    }
    if (relay) relay->flush();
    observe_exec(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    if (events && std::holds_alternative<ExecResult>(r)) {
      Reply done{200, EventStream::frame("result", cli::dump_line(cli::result_to_json(std::get<ExecResult>(r)))),
                 "text/event-stream"};
      done.streamed = events->started();
      return done;
    }
    return result(r, [](const ExecResult& e) { return json_reply(200, cli::result_to_json(e)); });
  };
  auto limit_request = [&](const json& body, LimitRequest* lr) -> std::optional<Reply> {
    if (!body.contains("limits")) return std::nullopt;
    const json& l = body["limits"];
    if (!l.is_object()) return error_reply(400, "bad_request", "\"limits\" must be an object");
    for (auto& [key, value] : l.items()) {
      if (!value.is_number_unsigned()) return error_reply(400, "bad_request", "\"" + key + "\" must be a positive integer");
      const uint64_t v = value.get<uint64_t>();
      if (key == "fuel") lr->fuel = v;
      else if (key == "timeout_ms") lr->timeout_ms = v;
      else if (key == "max_output_bytes") lr->max_output_bytes = v;
      else return error_reply(400, "bad_request", "unknown limit \"" + key + "\"");
    }
    return std::nullopt;
  };

  Reply deferred;
  deferred.deferred = true;
  if (quick && !(verb == http::verb::post && path.starts_with("/v1/sessions/") && path.ends_with("/exec")))
    return deferred;
  if (path == "/mcp") return handle_mcp(req, tenant, events);
  if (path == "/v1/run" && verb == http::verb::post) {
    auto body = body_object(req, &bad);
    if (!body) return bad;
    LimitRequest lr;
    if (auto r = limit_request(*body, &lr)) return *r;
    auto id = manager.create(tenant, body->value("profile", std::string()), lr);
    if (auto* e = std::get_if<Error>(&id)) return error_reply(*e);
    Reply r = exec_in(std::get<0>(id));
    (void)manager.remove(tenant, std::get<0>(id));
    return r;
  }
  if (path == kSessions) {
    if (verb == http::verb::get) {
      json list = json::array();
      for (const SessionInfo& s : manager.list(tenant))
        list.push_back({{"id", s.id}, {"profile", s.profile}, {"resident", s.resident}, {"execs", s.execs}});
      return json_reply(200, {{"sessions", list}});
    }
    if (verb != http::verb::post) return error_reply(405, "method_not_allowed", "use GET or POST");
    auto body = body_object(req, &bad);
    if (!body) return bad;
    if (body->contains("profile") && !(*body)["profile"].is_string())
      return error_reply(400, "bad_request", "\"profile\" must be a string");
    LimitRequest lr;
    if (auto r = limit_request(*body, &lr)) return *r;
    return result(manager.create(tenant, body->value("profile", std::string()), lr),
                  [](const std::string& id) { return json_reply(201, {{"id", id}}); });
  }
  if (path == "/v1/sessions/restore") {
    if (verb != http::verb::post) return error_reply(405, "method_not_allowed", "use POST");
    return result(manager.restore(tenant, query_value(query, "profile"), req.body()),
                  [](const std::string& id) { return json_reply(201, {{"id", id}}); });
  }
  if (path.substr(0, kSessions.size() + 1) == std::string(kSessions) + "/") {
    std::string_view rest = path.substr(kSessions.size() + 1);
    const size_t slash = rest.find('/');
    const std::string id(rest.substr(0, slash));
    const std::string_view action = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (action.empty()) {
      if (verb != http::verb::delete_) return error_reply(405, "method_not_allowed", "use DELETE");
      return result(manager.remove(tenant, id), [](std::monostate) { return Reply{204, ""}; });
    }
    if (action == "exec" && verb == http::verb::post) return exec_in(id);
    if (action == "fork" && verb == http::verb::post)
      return result(manager.fork(tenant, id), [](const std::string& f) { return json_reply(201, {{"id", f}}); });
    if (action == "snapshot" && verb == http::verb::get)
      return result(manager.snapshot(tenant, id),
                    [](const std::string& bytes) { return Reply{200, bytes, "application/octet-stream"}; });
  }
  return error_reply(404, "not_found", "no such endpoint");
}

void Server::schedule_maintenance() {
  maintenance.expires_after(std::chrono::seconds(1));
  maintenance.async_wait([this](beast::error_code ec) {
    if (ec || draining) return;
    if (!maintaining.exchange(true))
      net::post(*workers, [this] {
        manager.maintain();
        maintaining = false;
      });
    schedule_maintenance();
  });
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Server& srv) : stream_(std::move(socket)), srv_(srv) {}
  void start() { read(); }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(srv_.opt.max_body_bytes);
    parser_->header_limit(srv_.opt.max_header_bytes);
    // An idle keep-alive connection and a slow client both end at the deadline.
    stream_.expires_after(std::chrono::seconds(requests_ ? srv_.opt.idle_timeout_s : srv_.opt.read_timeout_s));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == http::error::body_limit) return send(error_reply(413, "too_large", "the body is over " + std::to_string(srv_.opt.max_body_bytes) + " bytes"), false);
    if (ec == http::error::header_limit) return send(error_reply(431, "too_large", "the headers are over " + std::to_string(srv_.opt.max_header_bytes) + " bytes"), false);
    if (ec) return close();  // end of stream, timeout, or a malformed request: nothing to answer
    ++requests_;
    req_ = parser_->release();
    const bool keep = req_.keep_alive();
    const std::string_view target(req_.target().data(), req_.target().size());
    if (target == "/healthz") return send(json_reply(200, {{"ok", true}}), keep);
    if (target == "/readyz")
      return send(srv_.draining ? error_reply(503, "draining", "the server is shutting down") : json_reply(200, {{"ok", true}}), keep);
    if (target == "/metrics") return send(Reply{200, srv_.metrics_text(), "text/plain; version=0.0.4"}, keep);
    if (!host_and_origin_allowed(req_, srv_.on_loopback))
      return send(error_reply(403, "forbidden_origin", "requests for this Host or from this Origin are not accepted"), false);
    auto tenant = srv_.tenant_of(req_);
    if (!tenant) return send(error_reply(401, "unauthorized", "a valid bearer token is required"), keep);
    if (srv_.draining) return send(error_reply(503, "draining", "the server is shutting down"), false);
    // Backpressure: a bounded number of requests wait for or hold a worker.
    if (srv_.queued.fetch_add(1) >= srv_.opt.max_queue) {
      srv_.queued.fetch_sub(1);
      Reply busy = error_reply(429, "overloaded", "too many requests in progress");
      busy.retry_after = true;
      return send(std::move(busy), keep);
    }
    // A streamed response runs on a worker: its events are written by this loop while the
    // guest runs. Other execs are tried here first (Server, QuickTry).
    if (!accepts(req_, "text/event-stream")) {
      Reply reply = srv_.handle(req_, *tenant, nullptr, true);
      if (!reply.deferred) {
        srv_.queued.fetch_sub(1);
        return send(std::move(reply), keep);
      }
    }
    net::post(*srv_.workers, [self = shared_from_this(), tenant = std::move(*tenant), keep] {
      Events events(self, keep);
      Reply reply = self->srv_.handle(self->req_, tenant, accepts(self->req_, "text/event-stream") ? &events : nullptr);
      net::post(self->stream_.get_executor(), [self, reply = std::move(reply), keep]() mutable {
        self->srv_.queued.fetch_sub(1);
        self->send(std::move(reply), keep);
      });
    });
  }

  // A streamed response: the worker frames each event as a chunk and hands it to the
  // connection's strand, which writes them in order (send() adds the last).
  class Events : public EventStream {
   public:
    Events(std::shared_ptr<Connection> c, bool keep) : c_(std::move(c)), keep_(keep) {}
    void send(std::string_view event, const std::string& data) override {
      std::string bytes;
      if (!started_) {
        bytes = "HTTP/1.1 200 OK\r\nServer: mpsandbox\r\nContent-Type: text/event-stream\r\n"
                "Cache-Control: no-store\r\nTransfer-Encoding: chunked\r\n";
        if (!keep_) bytes += "Connection: close\r\n";
        bytes += "\r\n";
        started_ = true;
      }
      bytes += chunk(frame(event, data));
      net::post(c_->stream_.get_executor(), [c = c_, bytes = std::move(bytes)]() mutable { c->enqueue(std::move(bytes)); });
    }
    bool started() const override { return started_; }
    static std::string chunk(std::string_view text) {
      char size[20];
      std::snprintf(size, sizeof size, "%zx\r\n", text.size());
      return std::string(size).append(text).append("\r\n");
    }

   private:
    std::shared_ptr<Connection> c_;
    bool keep_;
    bool started_ = false;
  };

  // Writes queued bytes in order; after the last, goes on as `finish_` says.
  void enqueue(std::string bytes) {
    if (broken_) return;
    out_.push_back(std::move(bytes));
    pump();
  }
  void pump() {
    if (writing_) return;
    if (out_.empty()) {
      if (finish_) {
        const bool keep = *finish_;
        finish_.reset();
        if (keep) read();
        else close();
      }
      return;
    }
    writing_ = true;
    stream_.expires_after(std::chrono::seconds(srv_.opt.read_timeout_s));
    net::async_write(stream_, net::buffer(out_.front()), [self = shared_from_this()](beast::error_code ec, size_t) {
      self->writing_ = false;
      self->out_.pop_front();
      if (ec) {
        self->broken_ = true;
        self->out_.clear();
        self->finish_.reset();
        return self->close();
      }
      self->pump();
    });
  }

  void send(Reply reply, bool keep) {
    srv_.count(reply.status);
    if (reply.streamed) {
      finish_ = keep;
      enqueue(Events::chunk(reply.body) + "0\r\n\r\n");
      return;
    }
    auto res = std::make_shared<Response>(static_cast<http::status>(reply.status), 11);
    res->set(http::field::server, "mpsandbox");
    res->set(http::field::content_type, reply.type);
    if (reply.retry_after) res->set(http::field::retry_after, "1");
    if (!reply.mcp_session.empty()) res->set("Mcp-Session-Id", reply.mcp_session);
    res->keep_alive(keep);
    res->body() = std::move(reply.body);
    res->prepare_payload();
    stream_.expires_after(std::chrono::seconds(srv_.opt.read_timeout_s));
    http::async_write(stream_, *res, [self = shared_from_this(), res, keep](beast::error_code ec, size_t) {
      if (ec || !keep) return self->close();
      self->read();
    });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
  }

  beast::tcp_stream stream_;
  Server& srv_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  Request req_;
  uint64_t requests_ = 0;
  // A streamed response's bytes not yet written (strand only).
  std::deque<std::string> out_;
  bool writing_ = false, broken_ = false;
  std::optional<bool> finish_;  // after the queue: read the next request (true) or close
};

void accept(Server& srv) {
  srv.acceptor.async_accept(srv.loop_for_next_connection(), [&srv](beast::error_code ec, tcp::socket socket) {
    if (ec) return;  // closed by the drain
    std::make_shared<Connection>(std::move(socket), srv)->start();
    accept(srv);
  });
}

bool loopback(const net::ip::address& a) { return a.is_loopback(); }

}  // namespace

int serve(const ServerOptions& options, ManagerConfig config) {
  auto made = Engine::create(config.engine);
  if (!made) {
    std::fprintf(stderr, "mpsandbox serve: %s\n", made.failure().message.c_str());
    return 2;
  }
  if (!config.data_dir.empty() && ::mkdir(config.data_dir.c_str(), 0700) != 0 && errno != EEXIST) {
    std::fprintf(stderr, "mpsandbox serve: cannot create --data-dir %s: %s\n", config.data_dir.c_str(), std::strerror(errno));
    return 2;
  }
  if (options.tokens.empty()) config.tenants.try_emplace("", TenantQuota{});
  for (const auto& [token, tenant] : options.tokens) config.tenants.try_emplace(tenant, TenantQuota{});
  if (!config.profiles.count("default")) config.profiles["default"] = Profile{};
  Server srv(options, std::move(config));
  std::vector<std::string> problems;
  const size_t loaded = srv.manager.load(&problems);
  for (const std::string& p : problems) std::fprintf(stderr, "mpsandbox serve: not restored: %s\n", p.c_str());

  beast::error_code ec;
  const net::ip::address addr = net::ip::make_address(options.address, ec);
  if (ec) {
    std::fprintf(stderr, "mpsandbox serve: --listen: not an IP address: %s\n", options.address.c_str());
    return 2;
  }
  if (options.tokens.empty() && !loopback(addr)) {
    std::fprintf(stderr, "mpsandbox serve: with no tokens configured, the server listens only on loopback (127.0.0.1 or ::1)\n");
    return 2;
  }
  srv.on_loopback = loopback(addr);
  const tcp::endpoint endpoint(addr, options.port);
  srv.acceptor.open(endpoint.protocol(), ec);
  if (!ec) srv.acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) srv.acceptor.bind(endpoint, ec);
  if (!ec) srv.acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    std::fprintf(stderr, "mpsandbox serve: cannot listen on %s:%u: %s\n", options.address.c_str(), options.port,
                 ec.message().c_str());
    return 2;
  }
  // Before giving anything up: the first session and snapshot build the default profile's
  // template and open what sessions keep open (the page map); then the process is hardened
  // (tools/server/harden.h) before its worker threads exist.
  {
    Engine warm;
    auto session = warm.new_session(srv.manager.profile_limits("default"), srv.manager.profile_policy("default"));
    if (session) (void)session.value().snapshot();
  }
  if (options.harden) {
    std::vector<PathGrant> grants = srv.manager.path_grants();
    std::string applied;
    if (auto err = harden(grants, &applied)) {
      std::fprintf(stderr, "mpsandbox serve: cannot harden the process: %s\n", err->c_str());
      return 2;
    }
    std::fprintf(stderr, "mpsandbox serve: %s\n", applied.c_str());
  }
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  srv.workers.emplace(threads);
  for (unsigned i = 1; i < threads; ++i) srv.loops.push_back(std::make_unique<net::io_context>(1));
  const tcp::endpoint bound = srv.acceptor.local_endpoint();
  std::printf("listening on %s:%u (%zu sessions restored)\n", bound.address().to_string().c_str(), bound.port(), loaded);
  std::fflush(stdout);
  accept(srv);
  srv.schedule_maintenance();
  srv.signals.async_wait([&srv](beast::error_code, int) {
    // Drain: no new connections or requests; the running ones may finish.
    srv.draining = true;
    beast::error_code ignored;
    srv.acceptor.close(ignored);
    srv.maintenance.cancel();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(srv.opt.drain_timeout_s);
    auto wait = std::make_shared<net::steady_timer>(srv.ioc);
    auto check = std::make_shared<std::function<void()>>();
    *check = [&srv, wait, check, deadline] {
      if (srv.queued.load() == 0 || std::chrono::steady_clock::now() > deadline) {
        for (auto& loop : srv.loops) loop->stop();
        return srv.ioc.stop();
      }
      wait->expires_after(std::chrono::milliseconds(20));
      wait->async_wait([check](beast::error_code) { (*check)(); });
    };
    (*check)();
  });
  std::vector<std::thread> io_threads;
  for (auto& loop : srv.loops)
    io_threads.emplace_back([&loop] {
      auto work = net::make_work_guard(*loop);
      loop->run();
    });
  srv.ioc.run();
  for (std::thread& t : io_threads) t.join();
  srv.workers->join();
  problems.clear();
  const size_t written = srv.manager.persist_all(&problems);
  for (const std::string& p : problems) std::fprintf(stderr, "mpsandbox serve: not persisted: %s\n", p.c_str());
  std::printf("stopped: %zu sessions persisted\n", written);
  return 0;
}

std::optional<std::string> load_config(const std::string& path, ServerOptions* options, ManagerConfig* config) {
  toml::table t;
  try {
    t = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return "--config " + path + ": " + std::string(e.description()) + " (line " +
           std::to_string(e.source().begin.line) + ")";
  }
  auto u64 = [](const toml::node* n, const std::string& key, uint64_t* out) -> std::optional<std::string> {
    if (!n) return std::nullopt;
    auto v = n->value<int64_t>();
    if (!v || *v < 0) return key + " must be a non-negative integer";
    *out = static_cast<uint64_t>(*v);
    return std::nullopt;
  };
  if (auto s = t["server"].as_table()) {
    if (auto v = (*s)["listen"].value<std::string>()) {
      const size_t colon = v->rfind(':');
      if (colon == std::string::npos) return "server.listen must be ADDR:PORT";
      options->address = v->substr(0, colon);
      const std::string port = v->substr(colon + 1);
      if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(port) > 65535)
        return "server.listen must be ADDR:PORT";
      options->port = static_cast<uint16_t>(std::stoul(port));
    }
    uint64_t n = 0;
    if (auto err = u64((*s).get("max_resident"), "server.max_resident", &n)) return err;
    if ((*s).get("max_resident")) config->max_resident = n;
    if (auto err = u64((*s).get("idle_ttl_seconds"), "server.idle_ttl_seconds", &n)) return err;
    if ((*s).get("idle_ttl_seconds")) config->idle_ttl = std::chrono::seconds(n);
    if (auto err = u64((*s).get("max_queue"), "server.max_queue", &n)) return err;
    if ((*s).get("max_queue")) options->max_queue = n;
    if (auto err = u64((*s).get("max_body_bytes"), "server.max_body_bytes", &n)) return err;
    if ((*s).get("max_body_bytes")) options->max_body_bytes = n;
    if (auto err = u64((*s).get("threads"), "server.threads", &n)) return err;
    if ((*s).get("threads")) options->threads = static_cast<unsigned>(n);
  }
  if (auto profiles = t["profiles"].as_table()) {
    for (auto& [name, node] : *profiles) {
      const std::string where = "profiles." + std::string(name.str());
      auto p = node.as_table();
      if (!p) return where + " must be a table";
      Profile prof;
      const struct {
        const char* key;
        uint64_t Limits::*field;
      } limits[] = {{"fuel", &Limits::fuel},
                    {"timeout_ms", &Limits::timeout_ms},
                    {"memory_bytes", &Limits::memory_bytes},
                    {"heap_bytes", &Limits::heap_bytes},
                    {"max_output_bytes", &Limits::max_output_bytes},
                    {"max_source_bytes", &Limits::max_source_bytes},
                    {"rollback_bytes", &Limits::rollback_bytes}};
      for (const auto& l : limits)
        if (auto err = u64(p->get(l.key), where + "." + l.key, &(prof.limits.*(l.field)))) return err;
      if (auto d = (*p)["deterministic"].value<bool>()) prof.policy.deterministic = *d;
      uint64_t scratch = 0;
      if (auto err = u64(p->get("scratch_bytes"), where + ".scratch_bytes", &scratch)) return err;
      if (scratch) prof.policy.mount_scratch("/tmp", scratch);
      if (auto mounts = (*p)["mounts"].as_array()) {
        for (auto& m : *mounts) {
          auto mt = m.as_table();
          auto host = mt ? (*mt)["host"].value<std::string>() : std::nullopt;
          auto guest = mt ? (*mt)["guest"].value<std::string>() : std::nullopt;
          const std::string mode = mt ? (*mt)["mode"].value_or(std::string("ro")) : "";
          if (!host || !guest || (mode != "ro" && mode != "rw"))
            return where + ".mounts: each needs host, guest and mode \"ro\" or \"rw\"";
          if (mode == "ro") prof.policy.mount_readonly(*host, *guest);
          else prof.policy.mount_readwrite(*host, *guest);
        }
      }
      config->profiles[std::string(name.str())] = prof;
    }
  }
  if (auto tenants = t["tenants"].as_table()) {
    for (auto& [name, node] : *tenants) {
      const std::string where = "tenants." + std::string(name.str());
      auto tt = node.as_table();
      auto token = tt ? (*tt)["token"].value<std::string>() : std::nullopt;
      if (!token || token->size() < 16) return where + ".token must be a string of at least 16 characters";
      TenantQuota q;
      uint64_t n = 0;
      if (auto err = u64(tt->get("max_sessions"), where + ".max_sessions", &n)) return err;
      if (tt->get("max_sessions")) q.max_sessions = n;
      if (auto err = u64(tt->get("max_memory_bytes"), where + ".max_memory_bytes", &n)) return err;
      if (tt->get("max_memory_bytes")) q.max_memory_bytes = n;
      if (auto err = u64(tt->get("max_concurrent_execs"), where + ".max_concurrent_execs", &n)) return err;
      if (tt->get("max_concurrent_execs")) q.max_concurrent_execs = n;
      config->tenants[std::string(name.str())] = q;
      if (!options->tokens.emplace(*token, std::string(name.str())).second) return where + ".token is another tenant's";
    }
  }
  return std::nullopt;
}

}  // namespace mpsandbox::server
