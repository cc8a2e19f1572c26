// DeterministicState: the seeded random stream of deterministic mode.
#include "wasi/wasi_state.h"

#include "runtime/runtime.h"

void mpsandbox::WasiState::stop_rollback_limit() { mpsbx::rt::abort_guest(mpsbx::rt::kAbortRollback); }

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
