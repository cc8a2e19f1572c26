// The service's session manager: many tenants' sessions in one process, by id, with
// profiles (the limits and policy a client may pick by name), per-tenant quotas, one exec
// at a time per session, eviction of idle sessions to serialized snapshots under a data
// directory (restored on their next request), a TTL for idle sessions, and persistence of
// every session for a restart. The front ends (`mpsandbox serve`, `mpsandbox mcp`) are
// thin layers over it. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "harden.h"
#include "mpsandbox/mpsandbox.h"

namespace mpsandbox::server {

// What a client may pick by name. Clients never name host paths: the policy's mounts are
// the profile's.
struct Profile {
  Limits limits;  // a session's, unless the client asks for less
  Policy policy;
};

// What one tenant may hold at once.
// The defaults bound nothing a single user of a loopback server would reach; set real
// ones per tenant in the configuration.
struct TenantQuota {
  size_t max_sessions = 100'000;
  uint64_t max_memory_bytes = 1ull << 50;  // the sum of its sessions' memory_bytes (caps, not use)
  size_t max_concurrent_execs = 64;
};

struct ManagerConfig {
  EngineConfig engine;
  std::map<std::string, Profile, std::less<>> profiles;      // "default" is used when none is named
  std::map<std::string, TenantQuota, std::less<>> tenants;   // every tenant that may use it
  std::string data_dir;          // evicted and persisted sessions; empty: no eviction
  size_t max_resident = 10'000;  // idle sessions past this are evicted (least recently used first)
  std::chrono::seconds idle_ttl{24 * 3600};  // idle sessions past this are deleted
  // With a data_dir: maintain() also writes every session changed since its last write
  // (after an exec, a fork, a restore), so that a crash loses only what changed since.
  bool persist_changes = true;
};

// A refusal of the manager: `code` is stable (the HTTP layer maps it to a status), the
// message is one line for people.
struct Error {
  // Deferred: a QuickTry that did not finish within its caps or would have had to wait;
  // nothing changed.
  enum class Code { InvalidArgument, NotFound, Busy, QuotaExceeded, SnapshotRejected, Unavailable, Internal, Deferred };
  Code code;
  std::string message;
};
const char* to_string(Error::Code c);  // "invalid_argument", "not_found", ...

// 128 random bits as 32 hex digits (session ids, MCP session ids): unguessable, so one
// tenant cannot probe another's.
std::string random_id();

template <typename T>
using Outcome = std::variant<T, Error>;

// An exec tried where it must neither wait nor run long (a server's event loop, so that
// one long program never holds up the other connections of its loop): it is refused with
// Error::Code::Deferred, the session exactly as it was, if it would wait (housekeeping, a
// restore from data_dir) or if it reaches these caps (it is then rolled back, as at a
// limit); the caller runs it again without them where waiting is fine. Tried only for
// sessions whose policy has no mounts: a file written or read before the stop would not be
// undone (docs/SECURITY.md), and the second run would see it.
struct QuickTry {
  uint64_t fuel = 2'000'000;  // about 0.2 ms of bytecode (docs/PERFORMANCE.md, fuel rates)
  uint64_t timeout_ms = 1;    // sleeps and slow host work
};

// Stops one exec from another thread (MCP's notifications/cancelled): stop() before the
// exec starts stops it as it starts; after it ended, it does nothing (never a later exec).
class ExecStopper {
 public:
  void stop() {
    std::lock_guard lock(mu_);
    stopped_ = true;
    if (exec_id_) handle_.interrupt(exec_id_);
  }
  bool stopped() const {
    std::lock_guard lock(mu_);
    return stopped_;
  }

