// Engine and Session: the core of the mpsandbox API.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mpsandbox/host_function.h"
#include "mpsandbox/limits.h"
#include "mpsandbox/policy.h"
#include "mpsandbox/result.h"

namespace mpsandbox {

class Session;
struct InterruptState;

// Stops a session's execs from any thread. Copyable; stays valid after the Session moves
// or is destroyed (then it does nothing). Execs are numbered from 1 in the order exec()
// is called on the session (Session::next_exec_id()), so a request to stop one is never
// lost to a race with its start and never hits a later one.
class InterruptHandle {
 public:
  InterruptHandle() = default;  // does nothing
  // Stops the exec running now, if any (as Session::interrupt()).
  void interrupt() const;
  // Stops exec `exec_id`: now if it is running, at its start if it has not started yet
  // (it then ends with Status::Interrupted without running any code); nothing if it has
  // ended. False, and nothing happens, for an id past the next exec's.
  bool interrupt(uint64_t exec_id) const;

 private:
  friend class Session;
  explicit InterruptHandle(std::shared_ptr<InterruptState> s) : state_(std::move(s)) {}
  std::shared_ptr<InterruptState> state_;
};

// How an Engine makes sessions. Each Engine owns its configuration and its templates.
struct EngineConfig {
  // Session templates: the first session with a given heap_bytes starts the guest and
  // keeps a copy-on-write image of it; later ones map that image (tens of microseconds
  // instead of about a millisecond). Off: every session starts the guest itself.
  bool session_templates = true;
  // Distinct heap sizes that get a template (each holds a memfd and up to a few MiB of
  // address space); sessions with other heap sizes start normally. 0..64.
  size_t max_templates = 8;
  // Memories of ended sessions kept per template for the next ones (each holds the
  // private pages its session wrote). 0..1024.
  size_t template_pool_size = 16;
  // What new_session() uses when it is given no Limits or no Policy.
  Limits default_limits;
  Policy default_policy;
  // The key that authenticates serialized snapshots: their MAC is keyed BLAKE2b with it,
  // and load_snapshot() refuses bytes made without it or with another key. Empty: the
  // bytes carry an unkeyed BLAKE2b hash (integrity, not authenticity) and keyed ones are
  // refused. Empty or 16..64 bytes.
  std::string snapshot_key;
  // The largest snapshot load_snapshot() accepts, counted uncompressed (what it holds in
  // host memory): 1 MiB .. 5 GiB.
  uint64_t max_snapshot_bytes = 1ull << 30;
};

struct SnapshotState;

// A session's whole state between execs (linear memory, interpreter globals, the
// deterministic clock and random stream, limits, policy, scratch files, the names of its
// host functions), held in host memory. Immutable and cheap to copy (copies share it);
// thread-safe. Made by Session::snapshot() or Engine::load_snapshot(); turned into new
// sessions by Engine::restore(). docs/API.md, Snapshots, has the rules (open files,
// mounts, host functions, randomness).
class Snapshot {
 public:
  Snapshot() = default;  // empty: valid() is false
  bool valid() const { return state_ != nullptr; }
  // Portable bytes: Engine::load_snapshot() of a process running the same build takes
  // them. Keyed with the Engine's snapshot_key of the session that took it. Fails only on
  // an empty Snapshot or out of memory.
  Result<std::string> serialize() const;
  // The host functions registered when it was taken (the restorer registers them again).
  const std::vector<std::string>& function_names() const;
  // The session's limits and policy. A loaded snapshot's policy has no host directories
  // (their guest paths and kinds are kept: host_path is empty).
  const Limits& limits() const;
  const Policy& policy() const;
  // Bytes of memory it holds (pages that differ from the session template), and how many
  // of them are still shared with the session it was taken of (copied when that session
  // writes them, or ends).
  uint64_t memory_bytes() const;
  uint64_t shared_bytes() const;

