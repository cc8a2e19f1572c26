// Engine and Session: instantiate the wasm2c guest, move programs in, results out.
#include <charconv>
#include <chrono>
#include <mutex>

#include <sodium.h>

#include "mpsandbox/session.h"
#include "mpsandbox/version.h"
#include "mpsandbox_abi.h"
#include "runtime/runtime.h"
#include "sandbox/json_check.h"
#include "sandbox/session_core.h"
#include "sandbox/session_template.h"
#include "sandbox/source_check.h"

namespace mpsandbox {

namespace {


std::optional<std::string> validate(const Limits& l) {
  if (l.memory_bytes == 0 || l.memory_bytes > kMaxMemoryBytes)
    return "memory_bytes must be between 1 and " + std::to_string(kMaxMemoryBytes);
  if (l.heap_bytes < kMinHeapBytes)
    return "heap_bytes must be at least " + std::to_string(kMinHeapBytes);
  if (l.heap_bytes > l.memory_bytes || l.memory_bytes - l.heap_bytes < kGuestOverheadBytes)
    return "memory_bytes (" + std::to_string(l.memory_bytes) + ") is below its minimum of " +
           std::to_string(l.heap_bytes + kGuestOverheadBytes) + ": heap_bytes (" + std::to_string(l.heap_bytes) +
           ") plus " + std::to_string(kGuestOverheadBytes) + " bytes of guest overhead";
  // Output, values and error texts are held in host memory: a cap is a real bound.
  if (l.max_output_bytes == 0 || l.max_output_bytes > kMaxBufferBytes)
    return "max_output_bytes must be between 1 and 1 GiB";
  if (l.max_source_bytes == 0 || l.max_source_bytes > kMaxBufferBytes)
    return "max_source_bytes must be between 1 and 1 GiB";
  if (l.max_host_result_bytes == 0 || l.max_host_result_bytes > kMaxBufferBytes)
    return "max_host_result_bytes must be between 1 and 1 GiB";
  if (l.fuel == 0 || l.fuel > kMaxFuel)
    return "fuel must be between 1 and " + std::to_string(kMaxFuel);
  if (l.rollback_bytes < kMinRollbackBytes || l.rollback_bytes > kMaxRollbackBytes)
    return "rollback_bytes must be between " + std::to_string(kMinRollbackBytes) + " (1 MiB) and " +
           std::to_string(kMaxRollbackBytes) + " (4 GiB)";
  if (l.timeout_ms > kMaxTimeoutMs)
    return "timeout_ms must be at most " + std::to_string(kMaxTimeoutMs) + " (0 for none)";
  return std::nullopt;
}

// Inside a guest call: gives the random module a fresh seed from the host's randomness,
// so that sessions restored from one snapshot never draw the same numbers (restored and
// forked sessions with real randomness do this before their first exec). Names nothing in
// __main__; its fuel counts to that exec.
void reseed_random(SessionCore& c) {
  static constexpr std::string_view kCode =
      "if 'random' in __import__('sys').modules: __import__('sys').modules['random'].seed()\n";
  static constexpr std::string_view kName = "<restore>";
  if (c.put_input(kCode, kName) != 0)
    MPSBX_W2C_EXPORT(MPSBX_EXPORT_EXEC)(&c.instance, static_cast<uint32_t>(kCode.size()),
                                        static_cast<uint32_t>(kName.size()), 0, MPSBX_MODE_EXEC);
  c.io.error = GuestError{};
  c.io.value.reset();
  c.io.value_json.reset();
}

std::string trap_message(mpsbx::rt::Outcome trap) {
  return std::string("guest trapped: ") + wasm_rt_strerror(static_cast<wasm_rt_trap_t>(trap));
}

}  // namespace

const char* to_string(Status s) {
  switch (s) {
    case Status::Ok: return "ok";
    case Status::Error: return "error";
    case Status::FuelExhausted: return "fuel_exhausted";
    case Status::Timeout: return "timeout";
    case Status::Interrupted: return "interrupted";
    case Status::OutputLimit: return "output_limit";
    case Status::Killed: return "killed";
  }
  return "unknown";
}

const char* to_string(FailureCode c) {
  switch (c) {
    case FailureCode::InvalidArgument: return "invalid_argument";
    case FailureCode::Busy: return "busy";
    case FailureCode::MovedFrom: return "moved_from";
    case FailureCode::OutOfResources: return "out_of_resources";
    case FailureCode::GuestStartFailed: return "guest_start_failed";
    case FailureCode::Internal: return "internal";
    case FailureCode::SnapshotRejected: return "snapshot_rejected";
  }
  return "unknown";
}

const char* version() { return MPSANDBOX_VERSION; }
const char* micropython_version() { return MPSANDBOX_MICROPYTHON_VERSION; }

SessionCore::~SessionCore() {
  // Snapshots that share pages of this memory take their copies before it goes.
  for (auto& f : frozen) f->detach();
  frozen.clear();
  if (!instantiated) return;
  if (origin) origin->recycle(instance.w2c_memory);  // on success, leaves no memory to free
  if (shares_table) instance.w2c_T0 = {};
  Z_guest_free(&instance);
}

std::optional<std::string> start_guest(SessionCore& core) {
  SessionCore* c = &core;
  const Limits& limits = core.limits;
  uint32_t status = MPSBX_NO_MEMORY;
  c->instantiated = true;  // Z_guest_free copes with a partly built instance
  mpsbx::rt::Outcome trap = mpsbx::rt::guest_call(&c->instance.w2c_memory, limits.memory_bytes, [&] {
    Z_guest_instantiate(&c->instance, &c->host, &c->wasi);
    c->reset_meter(kMaxFuel, 0);  // start-up is the engine's own work: not metered
    Z_guestZ__initialize(&c->instance);
    status = MPSBX_W2C_EXPORT(MPSBX_EXPORT_INIT)(&c->instance, static_cast<u32>(limits.heap_bytes));
  });
  if (trap == WASM_RT_TRAP_OOB && c->instance.w2c_memory.data == nullptr)
    return "cannot reserve the guest memory's address range (" +
           std::to_string(mpsbx::rt::kMemoryReserveBytes >> 20) +
           " MiB of address space per session; is the process limited by ulimit -v?)";
  if (trap != WASM_RT_TRAP_NONE) return trap_message(trap);
  if (status != MPSBX_OK && !c->io.err.empty()) return c->io.err;
  if (status != MPSBX_OK)
    return "cannot allocate a " + std::to_string(limits.heap_bytes) +
           "-byte heap within memory_bytes " + std::to_string(limits.memory_bytes);
  return std::nullopt;
}

namespace {

void init_module_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    Z_guest_init_module();
    if (sodium_init() < 0) std::abort();  // snapshots' hashes; fails only without entropy
  });
}

