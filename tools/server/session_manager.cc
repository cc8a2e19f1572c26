#include "session_manager.h"

#include <dirent.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "options.h"

namespace mpsandbox::server {
namespace {

using nlohmann::json;
using Clock = std::chrono::system_clock;

Error error(Error::Code c, std::string message) { return Error{c, std::move(message)}; }

Error from_failure(const Failure& f) {
  switch (f.code) {
    case FailureCode::InvalidArgument: return error(Error::Code::InvalidArgument, f.message);
    case FailureCode::Busy: return error(Error::Code::Busy, f.message);
    case FailureCode::SnapshotRejected: return error(Error::Code::SnapshotRejected, f.message);
    case FailureCode::OutOfResources: return error(Error::Code::Unavailable, f.message);
    default: return error(Error::Code::Internal, f.message);
  }
}

}  // namespace

std::string random_id() {
  uint8_t raw[16];
  size_t got = 0;
  while (got < sizeof raw) {
    const ssize_t n = getrandom(raw + got, sizeof raw - got, 0);
    if (n > 0) got += static_cast<size_t>(n);
  }
  static const char kHex[] = "0123456789abcdef";
  std::string id;
  for (uint8_t b : raw) {
    id += kHex[b >> 4];
    id += kHex[b & 15];
  }
  return id;
}

namespace {

bool valid_id(std::string_view id) {
  return id.size() == 32 && id.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace

const char* to_string(Error::Code c) {
  switch (c) {
    case Error::Code::InvalidArgument: return "invalid_argument";
    case Error::Code::NotFound: return "not_found";
    case Error::Code::Busy: return "busy";
    case Error::Code::QuotaExceeded: return "quota_exceeded";
    case Error::Code::SnapshotRejected: return "snapshot_rejected";
    case Error::Code::Unavailable: return "unavailable";
    case Error::Code::Internal: return "internal";
    case Error::Code::Deferred: return "deferred";
  }
  return "internal";
}

struct SessionManager::Entry {
  std::string id, tenant, profile;
  Limits limits;                   // the profile's, as the client lowered them
  std::optional<Session> session;  // empty while evicted (then data_dir holds it); the holder of busy uses it
  bool busy = false;               // under mu_: an exec, eviction or snapshot holds it
  bool housekeeping = false;       // under mu_: busy for maintain() (a write to data_dir), which requests wait out
  bool resident = false;           // under mu_: session is set
  bool dirty = true;               // under mu_: changed since data_dir last got it
  bool warm = false;               // the holder of busy: an exec has run since the session was made resident
  uint64_t execs = 0;
  Clock::time_point created, last_used;
};

struct SessionManager::Tenant {
  size_t sessions = 0;
  uint64_t memory = 0;
  size_t running = 0;
};

SessionManager::SessionManager(ManagerConfig config)
    : config_(std::move(config)), engine_(Engine::create(config_.engine).value()) {}

SessionManager::~SessionManager() = default;

std::string SessionManager::path_of(const std::string& id, const char* ext) const {
  return config_.data_dir + "/" + id + ext;
}

Outcome<std::string> SessionManager::add(std::string_view tenant, const std::string& profile, const Limits& limits,
                                         Session session) {
  const auto quota = config_.tenants.find(tenant);
  if (quota == config_.tenants.end()) return error(Error::Code::NotFound, "unknown tenant");
  auto e = std::make_shared<Entry>();
  e->id = random_id();
  e->tenant = std::string(tenant);
  e->profile = profile;
  e->limits = limits;
  e->session.emplace(std::move(session));
  e->resident = true;
  e->created = e->last_used = Clock::now();
  std::lock_guard lock(mu_);
  Tenant& t = tenants_[e->tenant];
  if (t.sessions >= quota->second.max_sessions)
    return error(Error::Code::QuotaExceeded, "the tenant holds its maximum of " +
                                                 std::to_string(quota->second.max_sessions) + " sessions");
  if (t.memory + limits.memory_bytes > quota->second.max_memory_bytes)
    return error(Error::Code::QuotaExceeded, "the tenant's sessions would pass its memory quota of " +
                                                 std::to_string(quota->second.max_memory_bytes) + " bytes");
  t.sessions += 1;
  t.memory += limits.memory_bytes;
  metrics_.resident += 1;
  sessions_.emplace(e->id, e);
  return e->id;
}

Outcome<std::string> SessionManager::create(std::string_view tenant, std::string_view profile_name,
                                            const LimitRequest& req) {
  const std::string name = profile_name.empty() ? "default" : std::string(profile_name);
  const auto p = config_.profiles.find(name);
  if (p == config_.profiles.end()) return error(Error::Code::InvalidArgument, "no profile named '" + name + "'");
  Limits limits = p->second.limits;
  // A client may ask for less than its profile allows, never more.
  const struct {
    const char* what;
    const std::optional<uint64_t>& asked;
    uint64_t& limit;
  } fields[] = {{"fuel", req.fuel, limits.fuel},
                {"timeout_ms", req.timeout_ms, limits.timeout_ms},
                {"max_output_bytes", req.max_output_bytes, limits.max_output_bytes}};
  for (const auto& f : fields) {
    if (!f.asked) continue;
    const bool unlimited_timeout = f.limit == 0 && &f.limit == &limits.timeout_ms;
    if (*f.asked == 0 || (!unlimited_timeout && *f.asked > f.limit))
      return error(Error::Code::InvalidArgument, std::string(f.what) + " must be between 1 and the profile's " +
                                                     std::to_string(f.limit));
    f.limit = *f.asked;
  }
  auto s = engine_.new_session(limits, p->second.policy);
  if (!s) return from_failure(s.failure());
  return add(tenant, name, limits, std::move(s).value());
}

Outcome<std::shared_ptr<SessionManager::Entry>> SessionManager::acquire(std::string_view tenant, std::string_view id,
                                                                         bool wait) {
  std::unique_lock lock(mu_);
  for (;;) {
    auto it = sessions_.find(id);
    // Another tenant's session does not exist for this one.
    if (it == sessions_.end() || it->second->tenant != tenant) return error(Error::Code::NotFound, "no such session");
    std::shared_ptr<Entry> e = it->second;
    if (e->busy && e->housekeeping) {  // being written or evicted: a short wait, not a conflict
      if (!wait) return error(Error::Code::Deferred, "the session is being written");
      idle_.wait(lock);
      continue;
    }
    if (e->busy) return error(Error::Code::Busy, "the session is running another request");
    e->busy = true;
    return e;
  }
}

void SessionManager::release(const std::shared_ptr<Entry>& e, bool used) {
  {
    std::lock_guard lock(mu_);
    e->busy = false;
    if (e->housekeeping) {
      e->housekeeping = false;
      idle_.notify_all();
    }
    if (used) e->last_used = Clock::now();
  }
}

std::optional<Error> SessionManager::make_resident(Entry& e) {
  if (e.session) return std::nullopt;
  std::string bytes;
  if (auto err = cli::read_file(path_of(e.id, ".snap"), config_.engine.max_snapshot_bytes + (1u << 20), &bytes))
    return error(Error::Code::Unavailable, "the session's stored state cannot be read: " + *err);
  auto snap = engine_.load_snapshot(bytes);
  if (!snap) return from_failure(snap.failure());
  const auto p = config_.profiles.find(e.profile);
  if (p == config_.profiles.end()) return error(Error::Code::Unavailable, "the session's profile is gone");
  auto s = engine_.restore(snap.value(), {e.limits, p->second.policy});
  if (!s) return from_failure(s.failure());
  e.session.emplace(std::move(s).value());
  e.warm = false;
  std::lock_guard lock(mu_);
  e.resident = true;
  e.dirty = false;  // the store has it as it is
  metrics_.restores += 1;
  metrics_.resident += 1;
  metrics_.evicted -= 1;
  return std::nullopt;
}

Outcome<ExecResult> SessionManager::exec(std::string_view tenant, std::string_view id, std::string_view code,
                                         const ExecCall& call) {
  const QuickTry* quick = call.quick;
  auto got = acquire(tenant, id, quick == nullptr);
  if (auto* err = std::get_if<Error>(&got)) return *err;
  std::shared_ptr<Entry> e = std::get<0>(got);
  if (quick) {
    bool mounts = true;
    {
      std::lock_guard lock(mu_);
      const auto p = config_.profiles.find(e->profile);
      mounts = p == config_.profiles.end() || !p->second.policy.mounts.empty();
    }
    // A session's first exec (new, forked or restored) maps and writes pages no exec has
    // touched yet: often past the time cap, so not tried.
    if (mounts || !e->session || !e->warm || call.on_output || call.stopper) {
      release(e, false);
      return error(Error::Code::Deferred, "not tried quickly");
    }
  }
  {
    std::lock_guard lock(mu_);
    Tenant& t = tenants_[e->tenant];
    const auto quota = config_.tenants.find(e->tenant);
    if (quota != config_.tenants.end() && t.running >= quota->second.max_concurrent_execs) {
      e->busy = false;
      return error(Error::Code::QuotaExceeded, "the tenant runs its maximum of " +
                                                   std::to_string(quota->second.max_concurrent_execs) +
                                                   " execs at once");
    }
    t.running += 1;
  }
  auto done = [&](bool used) {
    {
      std::lock_guard lock(mu_);
      tenants_[e->tenant].running -= 1;
    }
    release(e, used);
  };
  if (auto err = make_resident(*e)) {
    done(false);
    return *err;
  }
  ExecOptions options;
  options.stdin_text = std::string(call.stdin_text);
  options.inputs_json = std::string(call.inputs_json);
  options.on_output = call.on_output;
  if (call.stopper) call.stopper->attach(e->session->interrupt_handle(), e->session->next_exec_id());
  if (quick) {
    options.fuel = quick->fuel;
    options.timeout_ms = quick->timeout_ms;
    options.stop_traceback = false;  // a stop here is undone and run again: no grace on the loop
  }
  auto r = e->session->exec(code, options);
  e->warm = true;
  if (quick && r) {
    // Stopped by a cap below the session's own limit: undone, to be run again in full.
    const Limits& l = e->session->limits();
    const Status st = r.value().status;
    if ((st == Status::FuelExhausted && quick->fuel < l.fuel) ||
        (st == Status::Timeout && (l.timeout_ms == 0 || quick->timeout_ms < l.timeout_ms))) {
      done(false);
      return error(Error::Code::Deferred, "over the quick caps");
    }
  }
  {
    std::lock_guard lock(mu_);
    e->execs += 1;
    e->dirty = true;
    if (r) metrics_.execs_by_status[to_string(r.value().status)] += 1;
  }
  done(true);
  if (!r) return from_failure(r.failure());
  return std::move(r).value();
}

Outcome<std::string> SessionManager::fork(std::string_view tenant, std::string_view id) {
  auto got = acquire(tenant, id);
  if (auto* err = std::get_if<Error>(&got)) return *err;
  std::shared_ptr<Entry> e = std::get<0>(got);
  if (auto err = make_resident(*e)) {
    release(e, false);
    return *err;
  }
  auto f = e->session->fork();
  release(e, true);
  if (!f) return from_failure(f.failure());
  return add(tenant, e->profile, e->limits, std::move(f).value());
}

Outcome<std::string> SessionManager::snapshot(std::string_view tenant, std::string_view id) {
  auto got = acquire(tenant, id);
  if (auto* err = std::get_if<Error>(&got)) return *err;
  std::shared_ptr<Entry> e = std::get<0>(got);
  Outcome<std::string> out = error(Error::Code::Internal, "");
  if (!e->session) {  // evicted: the stored bytes are the snapshot
    std::string bytes;
    if (auto err = cli::read_file(path_of(e->id, ".snap"), config_.engine.max_snapshot_bytes + (1u << 20), &bytes))
      out = error(Error::Code::Unavailable, "the session's stored state cannot be read: " + *err);
    else
      out = std::move(bytes);
  } else {
    auto snap = e->session->snapshot();
    auto bytes = snap ? snap.value().serialize() : Result<std::string>(snap.failure());
    if (bytes) out = std::move(bytes).value();
    else out = from_failure(bytes.failure());
  }
  release(e, false);
  return out;
}

Outcome<std::string> SessionManager::restore(std::string_view tenant, std::string_view profile_name,
                                             std::string_view bytes) {
  const std::string name = profile_name.empty() ? "default" : std::string(profile_name);
  const auto p = config_.profiles.find(name);
  if (p == config_.profiles.end()) return error(Error::Code::InvalidArgument, "no profile named '" + name + "'");
  auto snap = engine_.load_snapshot(bytes);
  if (!snap) return from_failure(snap.failure());
  // The profile's limits and policy, never the ones in the bytes (docs/SECURITY.md).
  auto s = engine_.restore(snap.value(), {p->second.limits, p->second.policy});
  if (!s) return from_failure(s.failure());
  return add(tenant, name, p->second.limits, std::move(s).value());
}

Outcome<std::monostate> SessionManager::remove(std::string_view tenant, std::string_view id) {
  auto got = acquire(tenant, id);
  if (auto* err = std::get_if<Error>(&got)) return *err;
  std::shared_ptr<Entry> e = std::get<0>(got);
  {
    std::lock_guard lock(mu_);
    sessions_.erase(e->id);
    Tenant& t = tenants_[e->tenant];
    t.sessions -= 1;
    t.memory -= e->limits.memory_bytes;
    if (e->resident) metrics_.resident -= 1;
    else metrics_.evicted -= 1;
  }
  e->session.reset();
  if (!config_.data_dir.empty()) {
    ::unlink(path_of(e->id, ".snap").c_str());
    ::unlink(path_of(e->id, ".meta").c_str());
  }
  return std::monostate{};
}

std::vector<SessionInfo> SessionManager::list(std::string_view tenant) const {
  std::lock_guard lock(mu_);
  std::vector<SessionInfo> out;
  for (const auto& [id, e] : sessions_)
    if (e->tenant == tenant) out.push_back({id, e->profile, e->resident, e->execs, e->created, e->last_used});
  return out;
}

std::optional<Error> SessionManager::write_files(Entry& e) {
  if (!e.session) return std::nullopt;
  auto snap = e.session->snapshot();
  auto bytes = snap ? snap.value().serialize() : Result<std::string>(snap.failure());
  if (!bytes) return from_failure(bytes.failure());
  const json meta = {{"tenant", e.tenant},
                     {"profile", e.profile},
                     {"fuel", e.limits.fuel},
                     {"timeout_ms", e.limits.timeout_ms},
                     {"max_output_bytes", e.limits.max_output_bytes},
                     {"execs", e.execs},
                     {"created", std::chrono::duration_cast<std::chrono::seconds>(e.created.time_since_epoch()).count()}};
  // The snapshot first, then its metadata: load() takes a session only with both.
  if (auto err = cli::write_file_atomic(path_of(e.id, ".snap"), bytes.value()))
    return error(Error::Code::Unavailable, *err);
  if (auto err = cli::write_file_atomic(path_of(e.id, ".meta"), meta.dump()))
    return error(Error::Code::Unavailable, *err);
  return std::nullopt;
}

void SessionManager::maintain() {
  const auto now = Clock::now();
  const bool store = !config_.data_dir.empty();
  std::vector<std::shared_ptr<Entry>> expired, changed, to_evict;
  {
    std::lock_guard lock(mu_);
    std::vector<std::shared_ptr<Entry>> idle;
    size_t resident = 0;
    for (auto& [id, e] : sessions_) {
      resident += e->resident;
      if (e->busy) continue;
      if (now - e->last_used > config_.idle_ttl) {
        e->busy = e->housekeeping = true;
        expired.push_back(e);
      } else if (e->resident) {
        idle.push_back(e);
      }
    }
    if (store && resident > config_.max_resident) {
      std::sort(idle.begin(), idle.end(), [](const auto& a, const auto& b) { return a->last_used < b->last_used; });
      const size_t excess = std::min(resident - config_.max_resident, idle.size());
      to_evict.assign(idle.begin(), idle.begin() + static_cast<ptrdiff_t>(excess));
      idle.erase(idle.begin(), idle.begin() + static_cast<ptrdiff_t>(excess));
      for (auto& e : to_evict) e->busy = e->housekeeping = true;
    }
    // Changed sessions go to the store: after a crash each comes back as it was after one
    // of its completed execs (files are replaced by rename, never torn).
    if (store && config_.persist_changes)
      for (auto& e : idle)
        if (e->dirty) {
          e->busy = e->housekeeping = true;
          changed.push_back(e);
        }
  }
  for (auto& e : expired) {
    release(e, false);
    if (std::holds_alternative<std::monostate>(remove(e->tenant, e->id))) {
      std::lock_guard lock(mu_);
      metrics_.expired += 1;
    }
  }
  for (auto& e : changed) {
    {
      std::lock_guard lock(mu_);
      e->dirty = false;  // an exec after this write marks it again
    }
    const bool written = !write_files(*e);
    {
      std::lock_guard lock(mu_);
      if (written) metrics_.persisted += 1;
      else e->dirty = true;
    }
    release(e, false);
  }
  for (auto& e : to_evict) {
    bool dirty;
    {
      std::lock_guard lock(mu_);
      dirty = e->dirty;
    }
    // A session written since its last change is in the store already.
    if (!dirty || !write_files(*e)) {
      e->session.reset();
      std::lock_guard lock(mu_);
      e->resident = false;
      e->dirty = false;
      metrics_.evictions += 1;
      metrics_.resident -= 1;
      metrics_.evicted += 1;
    }
    release(e, false);
  }
}

size_t SessionManager::persist_all(std::vector<std::string>* problems) {
  if (config_.data_dir.empty()) return 0;
  std::vector<std::shared_ptr<Entry>> all;
  {
    std::lock_guard lock(mu_);
    for (auto& [id, e] : sessions_) all.push_back(e);
  }
  size_t written = 0;
  for (auto& e : all) {
    auto got = acquire(e->tenant, e->id);
    if (std::holds_alternative<Error>(got)) {
      if (problems) problems->push_back(e->id + ": " + std::get<Error>(got).message);
      continue;
    }
    if (auto err = write_files(*e)) {
      if (problems) problems->push_back(e->id + ": " + err->message);
    } else {
      ++written;
      std::lock_guard lock(mu_);
      e->dirty = false;
    }
    release(e, false);
  }
  return written;
}

size_t SessionManager::load(std::vector<std::string>* problems) {
  if (config_.data_dir.empty()) return 0;
  DIR* dir = opendir(config_.data_dir.c_str());
  if (!dir) {
    if (problems) problems->push_back("cannot open the data directory " + config_.data_dir);
    return 0;
  }
  size_t loaded = 0;
  while (const dirent* d = readdir(dir)) {
    const std::string name = d->d_name;
    if (name.size() != 32 + 5 || name.compare(32, 5, ".meta") != 0 || !valid_id(name.substr(0, 32))) continue;
    const std::string id = name.substr(0, 32);
    std::string text;
    if (auto err = cli::read_file(path_of(id, ".meta"), 1 << 16, &text)) {
      if (problems) problems->push_back(*err);
      continue;
    }
    const json meta = json::parse(text, nullptr, false);
    auto bad = [&](const std::string& why) {
      if (problems) problems->push_back(id + ": " + why);
    };
    if (!meta.is_object() || !meta.contains("tenant") || !meta["tenant"].is_string() || !meta.contains("profile") ||
        !meta["profile"].is_string()) {
      bad("malformed metadata");
      continue;
    }
    const std::string tenant = meta["tenant"], profile = meta["profile"];
    const auto p = config_.profiles.find(profile);
    if (p == config_.profiles.end() || !config_.tenants.count(tenant)) {
      bad("its tenant or profile is no longer configured");
      continue;
    }
    if (::access(path_of(id, ".snap").c_str(), R_OK) != 0) {
      bad("no snapshot file");
      continue;
    }
    {
      std::lock_guard lock(mu_);
      if (sessions_.count(id)) continue;  // loaded already
    }
    auto e = std::make_shared<Entry>();
    e->id = id;
    e->tenant = tenant;
    e->profile = profile;
    e->limits = p->second.limits;
    // The stored lowered limits, still within the profile's.
    for (auto [key, field] : {std::pair{"fuel", &Limits::fuel}, std::pair{"timeout_ms", &Limits::timeout_ms},
                              std::pair{"max_output_bytes", &Limits::max_output_bytes}}) {
      if (meta.contains(key) && meta[key].is_number_unsigned()) {
        const uint64_t v = meta[key];
        if (v > 0 && (v <= e->limits.*field || (field == &Limits::timeout_ms && e->limits.timeout_ms == 0)))
          e->limits.*field = v;
      }
    }
    e->execs = meta.value("execs", uint64_t{0});
    e->dirty = false;
    e->created = Clock::time_point(std::chrono::seconds(meta.value("created", int64_t{0})));
    e->last_used = Clock::now();
    std::lock_guard lock(mu_);
    Tenant& t = tenants_[tenant];
    t.sessions += 1;
    t.memory += e->limits.memory_bytes;
    metrics_.evicted += 1;
    sessions_.emplace(id, std::move(e));
    ++loaded;
  }
  closedir(dir);
  return loaded;
}

Limits SessionManager::profile_limits(std::string_view profile) const {
  const auto p = config_.profiles.find(profile);
  return p == config_.profiles.end() ? Limits{} : p->second.limits;
}

Policy SessionManager::profile_policy(std::string_view profile) const {
  const auto p = config_.profiles.find(profile);
  return p == config_.profiles.end() ? Policy{} : p->second.policy;
}

std::vector<PathGrant> SessionManager::path_grants() const {
  std::vector<PathGrant> grants;
  if (!config_.data_dir.empty()) grants.push_back({config_.data_dir, true});
  for (const auto& [name, p] : config_.profiles)
    for (const Mount& m : p.policy.mounts)
      if (m.kind != Mount::Kind::Scratch) grants.push_back({m.host_path, m.kind == Mount::Kind::ReadWrite});
  return grants;
}

Metrics SessionManager::metrics() const {
  std::lock_guard lock(mu_);
  return metrics_;
}

}  // namespace mpsandbox::server
