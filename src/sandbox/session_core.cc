// SessionCore's own bookkeeping: fuel metering, deterministic state, guest input.
#include "sandbox/session_core.h"

#include "mpsandbox_abi.h"

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

uint32_t mpsandbox::SessionCore::put_input(std::string_view a, std::string_view b, uint32_t extra) {
  const uint64_t total = uint64_t{a.size()} + b.size() + extra;
  if (total > UINT32_MAX) return 0;
  uint32_t buf = MPSBX_W2C_EXPORT(MPSBX_EXPORT_INPUT)(&instance, static_cast<uint32_t>(total));
  auto mem = memory();
  if (buf == 0 || !mem.write(buf, a) || !mem.write(buf + static_cast<uint32_t>(a.size()), b)) return 0;
  return buf;
}

void mpsandbox::DeterministicState::seed(uint64_t seed) {
  // SplitMix64 expands the seed into xoshiro256**'s state (never all zero).
  for (uint64_t& word : rng) {
    seed += 0x9e3779b97f4a7c15ull;
    uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    word = z ^ (z >> 31);
  }
}

uint64_t mpsandbox::DeterministicState::next() {
  auto rotl = [](uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  const uint64_t result = rotl(rng[1] * 5, 7) * 9;
  const uint64_t t = rng[1] << 17;
  rng[2] ^= rng[0];
  rng[3] ^= rng[1];
  rng[1] ^= rng[2];
  rng[0] ^= rng[3];
  rng[2] ^= t;
  rng[3] = rotl(rng[3], 45);
  return result;
}