std::optional<std::string> validate(const EngineConfig& c) {
  if (c.max_templates > 64) return "max_templates must be at most 64";
  if (c.template_pool_size > 1024) return "template_pool_size must be at most 1024";
  if (!c.snapshot_key.empty() && (c.snapshot_key.size() < 16 || c.snapshot_key.size() > 64))
    return "snapshot_key must be empty or 16 to 64 bytes";
  if (c.max_snapshot_bytes < (1ull << 20) || c.max_snapshot_bytes > (5ull << 30))
    return "max_snapshot_bytes must be between 1 MiB and 5 GiB";
  if (auto err = validate(c.default_limits)) return "default_limits: " + *err;
  if (c.default_policy.output_overflow != OutputOverflow::Truncate &&
      c.default_policy.output_overflow != OutputOverflow::Stop)
    return "default_policy: unknown output_overflow value";
  return std::nullopt;
}

}  // namespace

Engine::Engine() {
  init_module_once();
  // Never destroyed: sessions that outlive static destruction still recycle into it.
  static const auto& shared = *new std::shared_ptr<const EngineState>(std::make_shared<const EngineState>(EngineConfig{}));
  state_ = shared;
}

Engine::Engine(const EngineConfig& config) {
  init_module_once();
  state_ = std::make_shared<const EngineState>(config);
}

