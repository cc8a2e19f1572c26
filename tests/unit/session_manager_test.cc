// The service's session manager (tools/server/session_manager.h) over real sessions.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "session_manager.h"

using namespace mpsandbox;
using namespace mpsandbox::server;

namespace {

ManagerConfig config(const std::string& data_dir = "") {
  ManagerConfig c;
  Profile p;
  p.limits.fuel = 1'000'000'000;
  p.limits.timeout_ms = 10'000;
  c.profiles["default"] = p;
  Profile det = p;
  det.policy.deterministic = true;
  c.profiles["det"] = det;
  c.tenants["alice"] = TenantQuota{};
  c.tenants["bob"] = TenantQuota{};
  c.data_dir = data_dir;
  return c;
}

template <typename T>
T ok(Outcome<T> o) {
  if (auto* e = std::get_if<Error>(&o)) ADD_FAILURE() << to_string(e->code) << ": " << e->message;
  return std::holds_alternative<T>(o) ? std::get<T>(std::move(o)) : T{};
}

template <typename T>
Error::Code code(const Outcome<T>& o) {
  EXPECT_TRUE(std::holds_alternative<Error>(o));
  return std::holds_alternative<Error>(o) ? std::get<Error>(o).code : Error::Code::Internal;
}

std::string out(SessionManager& m, const std::string& tenant, const std::string& id, const std::string& code) {
  ExecResult r = ok(m.exec(tenant, id, code));
  EXPECT_EQ(r.status, Status::Ok) << code << (r.error ? ": " + r.error->message : "");
  return r.stdout_text;
}

struct TempDir {
  std::string path;
  TempDir() {
    char t[] = "/tmp/mpsbx-manager-XXXXXX";
    path = mkdtemp(t);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST(SessionManager, SessionsPersistStateAndBelongToTheirTenant) {
  SessionManager m(config());
  const std::string id = ok(m.create("alice", "", {}));
  ASSERT_EQ(id.size(), 32u);
  out(m, "alice", id, "x = 41");
  EXPECT_EQ(out(m, "alice", id, "print(x + 1)"), "42\n");
  // Another tenant does not see it: not found, never "forbidden".
  EXPECT_EQ(code(m.exec("bob", id, "print(x)")), Error::Code::NotFound);
  EXPECT_EQ(code(m.remove("bob", id)), Error::Code::NotFound);
  EXPECT_TRUE(m.list("bob").empty());
  ASSERT_EQ(m.list("alice").size(), 1u);
  EXPECT_EQ(m.list("alice")[0].execs, 2u);
  EXPECT_EQ(code(m.create("mallory", "", {})), Error::Code::NotFound);
  EXPECT_EQ(code(m.create("alice", "nope", {})), Error::Code::InvalidArgument);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(m.remove("alice", id)));
  EXPECT_EQ(code(m.exec("alice", id, "1")), Error::Code::NotFound);
}

TEST(SessionManager, ClientsMayLowerLimitsOnly) {
  SessionManager m(config());
  EXPECT_EQ(code(m.create("alice", "", {.fuel = 2'000'000'000})), Error::Code::InvalidArgument);
  EXPECT_EQ(code(m.create("alice", "", {.fuel = 0})), Error::Code::InvalidArgument);
  const std::string id = ok(m.create("alice", "", {.fuel = 1'000'000}));
  EXPECT_EQ(ok(m.exec("alice", id, "while True: pass")).status, Status::FuelExhausted);
}

TEST(SessionManager, OneExecAtATimePerSession) {
  SessionManager m(config());
  const std::string id = ok(m.create("alice", "", {}));
  std::thread slow([&] { out(m, "alice", id, "import time\ntime.sleep(2)"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(code(m.exec("alice", id, "1")), Error::Code::Busy);
  EXPECT_EQ(code(m.fork("alice", id)), Error::Code::Busy);
  slow.join();
  EXPECT_EQ(out(m, "alice", id, "print(1)"), "1\n");
}

TEST(SessionManager, Quotas) {
  ManagerConfig c = config();
  c.tenants["alice"].max_sessions = 2;
  c.tenants["bob"].max_memory_bytes = Limits{}.memory_bytes;  // room for one session
  c.tenants["bob"].max_concurrent_execs = 1;
  SessionManager m(c);
  ok(m.create("alice", "", {}));
  ok(m.create("alice", "", {}));
  EXPECT_EQ(code(m.create("alice", "", {})), Error::Code::QuotaExceeded);
  const std::string b1 = ok(m.create("bob", "", {}));
  EXPECT_EQ(code(m.create("bob", "", {})), Error::Code::QuotaExceeded);
  ok(m.remove("bob", b1));
  const std::string b2 = ok(m.create("bob", "", {}));
  EXPECT_EQ(code(m.fork("bob", b2)), Error::Code::QuotaExceeded);  // a fork is a session too
}

TEST(SessionManager, EvictsIdleSessionsAndRestoresThemOnUse) {
  TempDir dir;
  ManagerConfig c = config(dir.path);
  c.max_resident = 2;
  SessionManager m(c);
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    ids.push_back(ok(m.create("alice", "", {})));
    out(m, "alice", ids.back(), "n = " + std::to_string(i) + "\ndata = list(range(1000))");
  }
  m.maintain();
  Metrics after = m.metrics();
  EXPECT_EQ(after.resident, 2u);
  EXPECT_EQ(after.evicted, 3u);
  EXPECT_EQ(after.evictions, 3u);
  // The least recently used went: 0, 1, 2.
  for (const SessionInfo& info : m.list("alice"))
    EXPECT_EQ(info.resident, info.id == ids[3] || info.id == ids[4]) << info.id;
  EXPECT_TRUE(std::filesystem::exists(dir.path + "/" + ids[0] + ".snap"));
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(out(m, "alice", ids[i], "print(n, sum(data))"), std::to_string(i) + " 499500\n");
  EXPECT_EQ(m.metrics().restores, 3u);
  // Snapshot of an evicted session is its stored bytes.
  m.maintain();
  const std::string bytes = ok(m.snapshot("alice", ids[0]));
  const std::string copy = ok(m.restore("bob", "", bytes));
  EXPECT_EQ(out(m, "bob", copy, "print(n)"), "0\n");
}

TEST(SessionManager, IdleSessionsExpire) {
  ManagerConfig c = config();
  c.idle_ttl = std::chrono::seconds(0);
  SessionManager m(c);
  const std::string id = ok(m.create("alice", "", {}));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  m.maintain();
  EXPECT_EQ(code(m.exec("alice", id, "1")), Error::Code::NotFound);
  EXPECT_EQ(m.metrics().expired, 1u);
}

TEST(SessionManager, PersistedSessionsComeBackInANewManager) {
  TempDir dir;
  std::string a, d;
  {
    SessionManager m(config(dir.path));
    a = ok(m.create("alice", "", {.fuel = 5'000'000}));
    d = ok(m.create("bob", "det", {}));
    out(m, "alice", a, "x = 'kept'");
    out(m, "bob", d, "import random\nrandom.random()");
    std::vector<std::string> problems;
    EXPECT_EQ(m.persist_all(&problems), 2u);
    EXPECT_TRUE(problems.empty());
  }
  SessionManager m(config(dir.path));
  std::vector<std::string> problems;
  EXPECT_EQ(m.load(&problems), 2u);
  EXPECT_TRUE(problems.empty()) << problems[0];
  EXPECT_EQ(out(m, "alice", a, "print(x)"), "kept\n");
  EXPECT_EQ(ok(m.exec("alice", a, "while True: pass")).status, Status::FuelExhausted);  // lowered fuel kept
  EXPECT_EQ(code(m.exec("alice", d, "1")), Error::Code::NotFound);
  // A deterministic session continues its stream: the same as an uninterrupted one.
  SessionManager fresh(config());
  const std::string ref = ok(fresh.create("bob", "det", {}));
  out(fresh, "bob", ref, "import random\nrandom.random()");
  EXPECT_EQ(out(m, "bob", d, "print(random.random())"), out(fresh, "bob", ref, "print(random.random())"));
  // Corrupt files are reported, not loaded.
  std::filesystem::copy_file(dir.path + "/" + a + ".meta", dir.path + "/" + std::string(32, 'a') + ".meta");
  {
    SessionManager again(config(dir.path));
    std::vector<std::string> issues;
    EXPECT_EQ(again.load(&issues), 2u);
    EXPECT_EQ(issues.size(), 1u);
  }
}

TEST(SessionManager, ForkAndRestoreUseTheProfile) {
  SessionManager m(config());
  const std::string id = ok(m.create("alice", "", {}));
  out(m, "alice", id, "items = [1]");
  const std::string f = ok(m.fork("alice", id));
  out(m, "alice", f, "items.append(2)");
  EXPECT_EQ(out(m, "alice", id, "print(items)"), "[1]\n");
  EXPECT_EQ(out(m, "alice", f, "print(items)"), "[1, 2]\n");
  // Bytes from elsewhere run under the profile's limits, whatever they say.
  Limits generous;
  generous.fuel = 1ull << 40;
  generous.timeout_ms = 0;
  Session outside = Engine().new_session(generous).value();
  (void)outside.exec("y = 5");
  const std::string r = ok(m.restore("alice", "", outside.snapshot().value().serialize().value()));
  EXPECT_EQ(out(m, "alice", r, "print(y)"), "5\n");
  EXPECT_EQ(ok(m.exec("alice", r, "while True: pass")).status, Status::FuelExhausted);
  EXPECT_EQ(code(m.restore("alice", "", "junk")), Error::Code::SnapshotRejected);
}

TEST(SessionManager, ChangedSessionsArePersistedAsTheyRun) {
  // What a crash leaves: the files maintain() wrote, each a state after a completed exec.
  TempDir dir;
  std::string id;
  {
    SessionManager m(config(dir.path));
    id = ok(m.create("alice", "", {}));
    out(m, "alice", id, "x = 1");
    m.maintain();
    EXPECT_EQ(m.metrics().persisted, 1u);
    m.maintain();  // nothing changed: nothing written
    EXPECT_EQ(m.metrics().persisted, 1u);
    out(m, "alice", id, "x = 2");
    // No drain: the manager ends as a killed process would, after its last maintain().
  }
  SessionManager m(config(dir.path));
  EXPECT_EQ(m.load(nullptr), 1u);
  EXPECT_EQ(out(m, "alice", id, "print(x)"), "1\n");
}

TEST(SessionManager, HousekeepingNeverMakesARequestBusy) {
  // maintain() writes changed sessions while requests run: they wait for the write, they
  // never get a conflict.
  TempDir dir;
  SessionManager m(config(dir.path));
  const std::string id = ok(m.create("alice", "", {}));
  out(m, "alice", id, "x = 0\nblob = bytearray(200000)");
  std::atomic<bool> stop{false};
  std::thread keeper([&] {
    while (!stop) m.maintain();
  });
  int busy = 0, execs = 0;
  // Until the keeper has written the session several times between these execs (it takes
  // the session only in the short gaps between them).
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < give_up && (m.metrics().persisted < 5 || execs < 300)) {
    auto r = m.exec("alice", id, "x += 1");
    if (std::holds_alternative<Error>(r)) busy += std::get<Error>(r).code == Error::Code::Busy;
    ++execs;
  }
  stop = true;
  keeper.join();
  EXPECT_EQ(busy, 0);
  EXPECT_GE(m.metrics().persisted, 5u);
  EXPECT_EQ(out(m, "alice", id, "print(x)"), std::to_string(execs) + "\n");
}

// QuickTry (a server's event loop): what fits its caps runs once; what does not is undone
// and Deferred, to run again in full; sessions with mounts or evicted ones are not tried.
TEST(SessionManager, QuickTriesAreDoneOrUndone) {
  TempDir dir;
  ManagerConfig c = config(dir.path);
  Profile mounted;
  mounted.policy.mount_scratch("/tmp", 1 << 20);
  c.profiles["scratch"] = mounted;
  c.max_resident = 1;
  SessionManager m(c);
  // The wall-clock cap (1 ms) can be reached by any exec on a loaded machine, which only
  // defers it; the checks that need an exec to finish quickly set it far away.
  const QuickTry quick{.fuel = 2'000'000, .timeout_ms = 60'000};
  const QuickTry timed;
  const std::string id = ok(m.create("alice", "", {}));
  // A session's first exec is not tried: it maps pages no exec has touched yet.
  EXPECT_EQ(code(m.exec("alice", id, "n = 1", {.quick = &quick})), Error::Code::Deferred);
  out(m, "alice", id, "n = 1");
  ExecResult r = ok(m.exec("alice", id, "n += 1\nn", {.quick = &quick}));
  EXPECT_EQ(r.value, "2");
  // Over the fuel cap, then over the time cap (a sleep): undone, not counted.
  EXPECT_EQ(code(m.exec("alice", id, "n += 1\nfor i in range(10**6): pass", {.quick = &quick})), Error::Code::Deferred);
  EXPECT_EQ(code(m.exec("alice", id, "import time\nn += 1\ntime.sleep(0.01)", {.quick = &timed})), Error::Code::Deferred);
  EXPECT_EQ(out(m, "alice", id, "print(n)"), "2\n");
  EXPECT_EQ(m.metrics().execs_by_status["ok"], 3u);
  // The same code in full runs to its end.
  EXPECT_EQ(out(m, "alice", id, "n += 1\nfor i in range(10**6): pass\nprint(n)"), "3\n");
  // A session's own fuel limit below the cap is a real stop, reported as such.
  const std::string small = ok(m.create("alice", "", LimitRequest{.fuel = 100'000}));
  out(m, "alice", small, "");
  r = ok(m.exec("alice", small, "while True: pass", {.quick = &quick}));
  EXPECT_EQ(r.status, Status::FuelExhausted);
  // Scratch files are not undone by a stop: never tried.
  const std::string scratch = ok(m.create("alice", "scratch", {}));
  EXPECT_EQ(code(m.exec("alice", scratch, "1", {.quick = &quick})), Error::Code::Deferred);
  // Evicted: its restore is not quick.
  m.maintain();
  EXPECT_EQ(code(m.exec("alice", id, "1", {.quick = &quick})), Error::Code::Deferred);
  EXPECT_EQ(out(m, "alice", id, "print(n)"), "3\n");
}
