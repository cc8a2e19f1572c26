// Resource limits of a session. Plain struct with safe defaults; Engine::new_session
// validates it and refuses absurd values with a clear Failure.
#pragma once

#include <cstdint>

namespace mpsandbox {

struct Limits {
  // MicroPython heap inside the guest. Cost: reserved and touched lazily.
  uint64_t heap_bytes = 8ull << 20;
  // Cap on the guest's whole linear memory (heap + stacks + buffers). At most 4 GiB - 64 KiB.
  uint64_t memory_bytes = 256ull << 20;
  // Per-exec cap on each of stdout and stderr; output past it is dropped and flagged.
  uint64_t max_output_bytes = 16ull << 20;
  // Largest program accepted by exec().
  uint64_t max_source_bytes = 16ull << 20;
};

}  // namespace mpsandbox
