// Snapshots: Session::snapshot/fork, Engine::restore, serialize/load_snapshot.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>
#include <vector>

#include "mpsandbox/json.h"
#include "support.h"

using namespace mpsandbox;

namespace {

std::string out(Session& s, std::string_view code) {
  ExecResult r = test::run(s, code);
  EXPECT_EQ(r.status, Status::Ok) << code << "\n" << (r.error ? r.error->traceback + r.error->type + ": " + r.error->message : "");
  return r.stdout_text;
}

// A program state with something of every kind the guest keeps.
constexpr std::string_view kState = R"(
import json, collections
x = 41
data = {'a': [1, 2.5, 'three'], 'b': (None, True)}
def f(n): return n * 2
class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
counter = make_counter(); counter()
obj = C('kept')
gen = (i * i for i in range(10)); next(gen); next(gen)
dq = collections.deque([1, 2, 3])
)";

constexpr std::string_view kCheck =
    "print(x + 1, json.dumps(data), f(21), obj.get(), counter(), next(gen), list(dq), type(obj).__name__)\n";
constexpr std::string_view kExpected = "42 {\"a\": [1, 2.5, \"three\"], \"b\": [null, true]} 42 kept 2 4 [1, 2, 3] C\n";

Session restored(const Engine& e, const Snapshot& snap, const RestoreOptions& o = {}) {
  auto s = e.restore(snap, o);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.failure().message);
  return std::move(s).value();
}

}  // namespace

TEST(Snapshot, RestoreKeepsEveryKindOfState) {
  Engine e;
  Session s = test::make_session();
  out(s, kState);
  auto snap = s.snapshot();
  ASSERT_TRUE(snap.ok()) << snap.failure().message;
  // The original goes on and changes; the snapshot does not.
  out(s, "x = 0; data.clear(); obj.v = 'changed'");
  Session r = restored(e, snap.value());
  EXPECT_EQ(out(r, kCheck), kExpected);
  // Twice from one snapshot: the same state again.
  Session r2 = restored(e, snap.value());
  EXPECT_EQ(out(r2, kCheck), kExpected);
  EXPECT_EQ(out(s, "print(x, data, obj.v)"), "0 {} changed\n");
}

TEST(Snapshot, SerializedRoundTrip) {
  Engine e;
  Session s = test::make_session();
  out(s, kState);
  auto bytes = s.snapshot().value().serialize();
  ASSERT_TRUE(bytes.ok()) << bytes.failure().message;
  auto loaded = e.load_snapshot(bytes.value());
  ASSERT_TRUE(loaded.ok()) << loaded.failure().message;
  Session r = restored(e, loaded.value());
  EXPECT_EQ(out(r, kCheck), kExpected);
}

TEST(Snapshot, IdleSessionIsSmall) {
  Session s = test::make_session();
  out(s, "x = 41");
  auto snap = s.snapshot();
  ASSERT_TRUE(snap.ok());
  auto bytes = snap.value().serialize();
  ASSERT_TRUE(bytes.ok());
  EXPECT_LT(bytes.value().size(), 64u * 1024) << "memory " << snap.value().memory_bytes();
  Session r = restored(Engine(), Engine().load_snapshot(bytes.value()).value());
  EXPECT_EQ(out(r, "print(x + 1)"), "42\n");
}

TEST(Snapshot, ForksAreIndependent) {
  Session s = test::make_session();
  out(s, "items = []\nimport random\n");
  std::vector<Session> forks;
  for (int i = 0; i < 4; ++i) {
    auto f = s.fork();
    ASSERT_TRUE(f.ok()) << f.failure().message;
    forks.push_back(std::move(f).value());
  }
  for (int i = 0; i < 4; ++i) out(forks[i], "items.append(" + std::to_string(i) + ")");
  for (int i = 0; i < 4; ++i) EXPECT_EQ(out(forks[i], "print(items)"), "[" + std::to_string(i) + "]\n");
  EXPECT_EQ(out(s, "print(items)"), "[]\n");
}