Result<Engine> Engine::create(const EngineConfig& config) {
  if (auto err = validate(config)) return Failure{"invalid engine config: " + *err, FailureCode::InvalidArgument};
  return Engine(config);
}

const EngineConfig& Engine::config() const { return state_->config; }

Result<Session> Engine::new_session() const {
  return new_session(state_->config.default_limits, state_->config.default_policy);
}

Result<Session> Engine::new_session(const Limits& limits) const {
  return new_session(limits, state_->config.default_policy);
}

Result<std::unique_ptr<SessionCore>> prepare_core(const Limits& limits, const Policy& policy) {
  if (auto err = validate(limits)) return Failure{"invalid limits: " + *err, FailureCode::InvalidArgument};
  if (policy.output_overflow != OutputOverflow::Truncate &&
      policy.output_overflow != OutputOverflow::Stop)
    return Failure{"invalid policy: unknown output_overflow value", FailureCode::InvalidArgument};
  auto core = std::make_unique<SessionCore>();
  if (auto err = core->fs.configure(policy.mounts, policy.max_open_files))
    return Failure{"invalid policy: " + *err, FailureCode::InvalidArgument};
  core->fs.set_deterministic(policy.deterministic);
  core->limits = limits;
  core->policy = policy;
  if (policy.deterministic) core->det.seed(policy.seed);
  return core;
}

Result<Session> Engine::new_session(const Limits& limits, const Policy& policy) const {
  auto prepared = prepare_core(limits, policy);
  if (!prepared) return prepared.failure();
  std::unique_ptr<SessionCore> core = std::move(prepared.value());
  core->engine = state_;
  if (state_->config.session_templates) {
    if (const SessionTemplate* t = state_->templates.get(limits.heap_bytes)) {
      if (t->instantiate(*core)) return Session(std::move(core));
    }
  }
  if (auto err = start_guest(*core)) return Failure{"guest failed to start: " + *err, FailureCode::GuestStartFailed};
  return Session(std::move(core));
}

Session::Session(std::unique_ptr<SessionCore> core) : core_(std::move(core)) {}
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;
Session::~Session() = default;

bool Session::alive() const { return core_ != nullptr; }
void InterruptHandle::interrupt() const {
  if (!state_) return;
  // If that exec ends and the next starts meanwhile, the request still names only it.
  if (const uint64_t id = state_->running.load()) state_->stop(id);
}

bool InterruptHandle::interrupt(uint64_t exec_id) const {
  if (!state_ || exec_id == 0 || exec_id > state_->started.load() + 1) return false;
  state_->stop(exec_id);
  return true;
}

void Session::interrupt() { interrupt_handle().interrupt(); }
InterruptHandle Session::interrupt_handle() const {
  return InterruptHandle(core_ ? core_->interrupts : nullptr);
}
uint64_t Session::next_exec_id() const { return core_ ? core_->interrupts->started.load() + 1 : 0; }
Result<bool> Session::needs_more_input(std::string_view source) {
  if (!core_) return moved_from_failure();
  SessionCore& c = *core_;
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();
  if (source.size() > c.limits.max_source_bytes || source.find('\0') != std::string_view::npos)
    return false;  // exec() will report the problem
  const uint32_t len = static_cast<uint32_t>(source.size());
  uint32_t more = 0;
  c.reset_meter(1ull << 40, 0);
  auto outcome = c.guarded_call([&] {
    if (c.put_input(source, {}, {}, 1) != 0)  // one spare byte for the guest's NUL
      more = MPSBX_W2C_EXPORT(MPSBX_EXPORT_COMPLETE)(&c.instance, len);
  });
  if (!outcome) return Failure{"cannot snapshot the session's memory (out of kernel memory?)", FailureCode::OutOfResources};
  return *outcome == WASM_RT_TRAP_NONE && more != 0;
}

