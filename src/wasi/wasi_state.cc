// DeterministicState: the seeded random stream of deterministic mode.
#include "wasi/wasi_state.h"

#include "mpsandbox_abi.h"
#include "runtime/runtime.h"

void mpsandbox::ExecIo::give_output(int stream) {
  if (!on_output) return;
  auto give = [&](int fd, bool whole) {
    const std::string& text = fd == 1 ? out : err;
    size_t& given = fd == 1 ? out_given : err_given;
    size_t end = text.size();
    if (!whole) {
      const size_t nl = text.rfind('\n');
      end = nl == std::string::npos || nl < given ? given : nl + 1;
    }
    if (end <= given) return;
    const std::string_view part(text.data() + given, end - given);
    given = end;
    try {
      on_output(fd, part);
    } catch (...) {
      on_output = nullptr;  // as documented: not called again in this exec
    }
  };
  if (stream == 0) {
    // A write to one stream gives all of the other first, so at most one has bytes left.
    give(1, true);
    if (on_output) give(2, true);
    return;
  }
  give(3 - stream, true);
  if (on_output) give(stream, false);
}

mpsbx::rt::Abort mpsandbox::stop_abort(uint32_t reason) {
  switch (reason) {
    case MPSBX_STOP_TIMEOUT: return mpsbx::rt::kAbortTimeout;
    case MPSBX_STOP_INTERRUPT: return mpsbx::rt::kAbortInterrupt;
    default: return mpsbx::rt::kAbortFuel;
  }
}

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