TEST(Snapshot, ForksRunConcurrently) {
  Session s = test::make_session();
  out(s, "total = 0\ndef work(k):\n    global total\n    for i in range(20000): total += i % k\n    return total\n");
  std::vector<Session> forks;
  for (int i = 0; i < 4; ++i) forks.push_back(s.fork().value());
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] { results[i] = forks[i].exec("print(work(" + std::to_string(i + 2) + "))").value().stdout_text; });
  for (auto& t : threads) t.join();
  for (int i = 0; i < 4; ++i) {
    Session fresh = test::make_session();
    out(fresh, "total = 0\ndef work(k):\n    global total\n    for i in range(20000): total += i % k\n    return total\n");
    EXPECT_EQ(results[i], out(fresh, "print(work(" + std::to_string(i + 2) + "))"));
  }
}

TEST(Snapshot, RealRandomnessIsReseededDeterministicReplays) {
  Session s = test::make_session();
  out(s, "import random\n");
  Session a = s.fork().value(), b = s.fork().value();
  EXPECT_NE(out(a, "print(random.random())"), out(b, "print(random.random())"));

  Policy det;
  det.deterministic = true;
  det.seed = 7;
  Session d = test::make_session({}, det);
  out(d, "import random, time\nrandom.random()\n");
  Snapshot snap = d.snapshot().value();
  const std::string program = "print(random.random(), time.time(), time.monotonic_ns())";
  const std::string original = out(d, program);
  Session r = restored(Engine(), snap);
  EXPECT_EQ(out(r, program), original);
  Session r2 = restored(Engine(), Engine().load_snapshot(snap.serialize().value()).value());
  EXPECT_EQ(out(r2, program), original);
}

TEST(Snapshot, ScratchFilesAndOpenDescriptors) {
  Policy p;
  p.mount_scratch("/tmp", 1 << 20, 100);
  Session s = test::make_session({}, p);
  out(s, "import os\nos.makedirs('/tmp/a/b')\nopen('/tmp/a/b/f.txt', 'w').write('hello')\n"
         "open('/tmp/top', 'wb').write(bytes(range(256)))\nkeep = open('/tmp/top', 'rb')\n");
  Session r = restored(Engine(), Engine().load_snapshot(s.snapshot().value().serialize().value()).value(), {std::nullopt, p});
  EXPECT_EQ(out(r, "print(open('/tmp/a/b/f.txt').read(), sorted(os.listdir('/tmp')), open('/tmp/top','rb').read() == bytes(range(256)))"),
            "hello ['a', 'top'] True\n");
  // The file open at snapshot time is closed, and its number is not reused.
  ExecResult stale = test::run(r, "keep.read()");
  EXPECT_EQ(stale.error.value_or(GuestError{}).type, "OSError");
  EXPECT_EQ(out(r, "g = open('/tmp/a/b/f.txt')\nprint(g.fileno() != keep.fileno(), g.read())\nkeep.close()"), "True hello\n");
  // The original's files are its own.
  out(s, "os.remove('/tmp/a/b/f.txt')");
  EXPECT_EQ(out(r, "print(os.path.exists('/tmp/a/b/f.txt'))"), "True\n");
}

TEST(Snapshot, MountsMustBeGranted) {
  Policy p;
  p.mount_scratch("/tmp", 1 << 20, 100);
  Session s = test::make_session({}, p);
  out(s, "open('/tmp/f', 'w').write('x' * 5000)");
  Snapshot snap = s.snapshot().value();
  auto none = Engine().restore(snap, {std::nullopt, Policy{}});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.failure().code, FailureCode::SnapshotRejected);
  EXPECT_NE(none.failure().message.find("\"/tmp\""), std::string::npos) << none.failure().message;
  Policy small;
  small.mount_scratch("/tmp", 1000, 100);
  auto too_small = Engine().restore(snap, {std::nullopt, small});
  ASSERT_FALSE(too_small.ok());
  EXPECT_NE(too_small.failure().message.find("5000 bytes"), std::string::npos) << too_small.failure().message;

  // A host directory: a loaded snapshot needs a Policy granting it.
  char dir[] = "/tmp/mpsbx-snap-XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  Policy host;
  host.mount_readonly(dir, "/data");
  Session h = test::make_session({}, host);
  auto bytes = h.snapshot().value().serialize().value();
  auto loaded = Engine().load_snapshot(bytes).value();
  EXPECT_TRUE(loaded.policy().mounts.at(0).host_path.empty());
  auto refused = Engine().restore(loaded);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.failure().message.find("\"/data\""), std::string::npos) << refused.failure().message;
  EXPECT_TRUE(Engine().restore(loaded, {std::nullopt, host}).ok());
  rmdir(dir);
}