Result<std::monostate> Session::set_limits(const Limits& limits) {
  if (!core_) return moved_from_failure();
  if (auto err = validate(limits)) return Failure{"invalid limits: " + *err, FailureCode::InvalidArgument};
  SessionCore& c = *core_;
  if (limits.heap_bytes != c.limits.heap_bytes || limits.memory_bytes != c.limits.memory_bytes)
    return Failure{"heap_bytes and memory_bytes are fixed when a session is created", FailureCode::InvalidArgument};
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();
  c.limits = limits;
  return std::monostate{};
}

// A moved-from Session answers with the defaults instead of dereferencing nothing.
const Limits& Session::limits() const {
  static const Limits kDefaults{};
  return core_ ? core_->limits : kDefaults;
}
const Policy& Session::policy() const {
  static const Policy kDefaults{};
  return core_ ? core_->policy : kDefaults;
}

Result<ExecResult> Session::exec(std::string_view code, const ExecOptions& options) {
  if (!core_) return moved_from_failure();
  const std::string& inputs = options.inputs_json;
  if (!inputs.empty()) {
    if (inputs.size() > core_->limits.max_source_bytes)
      return Failure{"inputs are " + std::to_string(inputs.size()) + " bytes of JSON, over max_source_bytes (" +
                         std::to_string(core_->limits.max_source_bytes) + ")",
                     FailureCode::InvalidArgument};
    if (auto why = check_names_object(inputs, kMaxHostCallNesting))
      return Failure{"inputs: " + *why, FailureCode::InvalidArgument};
  }
  return run(MPSBX_MODE_EXEC, code, inputs, options);
}