 private:
  friend class Session;
  friend class Engine;
  explicit Snapshot(std::shared_ptr<const SnapshotState> s) : state_(std::move(s)) {}
  std::shared_ptr<const SnapshotState> state_;
};

// What Engine::restore() changes. Unset: the snapshot's own. Limits must keep the
// snapshot's heap_bytes and hold its memory; the Policy must grant a mount at every guest
// path the snapshot had one (scratch filesystems at scratch mounts big enough for their
// files). A loaded snapshot with host-directory mounts needs a Policy.
struct RestoreOptions {
  std::optional<Limits> limits;
  std::optional<Policy> policy;
};

// Owns the compiled guest (MicroPython translated to C) and, per configuration, the
// session templates. Cheap to copy; copies share one state. Thread-safe: any thread may
// create sessions from it at any time. Sessions keep what they need of it alive: an
// Engine may be destroyed before its sessions.
class Engine {
 public:
  // The process's default Engine state (EngineConfig{}), shared by every Engine made
  // this way.
  Engine();
  // An Engine of its own; see create() for a configuration that may be invalid.
  // Precondition: create(config) would succeed.
  explicit Engine(const EngineConfig& config);
  // Fails (InvalidArgument) on a configuration outside the documented ranges.
  static Result<Engine> create(const EngineConfig& config);

  const EngineConfig& config() const;

  // A new, independent interpreter with the configuration's default limits and policy.
  Result<Session> new_session() const;
  // With these limits (and the default policy), or these limits and this policy. Fails on
  // invalid limits or if the guest could not start within them (for example a heap
  // larger than memory_bytes).
  Result<Session> new_session(const Limits& limits) const;
  Result<Session> new_session(const Limits& limits, const Policy& policy) const;

  // A new session that continues exactly where `snapshot` was taken (its host functions
  // not registered: see Snapshot::function_names()). A session with real randomness gets
  // its random module reseeded, so that two restores never share a random stream; a
  // deterministic one keeps its stream and clock, so it replays what the original would
  // have done. Fails (SnapshotRejected) if the options do not fit the snapshot.
  Result<Session> restore(const Snapshot& snapshot, const RestoreOptions& options = {}) const;
  // Parses Snapshot::serialize() bytes, treated as hostile: refused (SnapshotRejected,
  // with a one-line reason) if they are truncated or corrupt, made by another build, not
  // made with this Engine's snapshot_key, or larger than max_snapshot_bytes.
  Result<Snapshot> load_snapshot(std::string_view bytes) const;

 private:
  std::shared_ptr<const struct EngineState> state_;
};

struct ExecOptions {
  // Source name shown in tracebacks.
  std::string filename = "<string>";
  // What sys.stdin (and input()) read during this exec; then end of input.
  std::string stdin_text;
  // Roll back an exec that ends with status Error (an uncaught exception, SystemExit(n)
  // with n != 0) as a limit's stop is rolled back: the session keeps exactly the state it
  // had before. By default what the program did before raising stays, as in a REPL.
  bool rollback_on_error = false;
  // Called on the exec's thread with the guest's output as it is written, stream 1
  // (stdout) or 2 (stderr): complete lines as they end, a line still open when the guest
  // has computed for a fuel slice (well under a millisecond) or goes to sleep, the rest
  // before exec() returns. Together the calls give exactly ExecResult's stdout_text and
  // stderr_text (cut at max_output_bytes as they are), in the order written. Output of
  // an exec that is then stopped and rolled back has been given too. It must not call
  // into this session (Busy); if it throws, it is not called again in this exec.
  std::function<void(int stream, std::string_view text)> on_output;
  // This exec's own fuel and wall-clock caps, when non-zero and below the session's
  // limits: it stops at them as at the limits (rolled back, FuelExhausted or Timeout
  // naming the cap).
  uint64_t fuel = 0;
  uint64_t timeout_ms = 0;
  // A fuel, timeout or interrupt stop first raises an exception in the guest, so that the
  // result has the traceback of where the program was (docs/API.md, "Where a stop
  // happened"; up to 10 M more units and 50 ms). False: the exec ends at once, with no
  // traceback (for a front end that runs a stopped exec again under other caps).
  bool stop_traceback = true;
  // Values for the program: a JSON object whose members are bound as globals of __main__
  // before the code runs (JSON null, true, 1, 1.5, "s", [...], {...} as None, True, int,
  // float, str, list, dict). Its keys must be Python identifiers, not keywords; it is at
  // most max_source_bytes long and nested at most kMaxHostCallNesting levels (else a
  // Failure, InvalidArgument). The bindings belong to the exec: a stopped exec is rolled
  // back with them. Empty: none. json.h's inputs() makes it from nlohmann::json.
  std::string inputs_json;
};

// One MicroPython interpreter whose state (variables, functions, classes, imports)
// persists across exec() calls. Move-only. May move between threads, but must not be
// used by two threads at once: a concurrent call fails with a Failure (FailureCode::Busy)
// instead of racing. A moved-from Session is safe to use: every method returning a Result
// fails with FailureCode::MovedFrom, limits() and policy() are the defaults, interrupt()
// does nothing and alive() is false.
class Session {
 public:
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;
  ~Session();

