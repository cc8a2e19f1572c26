// `mpsandbox serve`: the HTTP/1.1 front end of the session manager (docs/SERVER.md).
// One event loop per core runs its share of the connections (Boost.Beast over Asio,
// event-driven) and tries each exec itself within small caps; past them, and for every
// other request that runs guest code or touches the store, a fixed pool of worker threads
// behind a bounded queue (past it: 429 with Retry-After).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "session_manager.h"

namespace mpsandbox::server {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;
  unsigned threads = 0;             // workers; 0: one per core
  size_t max_queue = 256;           // requests waiting for or holding a worker
  uint64_t max_body_bytes = 16ull << 20;
  uint32_t max_header_bytes = 16 * 1024;
  unsigned read_timeout_s = 30;     // a request must arrive whole within this
  unsigned idle_timeout_s = 60;     // keep-alive connections idle past this are closed
  unsigned drain_timeout_s = 30;    // on SIGTERM: how long running requests may finish
  std::map<std::string, std::string> tokens;  // bearer token -> tenant; empty: one tenant ""
  bool harden = true;               // no_new_privs, Landlock, seccomp after start-up (harden.h)
};

// Reads a TOML configuration (docs/SERVER.md) into `options` and `config`. An error message
// names the key.
std::optional<std::string> load_config(const std::string& path, ServerOptions* options, ManagerConfig* config);

// Serves until SIGTERM or SIGINT, then drains: stops accepting, lets running requests end
// (bounded), writes every session to the data directory and returns 0. Prints the address
// it listens on ("listening on ADDR:PORT") once ready. 2 on a start-up error.
int serve(const ServerOptions& options, ManagerConfig config);

}  // namespace mpsandbox::server
