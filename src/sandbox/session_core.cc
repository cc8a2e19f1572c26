// SessionCore's own bookkeeping: fuel metering and guest input.
#include "sandbox/session_core.h"

#include <algorithm>

#include "mpsandbox_abi.h"
#include "runtime/runtime.h"

void mpsandbox::SessionCore::begin_stop(uint32_t reason) {
  if (meter.stopping != MPSBX_STOP_NONE) return;
  if (!meter.soft_stops) mpsbx::rt::abort_guest(stop_abort(reason));
  meter.stopping = reason;
  meter.grace_deadline = std::chrono::steady_clock::now() + Meter::kGraceWall;
  const uint64_t used = fuel_used();
  meter.budget = std::max(meter.budget, used) + Meter::kGraceFuel;
  // The guest's next metered step calls the fuel hook, which raises the stop.
  meter.granted = used;
  fuel_counter() = 0;
}

void mpsandbox::SessionCore::reset_meter(uint64_t budget, uint64_t timeout_ms) {
  meter = Meter{};
  meter.budget = budget;
  meter.has_deadline = timeout_ms != 0;
  if (meter.has_deadline)
    meter.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  uint64_t first = std::min(budget, Meter::kSlice);
  meter.granted = first;
  fuel_counter() = static_cast<int64_t>(first);
}

uint32_t mpsandbox::SessionCore::put_input(std::string_view a, std::string_view b, std::string_view c,
                                           uint32_t extra) {
  const uint64_t total = uint64_t{a.size()} + b.size() + c.size() + extra;
  if (total > UINT32_MAX) return 0;
  uint32_t buf = MPSBX_W2C_EXPORT(MPSBX_EXPORT_INPUT)(&instance, static_cast<uint32_t>(total));
  auto mem = memory();
  if (buf != 0 && mem.bytes(buf, total)) guest_write_or_stop(buf, total);
  if (buf == 0 || !mem.write(buf, a) || !mem.write(buf + static_cast<uint32_t>(a.size()), b) ||
      !mem.write(buf + static_cast<uint32_t>(a.size() + b.size()), c))
    return 0;
  return buf;
}

void mpsandbox::SessionCore::take_fuel(uint64_t units) {
  const uint64_t used = fuel_used();
  if (units >= meter.budget - std::min(used, meter.budget)) {
    fuel_counter() = static_cast<int64_t>(meter.granted - meter.budget);  // used == budget
    mpsbx::rt::abort_guest(mpsbx::rt::kAbortFuel);
  }
  fuel_counter() -= static_cast<int64_t>(units);
}