  // Runs `code` as a module-level program in the session's __main__ namespace.
  // Host-side failures (session busy, session killed earlier) are a Failure; everything
  // the guest did, including Python exceptions and traps, is in the ExecResult.
  Result<ExecResult> exec(std::string_view code, const ExecOptions& options = {});

  // Calls the guest's callable `function` (a name in __main__ or builtins, or a dotted
  // path from one: "f", "model.predict") with the JSON array `args_json` as positional
  // arguments and the JSON object `kwargs_json` as keywords, as exec() runs code: the
  // same limits, rollback, output and errors (an exception the function raises is the
  // result's error, with its traceback). ExecResult::value is the repr of what it
  // returned, None included, and value_json its JSON when it is JSON-compatible.
  // options.inputs_json is not used. Failure (InvalidArgument) for a malformed name or
  // arguments that are not a JSON array and an object of identifier keys.
  Result<ExecResult> call(std::string_view function, std::string_view args_json = "[]",
                          std::string_view kwargs_json = "{}", const ExecOptions& options = {});

  // The session's state now, copy-on-write where the kernel allows: what it costs is the
  // pages that differ from the session template (docs/PERFORMANCE.md). Between execs only
  // (Busy while one runs).
  Result<Snapshot> snapshot() const;
  // A new, independent session continuing from this one's state now, with the same limits,
  // policy and host functions (the HostFunction objects are copied). Randomness as
  // Engine::restore().
  Result<Session> fork() const;
  // For interactive front ends: true if `source` is an unfinished block (an open `if`,
  // `def`, bracket or string), so a REPL should read another line before exec().
  Result<bool> needs_more_input(std::string_view source);

  // Makes `fn` callable from guest code as the builtin `name(...)` and as `host.name(...)`.
  // `name` must be a Python identifier (ASCII), not a keyword and not "call". Works before
  // the first exec and between execs; registering a name again replaces the function.
  // Fails if the session is executing on another thread.
  Result<std::monostate> register_function(std::string_view name, HostFunction fn);

  // Stops the exec running in this session, if any, within about a millisecond; it
  // ends with Status::Interrupted. Callable from any thread; no effect when idle. To stop
  // an exec that may not have started yet, use interrupt_handle() and next_exec_id().
  void interrupt();

  // A handle for interrupting this session's execs from another thread (see
  // InterruptHandle). A moved-from Session gives a handle that does nothing.
  InterruptHandle interrupt_handle() const;

  // The number the next exec() call will have (1 for the first). Every call that gets
  // past the busy check takes a number, whatever its outcome.
  uint64_t next_exec_id() const;

  // False only for a moved-from Session. A trap or a limit never ends a session: the
  // interrupted exec is rolled back and the session goes on.
  bool alive() const;

  // Changes the per-exec limits (fuel, timeout_ms, max_output_bytes, max_source_bytes,
  // max_host_result_bytes) for later execs. heap_bytes and memory_bytes are fixed at
  // creation: a different value is a Failure. Fails if the session is executing.
  Result<std::monostate> set_limits(const Limits& limits);

  const Limits& limits() const;
  const Policy& policy() const;

 private:
  friend class Engine;
  explicit Session(std::unique_ptr<struct SessionCore> core);
  Result<ExecResult> run(uint32_t mode, std::string_view code, std::string_view inputs,
                         const ExecOptions& options);
  std::unique_ptr<struct SessionCore> core_;
};

}  // namespace mpsandbox