TEST(Snapshot, HostFunctionsForkedAndListed) {
  Session s = test::make_session();
  ASSERT_TRUE(s.register_function("double_it", json_host_function([](const nlohmann::json& args, const nlohmann::json&) {
    return nlohmann::json(args[0].get<int>() * 2);
  })).ok());
  Snapshot snap = s.snapshot().value();
  ASSERT_EQ(snap.function_names(), std::vector<std::string>{"double_it"});
  Session f = s.fork().value();
  EXPECT_EQ(out(f, "print(double_it(21))"), "42\n");
  Session r = restored(Engine(), snap);
  ExecResult missing = test::run(r, "double_it(1)");
  EXPECT_EQ(missing.error.value_or(GuestError{}).type, "NameError");
  ASSERT_TRUE(r.register_function("double_it", json_host_function([](const nlohmann::json& args, const nlohmann::json&) {
    return nlohmann::json(args[0].get<int>() * 3);
  })).ok());
  EXPECT_EQ(out(r, "print(double_it(1))"), "3\n");
}

TEST(Snapshot, LimitsAndRollbackWorkOnRestored) {
  Limits quick;
  quick.fuel = 100'000'000;  // stops within the timeout under ThreadSanitizer too
  Session s = test::make_session(quick);
  out(s, "keep = list(range(1000))");
  Session r = restored(Engine(), s.snapshot().value());
  ExecResult spin = r.exec("keep.append(1)\nwhile True: pass", {}).value();
  EXPECT_EQ(spin.status, Status::FuelExhausted);
  EXPECT_EQ(out(r, "print(len(keep))"), "1000\n");
  Limits small;
  small.fuel = 1000000;
  Session r2 = restored(Engine(), s.snapshot().value(), {small, std::nullopt});
  EXPECT_EQ(r2.limits().fuel, 1000000u);
  EXPECT_EQ(r2.exec("while True: pass").value().status, Status::FuelExhausted);
  Limits other_heap;
  other_heap.heap_bytes = 2 << 20;
  auto refused = Engine().restore(s.snapshot().value(), {other_heap, std::nullopt});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.failure().code, FailureCode::SnapshotRejected);
}

TEST(Snapshot, GrownMemoryAndNonTemplateSessions) {
  // A session that grew its memory past the template's, and one that started without a
  // template: both are compared in full and restore exactly.
  EngineConfig no_templates;
  no_templates.session_templates = false;
  for (bool templates : {true, false}) {
    Engine e = templates ? Engine() : Engine(no_templates);
    Limits l;
    l.heap_bytes = 8 << 20;
    Session s = e.new_session(l).value();
    out(s, "big = bytearray(range(256)) * 20000\nsig = sum(big[::997])\n");
    Limits stop = l;
    stop.fuel = 50'000'000;
    Session r = restored(e, e.load_snapshot(s.snapshot().value().serialize().value()).value(), {stop, std::nullopt});
    // The first exec of a restored session runs unprotected; its rollback maps the
    // template again and writes the snapshot's pages back, the grown part included.
    ExecResult spin = r.exec("big[0] = 7\nbig[-1] = 7\nmore = bytearray(3000000)\nwhile True: pass").value();
    EXPECT_EQ(spin.status, Status::FuelExhausted);
    EXPECT_EQ(out(r, "print(len(big), sum(big[::997]) == sig, big[0], big[-1], 'more' in globals())"),
              "5120000 True 0 255 False\n");
  }
}

TEST(Snapshot, HostileBytesAreRefused) {
  Session s = test::make_session();
  out(s, "x = 41");
  const std::string good = s.snapshot().value().serialize().value();
  Engine e;
  auto refused = [&](const std::string& bytes, const char* why) {
    auto r = e.load_snapshot(bytes);
    EXPECT_FALSE(r.ok()) << why;
    if (!r.ok()) {
      EXPECT_EQ(r.failure().code, FailureCode::SnapshotRejected) << why;
      EXPECT_EQ(r.failure().message.find('\n'), std::string::npos) << r.failure().message;
    }
  };
  refused("", "empty");
  refused(std::string(1 << 16, 'x'), "garbage");
  for (size_t n : {size_t{8}, size_t{100}, good.size() / 2, good.size() - 1}) refused(good.substr(0, n), "truncated");
  refused(good + "x", "extended");
  for (size_t i = 0; i < good.size(); i += std::max<size_t>(1, good.size() / 97)) {
    std::string flipped = good;
    flipped[i] ^= 0x10;
    refused(flipped, "bit flip");
  }
  std::string other_build = good;
  other_build[20] = other_build[20] == 'a' ? 'b' : 'a';
  auto ob = e.load_snapshot(other_build);
  ASSERT_FALSE(ob.ok());
  EXPECT_NE(ob.failure().message.find("another build"), std::string::npos) << ob.failure().message;
  // An absurd size: the header claims 2^60 bytes.
  std::string huge = good;
  const uint64_t big = 1ull << 60;
  std::memcpy(huge.data() + 80, &big, 8);
  refused(huge, "absurd size");
}