Result<ExecResult> Session::call(std::string_view function, std::string_view args_json,
                                 std::string_view kwargs_json, const ExecOptions& options) {
  if (!core_) return moved_from_failure();
  auto invalid = [](std::string message) { return Failure{std::move(message), FailureCode::InvalidArgument}; };
  if (function.empty() || function.size() > 4096 || check_source(function, {}))
    return invalid("call: the function name must be 1 to 4096 bytes of UTF-8");
  for (size_t start = 0;;) {
    const size_t dot = function.find('.', start);
    const std::string_view part = function.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (!python_identifier(part) || python_keyword(part))
      return invalid("call: \"" + std::string(function.substr(0, 80)) +
                     "\" is not a name or a dotted path of names (\"f\", \"obj.method\")");
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (args_json.size() + kwargs_json.size() > core_->limits.max_source_bytes)
    return invalid("call: arguments are " + std::to_string(args_json.size() + kwargs_json.size()) +
                   " bytes of JSON, over max_source_bytes (" + std::to_string(core_->limits.max_source_bytes) + ")");
  const size_t open = args_json.find_first_not_of(" \t\r\n");
  if (!json_valid(args_json) || args_json[open] != '[')
    return invalid("call: the positional arguments must be a JSON array");
  if (auto why = check_names_object(kwargs_json, kMaxHostCallNesting))
    return invalid("call: the keyword arguments: " + *why);
  std::string payload;
  payload.reserve(args_json.size() + kwargs_json.size() + 22);
  payload.append("{\"args\":").append(args_json).append(",\"kwargs\":").append(kwargs_json).append("}");
  if (check_payload(payload, kMaxHostCallNesting) != PayloadCheck::Ok)
    return invalid("call: the arguments are nested deeper than " + std::to_string(kMaxHostCallNesting) + " levels");
  return run(MPSBX_MODE_CALL, function, payload, options);
}

// exec() and call(): `text` is the program or the function's name, `inputs` what the
// guest binds or passes (checked by the caller).
Result<ExecResult> Session::run(uint32_t mode, std::string_view code, std::string_view inputs,
                                const ExecOptions& options) {
  SessionCore& c = *core_;
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();
  // This exec's number (InterruptHandle): from here on a request to stop it is seen, even
  // one made before it started.
  InterruptState& irq = *c.interrupts;
  c.exec_id = irq.started.fetch_add(1) + 1;
  irq.running.store(c.exec_id);
  struct ExecEnd {
    SessionCore& c;
    ~ExecEnd() {
      c.interrupts->running.store(0);
      c.exec_id = 0;
    }
  } exec_end{c};

  const auto start = std::chrono::steady_clock::now();
  ExecResult r;
  auto finish = [&]() -> ExecResult {
    c.io.give_output(0);
    r.stdout_text = std::move(c.io.out);
    r.stderr_text = std::move(c.io.err);
    r.stdout_truncated = c.io.out_truncated;
    r.stderr_truncated = c.io.err_truncated;
    r.wall_time_us = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::steady_clock::now() - start).count();
    c.io = ExecIo{};
    return std::move(r);
  };

  const std::string& name = options.filename;
  if (mode == MPSBX_MODE_EXEC && code.size() > c.limits.max_source_bytes) {
    r.status = Status::Error;
    r.error = GuestError{"ValueError",
                         "source is " + std::to_string(code.size()) + " bytes, over the limit of " +
                             std::to_string(c.limits.max_source_bytes),
                         "", 0};
    return finish();
  }
  if (auto bad = mode == MPSBX_MODE_EXEC ? check_source(code, name) : std::nullopt) {
    r.status = Status::Error;
    r.error = std::move(*bad);
    return finish();
  }
  if (name.size() > 4096 || name.find('\0') != std::string::npos || check_source(name, name)) {
    return Failure{"filename must be valid UTF-8 without NUL, at most 4096 bytes", FailureCode::InvalidArgument};
  }

  c.io = ExecIo{};
  if (c.interrupt_pending()) {
    // stopped before it started: no code runs, nothing to roll back
    r.status = Status::Interrupted;
    r.error = GuestError{"Interrupted", "interrupted by the host", "", 0};
    return finish();
  }
  c.io.stdin_data = options.stdin_text;
  c.io.on_output = options.on_output;
  auto capped = [](uint64_t limit, uint64_t cap) { return cap != 0 && (limit == 0 || cap < limit) ? cap : limit; };
  const uint64_t fuel = capped(c.limits.fuel, options.fuel);
  const uint64_t timeout_ms = capped(c.limits.timeout_ms, options.timeout_ms);
  c.reset_meter(fuel, timeout_ms);
  c.meter.soft_stops = options.stop_traceback;
  uint32_t status = MPSBX_NO_MEMORY;
  const uint32_t src_len = static_cast<uint32_t>(code.size());
  const uint32_t name_len = static_cast<uint32_t>(name.size());
  // An uncaught MemoryError is undone as a limit's stop is: the memory the program filled
  // goes back with it, so the session is never left too full to run the next snippet.
  // With rollback_on_error, an exec that will report status Error is undone too.
  auto exit_value = [&] {
    int v = 1;
    std::from_chars(c.io.exit_code.data(), c.io.exit_code.data() + c.io.exit_code.size(), v);
    return v;
  };
  auto keep = [&] {
    if (status == MPSBX_MEMORY_ERROR || c.meter.stopping != MPSBX_STOP_NONE) return false;
    if (!options.rollback_on_error || status == MPSBX_OK) return true;
    return status == MPSBX_SYSTEM_EXIT && exit_value() == 0;
  };
  std::optional<mpsbx::rt::Outcome> outcome = c.guarded_call(
      [&] {
        if (c.reseed_pending) reseed_random(c);
        if (c.put_input(code, name, inputs) != 0)
          status = MPSBX_W2C_EXPORT(MPSBX_EXPORT_EXEC)(&c.instance, src_len, name_len,
                                                       static_cast<uint32_t>(inputs.size()), mode);
      },
      keep);
  if (outcome && *outcome == WASM_RT_TRAP_NONE && keep()) c.reseed_pending = false;  // else undone with the exec

  if (!outcome) return Failure{"cannot snapshot the session's memory (out of kernel memory?)", FailureCode::OutOfResources};
  // A stop the guest raised and unwound from (or ended before raising): reported as the
  // stop, with the guest's traceback when it has one of the stop.
  const bool unwound = *outcome == WASM_RT_TRAP_NONE && c.meter.stopping != MPSBX_STOP_NONE;
  const mpsbx::rt::Outcome trap = unwound ? stop_abort(c.meter.stopping) : *outcome;
  r.fuel_used = std::min(c.spent_fuel, fuel);  // the grace is not the program's
  r.memory_peak_bytes = c.peak_memory;
  if (trap != WASM_RT_TRAP_NONE) {
    // Whatever stopped the guest, its state went back to what it was before this exec.
    switch (trap) {
      case mpsbx::rt::kAbortFuel:
        r.status = Status::FuelExhausted;
        r.error = GuestError{"FuelExhausted", "fuel limit of " + std::to_string(fuel) + " reached", "", 0};
        break;
      case mpsbx::rt::kAbortTimeout:
        r.status = Status::Timeout;
        r.error = GuestError{"Timeout", "wall-clock limit of " + std::to_string(timeout_ms) + " ms reached", "", 0};
        break;
      case mpsbx::rt::kAbortInterrupt:
        r.status = Status::Interrupted;
        r.error = GuestError{"Interrupted", "interrupted by the host", "", 0};
        break;
      case mpsbx::rt::kAbortOutput:
        r.status = Status::OutputLimit;
        r.error = GuestError{"OutputLimit", "output exceeded " + std::to_string(c.limits.max_output_bytes) +
                                                " bytes on one stream", "", 0};
        break;
      case mpsbx::rt::kAbortRollback:
        // Reported as the memory limit's MemoryError is: the program needed more memory
        // (here the host's, to be able to undo it) than its limits allow.
        r.status = Status::Error;
        r.error = GuestError{"MemoryError",
                             "rollback limit: the exec changed more than rollback_bytes (" +
                                 std::to_string(c.limits.rollback_bytes) +
                                 " bytes) of the memory it started with; it was stopped and rolled back",
                             "", 0};
        break;
      default:
        r.status = Status::Killed;
        r.error = GuestError{"Trap", trap_message(trap), "", 0};
        break;
    }
    if (unwound && (status == MPSBX_EXCEPTION || status == MPSBX_MEMORY_ERROR) && c.io.error.type == r.error->type) {
      // The guest's last line names the type alone: it gets the message.
      std::string& tb = c.io.error.traceback;
      const std::string bare = r.error->type + "\n";
      if (tb.size() >= bare.size() && tb.compare(tb.size() - bare.size(), bare.size(), bare) == 0 &&
          (tb.size() == bare.size() || tb[tb.size() - bare.size() - 1] == '\n'))
        tb.replace(tb.size() - bare.size(), bare.size(), r.error->type + ": " + r.error->message + "\n");
      r.error->traceback = std::move(tb);
      r.error->line = c.io.error.line;
      r.error_truncated = c.io.error_truncated;
    }
    return finish();
  }
  switch (status) {
    case MPSBX_OK:
      r.status = Status::Ok;
      r.value = std::move(c.io.value);
      r.value_json = std::move(c.io.value_json);
      r.value_truncated = c.io.value_truncated;
      break;
    case MPSBX_EXCEPTION:
    case MPSBX_MEMORY_ERROR:
      r.status = Status::Error;
      r.error = c.io.error;
      r.error_truncated = c.io.error_truncated;
      break;
    case MPSBX_SYSTEM_EXIT: {
      const int code_value = exit_value();
      r.exit_code = code_value;
      if (code_value == 0) {
        r.status = Status::Ok;
      } else {
        r.status = Status::Error;
        r.error = GuestError{"SystemExit", std::to_string(code_value), "", 0};
      }
      break;
    }
    default:
      r.status = Status::Error;
      r.error = GuestError{"MemoryError", "not enough guest memory to load the program", "", 0};
      break;
  }
  return finish();
}

}  // namespace mpsandbox