 private:
  friend class SessionManager;
  void attach(InterruptHandle handle, uint64_t exec_id) {
    std::lock_guard lock(mu_);
    handle_ = std::move(handle);
    exec_id_ = exec_id;
    if (stopped_) handle_.interrupt(exec_id_);
  }
  mutable std::mutex mu_;
  InterruptHandle handle_;
  uint64_t exec_id_ = 0;
  bool stopped_ = false;
};

// How an exec runs, beyond its code.
struct ExecCall {
  std::string_view stdin_text;
  std::string_view inputs_json;  // ExecOptions::inputs_json
  std::function<void(int, std::string_view)> on_output;  // ExecOptions::on_output, on this thread
  const QuickTry* quick = nullptr;
  ExecStopper* stopper = nullptr;
};

// Per-session requests may lower the profile's limits, never raise them.
struct LimitRequest {
  std::optional<uint64_t> fuel, timeout_ms, max_output_bytes;
};

struct SessionInfo {
  std::string id, profile;
  bool resident = false;
  uint64_t execs = 0;
  std::chrono::system_clock::time_point created, last_used;
};

struct Metrics {
  uint64_t resident = 0, evicted = 0;
  uint64_t evictions = 0, restores = 0, expired = 0, persisted = 0;
  std::map<std::string, uint64_t> execs_by_status;
};

class SessionManager {
 public:
  explicit SessionManager(ManagerConfig config);
  ~SessionManager();
  SessionManager(const SessionManager&) = delete;
  SessionManager& operator=(const SessionManager&) = delete;

  // Registers the sessions persisted under data_dir by an earlier process. Returns how
  // many; files that cannot be read or restored are reported and left alone.
  size_t load(std::vector<std::string>* problems);

  Outcome<std::string> create(std::string_view tenant, std::string_view profile, const LimitRequest& limits);
  // Runs code in the session; Busy if it is running another exec.
  Outcome<ExecResult> exec(std::string_view tenant, std::string_view id, std::string_view code,
                           const ExecCall& call = {});
  Outcome<std::string> fork(std::string_view tenant, std::string_view id);
  Outcome<std::string> snapshot(std::string_view tenant, std::string_view id);  // portable bytes
  Outcome<std::string> restore(std::string_view tenant, std::string_view profile, std::string_view bytes);
  Outcome<std::monostate> remove(std::string_view tenant, std::string_view id);
  std::vector<SessionInfo> list(std::string_view tenant) const;

  // Housekeeping, called periodically (every second by the server): deletes sessions idle
  // past the TTL, writes the changed ones to data_dir (persist_changes), then evicts the
  // least recently used idle sessions past max_resident to data_dir.
  void maintain();
  // Writes every session to data_dir (a drain before exit). Returns the number written.
  size_t persist_all(std::vector<std::string>* problems);

  Metrics metrics() const;
  // A profile's limits and policy (the defaults for an unknown name).
  Limits profile_limits(std::string_view profile) const;
  Policy profile_policy(std::string_view profile) const;
  // The host paths the manager and its profiles use: the data directory (writable) and
  // every profile's host mounts.
  std::vector<PathGrant> path_grants() const;

 private:
  struct Entry;
  struct Tenant;
  // Finds the tenant's session and marks it busy; NotFound or Busy otherwise.
  // With `wait` false, a session held by housekeeping is Deferred instead of waited for.
  Outcome<std::shared_ptr<Entry>> acquire(std::string_view tenant, std::string_view id, bool wait = true);
  void release(const std::shared_ptr<Entry>& e, bool used);
  // Makes an acquired session resident (restoring it from data_dir if evicted).
  std::optional<Error> make_resident(Entry& e);
  // Writes an acquired resident session to data_dir (it stays resident); nothing for an
  // evicted one, whose files are there.
  std::optional<Error> write_files(Entry& e);
  Outcome<std::string> add(std::string_view tenant, const std::string& profile, const Limits& limits,
                           Session session);
  std::string path_of(const std::string& id, const char* ext) const;

  const ManagerConfig config_;
  const Engine engine_;
  mutable std::mutex mu_;
  std::condition_variable idle_;  // a housekeeping hold ended
  std::map<std::string, std::shared_ptr<Entry>, std::less<>> sessions_;
  std::map<std::string, Tenant, std::less<>> tenants_;
  Metrics metrics_;
};

}  // namespace mpsandbox::server