TEST(Snapshot, Keys) {
  EngineConfig keyed;
  keyed.snapshot_key = std::string(32, 'k');
  EngineConfig other;
  other.snapshot_key = std::string(32, 'o');
  Engine a(keyed), b(other), plain;
  Session s = a.new_session().value();
  out(s, "x = 41");
  const std::string bytes = s.snapshot().value().serialize().value();
  Session r = a.restore(a.load_snapshot(bytes).value()).value();
  EXPECT_EQ(out(r, "print(x + 1)"), "42\n");
  auto wrong = b.load_snapshot(bytes);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.failure().message.find("another key"), std::string::npos) << wrong.failure().message;
  auto unkeyed = plain.load_snapshot(bytes);
  ASSERT_FALSE(unkeyed.ok());
  EXPECT_NE(unkeyed.failure().message.find("has none"), std::string::npos) << unkeyed.failure().message;
  const std::string plain_bytes = plain.new_session().value().snapshot().value().serialize().value();
  auto needs_key = a.load_snapshot(plain_bytes);
  ASSERT_FALSE(needs_key.ok());
  EXPECT_NE(needs_key.failure().message.find("not signed"), std::string::npos) << needs_key.failure().message;
  EngineConfig short_key;
  short_key.snapshot_key = "short";
  EXPECT_FALSE(Engine::create(short_key).ok());
}

TEST(Snapshot, AcrossProcesses) {
  Session s = test::make_session();
  out(s, kState);
  const std::string bytes = s.snapshot().value().serialize().value();
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // A fresh engine in the child: its own templates, built from scratch.
    close(fds[0]);
    EngineConfig c;
    c.max_templates = 4;
    Engine e(c);
    auto loaded = e.load_snapshot(bytes);
    std::string text = loaded.ok() ? e.restore(loaded.value()).value().exec(kCheck).value().stdout_text
                                   : loaded.failure().message;
    (void)!write(fds[1], text.data(), text.size());
    _exit(0);
  }
  close(fds[1]);
  std::string got;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, n);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_EQ(got, kExpected);
}

TEST(Snapshot, BusyAndMovedFrom) {
  Session s = test::make_session();
  Session moved = std::move(s);
  EXPECT_EQ(s.snapshot().failure().code, FailureCode::MovedFrom);  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(s.fork().failure().code, FailureCode::MovedFrom);      // NOLINT(bugprone-use-after-move)
  Snapshot empty;
  EXPECT_FALSE(empty.valid());
  EXPECT_FALSE(empty.serialize().ok());
  EXPECT_FALSE(Engine().restore(empty).ok());
  // From inside an exec (a host function): busy.
  std::optional<FailureCode> inner;
  Session* self = &moved;
  ASSERT_TRUE(moved.register_function("snap", json_host_function([&](const nlohmann::json&, const nlohmann::json&) {
    auto r = self->snapshot();
    if (!r.ok()) inner = r.failure().code;
    return nlohmann::json(nullptr);
  })).ok());
  out(moved, "snap()");
  ASSERT_TRUE(inner.has_value());
  EXPECT_EQ(*inner, FailureCode::Busy);
}

