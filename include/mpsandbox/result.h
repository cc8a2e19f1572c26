// Results of mpsandbox operations: Result<T> for host-side failures, ExecResult for what
// a guest run produced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace mpsandbox {

// What kind of host-side failure a Failure is, for callers that branch on it. A closed
// set: new failures map onto these.
enum class FailureCode {
  InvalidArgument,  // limits, policy, a name, an option or an input the API does not accept
  Busy,             // the session is executing on another thread
  MovedFrom,        // the Session was moved from
  OutOfResources,   // the host could not get memory or kernel resources for it
  GuestStartFailed, // the guest could not start within the limits (heap over memory_bytes)
  Internal,         // the guest refused what the host expected it to do
  SnapshotRejected, // snapshot bytes corrupt, of another build or key, or not restorable
                    // under the given limits and policy
};

const char* to_string(FailureCode c);  // "invalid_argument", "busy", ...

// A host-side failure (bad configuration, misuse of a session). Never a guest error.
// `message` is one line for people; `code` is for programs.
struct Failure {
  std::string message;
  FailureCode code = FailureCode::Internal;
};

// Either a value or a Failure. No C++ exception crosses the public API.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Failure f) : v_(std::move(f)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  // Precondition: ok().
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T& value() const& { return std::get<0>(v_); }
  // Precondition: !ok().
  const Failure& failure() const { return std::get<1>(v_); }

 private:
  std::variant<T, Failure> v_;
};

// How an exec ended. A closed set: new limits map onto these, never add ad-hoc codes.
enum class Status {
  Ok,             // the code ran to completion (or raised SystemExit(0))
  Error,          // a Python exception escaped (SyntaxError, MemoryError, SystemExit(n)...)
  FuelExhausted,  // CPU fuel ran out
  Timeout,        // wall-clock limit reached
  Interrupted,    // Session::interrupt() was called
  OutputLimit,    // an output stream exceeded its cap
  Killed,         // the guest trapped (out-of-bounds, stack exhaustion, ...)
};

const char* to_string(Status s);

// A Python exception that escaped the program, or the trap that killed it.
// Its texts are valid UTF-8 (invalid sequences of the guest's replaced by U+FFFD).
struct GuestError {
  std::string type;       // "ZeroDivisionError", "SyntaxError", ...; "Trap" when Killed
  std::string message;    // str(exception)
  std::string traceback;  // "Traceback (most recent call last):\n  File ..." as printed
  int line = 0;           // innermost line of the user's code, 0 if unknown
};

struct ExecResult {
  Status status = Status::Ok;
  std::string stdout_text;  // bytes the guest wrote to fd 1, exactly
  std::string stderr_text;  // bytes the guest wrote to fd 2, exactly
  // repr() of the value of the final expression statement, as a REPL would echo it;
  // absent when the program does not end with an expression or it evaluates to None.
  // Valid UTF-8, like the texts of `error`.
  std::optional<std::string> value;
  // The same value as JSON text, when it is JSON-compatible (None, bool, int, finite
  // float, str, and lists, tuples and dicts with str keys of those, as json.dumps takes
  // them), with text as it is (non-ASCII not escaped). Absent otherwise, and when it is
  // longer than Limits::max_output_bytes (JSON is never cut).
  std::optional<std::string> value_json;
  std::optional<GuestError> error;
  std::optional<int> exit_code;  // set when the program raised SystemExit
  uint64_t fuel_used = 0;  // deterministic CPU units spent by this exec
  // Largest size the guest's linear memory (heap areas, stacks, buffers) reached.
  uint64_t memory_peak_bytes = 0;
  bool stdout_truncated = false;
  bool stderr_truncated = false;
  bool value_truncated = false;  // value cut at Limits::max_output_bytes
  // error->type, message or traceback cut at Limits::max_output_bytes (and 1 MiB): the
  // type and message keep their start, the traceback its end (docs/API.md).
  bool error_truncated = false;
  uint64_t wall_time_us = 0;

  bool ok() const { return status == Status::Ok; }
};

}  // namespace mpsandbox
