// Host functions: registration, and the guest's hostcall/hostreply imports.
// Everything that arrives from the guest (name, payload) is untrusted and validated.
#include <algorithm>
#include <array>
#include <cstring>

#include "mpsandbox/session.h"
#include "mpsandbox_abi.h"
#include "sandbox/json_check.h"
#include "sandbox/session_core.h"
#include "sandbox/source_check.h"

namespace mpsandbox {
namespace {

constexpr size_t kMaxNameBytes = 64;
constexpr uint64_t kMaxPayloadBytes = 64ull << 20;

constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"};

std::optional<std::string> invalid_name(std::string_view name) {
  auto ident_start = [](char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto ident_char = [&](char c) { return ident_start(c) || (c >= '0' && c <= '9'); };
  if (name.empty() || name.size() > kMaxNameBytes || !ident_start(name[0]) ||
      !std::all_of(name.begin(), name.end(), ident_char))
    return "host function names must be ASCII Python identifiers of at most 64 characters";
  if (std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end())
    return "'" + std::string(name) + "' is a Python keyword";
  if (name == "call") return "'call' is reserved for host.call";
  return std::nullopt;
}

// What the guest receives: the value's JSON text, or "Type: message" for an error.
struct Reply {
  std::string text;
  bool error;
};

Reply error_reply(std::string_view type, std::string_view message) {
  return {to_valid_utf8(std::string(type) + ": " + std::string(message)), true};
}

// Runs one host call.
Reply dispatch(SessionCore& core, std::string_view name, std::string_view payload) {
  auto it = core.functions.find(name);
  if (it == core.functions.end()) {
    return error_reply("NameError", "no host function named '" +
                                        std::string(name.substr(0, kMaxNameBytes)) + "'");
  }
  if (payload.size() > kMaxPayloadBytes) return error_reply("ValueError", "host call payload too large");
  switch (check_payload(payload, kMaxHostCallNesting)) {
    case PayloadCheck::Ok: break;
    case PayloadCheck::TooDeep:
      return error_reply("RecursionError", "host call arguments nested deeper than " +
                                               std::to_string(kMaxHostCallNesting) + " levels");
    case PayloadCheck::Invalid:
      return error_reply("ValueError",
                         "host call payload must be a JSON object {\"args\": [...], \"kwargs\": {...}}");
  }
  HostReply reply = HostReply::error("RuntimeError", "host function did not reply");
  try {
    reply = it->second(payload);
  } catch (const std::exception& e) {
    return error_reply("RuntimeError", e.what());
  } catch (...) {
    return error_reply("RuntimeError", "unknown C++ exception in host function '" + std::string(name) + "'");
  }
  if (!reply.ok()) return error_reply(reply.type().empty() ? "RuntimeError" : reply.type(), reply.message());
  if (reply.json().size() > core.limits.max_host_result_bytes || reply.json().size() >= MPSBX_HOSTCALL_ERROR) {
    return error_reply("ValueError", "host function '" + std::string(name) + "' result too large: " +
                                         std::to_string(reply.json().size()) +
                                         " bytes of JSON, over max_host_result_bytes (" +
                                         std::to_string(core.limits.max_host_result_bytes) +
                                         "); raise that limit to pass larger results");
  }
  // Checked, not re-encoded, so integers of any size reach the guest exactly.
  if (!json_valid(reply.json())) {
    return error_reply("TypeError", "host function '" + std::string(name) + "' returned invalid JSON");
  }
  return {std::move(reply).take_json(), false};
}

}  // namespace

Result<std::monostate> Session::register_function(std::string_view name, HostFunction fn) {
  if (!core_) return moved_from_failure();
  if (auto err = invalid_name(name)) return Failure{"invalid host function name: " + *err, FailureCode::InvalidArgument};
  if (!fn) return Failure{"host function '" + std::string(name) + "' is empty", FailureCode::InvalidArgument};
  SessionCore& c = *core_;
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();

  const bool known = c.functions.count(name) != 0;
  c.functions.insert_or_assign(std::string(name), std::move(fn));
  if (known) return std::monostate{};  // the guest object already exists

  uint32_t status = MPSBX_NO_MEMORY;
  const uint32_t len = static_cast<uint32_t>(name.size());
  c.reset_meter(1ull << 40, 0);
  auto outcome = c.guarded_call([&] {
    if (c.put_input(name) != 0) status = MPSBX_W2C_EXPORT(MPSBX_EXPORT_DEFINE)(&c.instance, len);
  });
  if (!outcome || *outcome != WASM_RT_TRAP_NONE || status != MPSBX_OK) {
    c.functions.erase(std::string(name));
    return Failure{"the guest could not define host function '" + std::string(name) + "'", FailureCode::Internal};
  }
  return std::monostate{};
}

}  // namespace mpsandbox

using mpsandbox::SessionCore;

extern "C" u32 MPSBX_W2C_IMPORT(MPSBX_IMPORT_HOSTCALL)(Z_mpsandbox_instance_t* ctx, u32 name_ptr,
                                                               u32 name_len, u32 payload_ptr,
                                                               u32 payload_len) {
  SessionCore& core = *ctx->core;
  auto mem = core.memory();
  auto name = mem.string(name_ptr, name_len);
  auto payload = mem.string(payload_ptr, payload_len);
  if (!name || !payload) wasm_rt_trap(WASM_RT_TRAP_OOB);
  // Past the rollback limit the exec is undone anyway: no host function runs for it.
  if (core.snapshot.over_limit()) SessionCore::stop_rollback_limit();
  auto [text, error] = mpsandbox::dispatch(core, *name, *payload);
  core.io.host_reply.assign(text);  // into the capacity kept from earlier calls
  return static_cast<u32>(core.io.host_reply.size()) | (error ? MPSBX_HOSTCALL_ERROR : 0);
}

extern "C" void MPSBX_W2C_IMPORT(MPSBX_IMPORT_HOSTREPLY)(Z_mpsandbox_instance_t* ctx, u32 buf,
                                                                 u32 len) {
  SessionCore& core = *ctx->core;
  std::string& reply = core.io.host_reply;
  if (len != reply.size() || !core.memory().bytes(buf, len)) wasm_rt_trap(WASM_RT_TRAP_OOB);
  core.guest_write_or_stop(buf, uint64_t{len});
  core.memory().write(buf, reply);
  // Kept for the next call unless large: a reallocation per call is on the hot path.
  if (reply.capacity() > (64u << 10)) {
    std::string().swap(reply);
  } else {
    reply.clear();
  }
}