TEST(Snapshot, CopyOnWriteSharesTheHeapUntilWritten) {
  Limits l;
  l.heap_bytes = 32 << 20;
  Session s = test::make_session(l);
  out(s, "data = [i * 7 for i in range(400000)]\nchecksum = sum(data)\n");
  out(s, "pass");  // a second exec: the first ran unprotected, this one learns the hot pages
  Snapshot snap = s.snapshot().value();
  // Most of the heap is shared, not copied.
  EXPECT_GT(snap.memory_bytes(), 3u << 20);
  EXPECT_GT(snap.shared_bytes(), snap.memory_bytes() / 2);
  // The session rewrites every element: the list's 1.6 MB array is copied into the
  // snapshot as it is written.
  const uint64_t shared_before = snap.shared_bytes();
  out(s, "for i in range(len(data)): data[i] = -i\ndel checksum\n");
  EXPECT_LT(snap.shared_bytes(), shared_before - (3u << 19));
  Session r = restored(Engine(), snap);
  EXPECT_EQ(out(r, "print(sum(data) == checksum, data[:3], len(data))"), "True [0, 7, 14] 400000\n");
  EXPECT_EQ(out(s, "print(data[:3], 'checksum' in globals())"), "[0, -1, -2] False\n");
  // A snapshot outlives its session: ending it copies what is still shared.
  out(s, "data2 = [1] * 10\n");
  Snapshot later = s.snapshot().value();
  { Session gone = std::move(s); }
  EXPECT_EQ(later.shared_bytes(), 0u);
  Session r2 = restored(Engine(), later);
  EXPECT_EQ(out(r2, "print(data[:3], data2[0])"), "[0, -1, -2] 1\n");
  // Serialized from the copies.
  Session r3 = restored(Engine(), Engine().load_snapshot(later.serialize().value()).value());
  EXPECT_EQ(out(r3, "print(data[:3], data2[0])"), "[0, -1, -2] 1\n");
}

TEST(Snapshot, ManySnapshotsOfOneSession) {
  // More snapshots than may share pages at once (8): each restores its own state.
  Session s = test::make_session();
  out(s, "hist = []\n");
  std::vector<Snapshot> snaps;
  for (int i = 0; i < 12; ++i) {
    out(s, "hist.append(" + std::to_string(i) + ")\nblob = bytearray([" + std::to_string(i) + "]) * 50000\n");
    snaps.push_back(s.snapshot().value());
  }
  out(s, "hist.clear()\nblob = None\n");
  for (int i = 0; i < 12; ++i) {
    Session r = restored(Engine(), snaps[i]);
    EXPECT_EQ(out(r, "print(len(hist), hist[-1], blob[0], blob[-1], len(blob))"),
              std::to_string(i + 1) + " " + std::to_string(i) + " " + std::to_string(i) + " " + std::to_string(i) +
                  " 50000\n");
  }
}

TEST(Snapshot, RestoreWhileTheSourceRuns) {
  // Restores read the pages a snapshot still shares while the session it was taken of
  // writes them on another thread (run under ThreadSanitizer by make test-tsan).
  Limits l;
  l.heap_bytes = 8 << 20;
  Session s = test::make_session(l);
  out(s, "data = [i for i in range(100000)]\n");
  out(s, "pass");
  Snapshot snap = s.snapshot().value();
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int round = 1; round <= 5; ++round)
      s.exec("for i in range(len(data)): data[i] = -i * " + std::to_string(round)).value();
    done = true;
  });
  int restores = 0;
  while (!done || restores < 3) {
    Session r = restored(Engine(), snap);
    EXPECT_EQ(out(r, "print(sum(data), data[99999])"), "4999950000 99999\n");
    ++restores;
  }
  writer.join();
  EXPECT_EQ(out(s, "print(data[2])"), "-10\n");
}

TEST(Snapshot, AfterAnExecThatGrewTheMemoryWasRolledBack) {
  // The pages a stopped exec grew the memory by are gone again: a snapshot must not hold
  // them (they are inaccessible), and what it holds must restore.
  Limits l;
  l.heap_bytes = 4 << 20;
  l.fuel = 200'000'000;
  Session s = test::make_session(l);
  out(s, "x = 41\nkeep = bytearray(100000)\n");
  out(s, "keep[0] = 1\n");  // past the first (unprotected) exec: pages are tracked
  ExecResult stopped = s.exec("big = bytearray(3000000)\nbig2 = bytearray(3000000)\nwhile True: pass").value();
  ASSERT_EQ(stopped.status, Status::FuelExhausted);
  Snapshot snap = s.snapshot().value();
  Session r = restored(Engine(), Engine().load_snapshot(snap.serialize().value()).value());
  EXPECT_EQ(out(r, "print(x + 1, keep[0], 'big' in globals())"), "42 1 False\n");
  Session f = s.fork().value();
  EXPECT_EQ(out(f, "print(x + 1, keep[0], 'big' in globals())"), "42 1 False\n");
}
