// What a session's guest may do beyond computing. A Policy starts from safe defaults and
// grants capabilities explicitly; the capability layer (files, clocks, randomness) adds
// its grants here.
#pragma once

namespace mpsandbox {

// What happens when a program writes more than Limits::max_output_bytes to a stream.
enum class OutputOverflow {
  Truncate,  // keep the first max_output_bytes, set *_truncated, let the program go on
  Stop,      // stop the exec with Status::OutputLimit (its state is rolled back)
};

struct Policy {
  OutputOverflow output_overflow = OutputOverflow::Truncate;
  // Deterministic mode: the guest's clocks are virtual (they start at 2000-01-01T00:00:00Z
  // and advance one nanosecond per unit of fuel spent, plus what it sleeps, which takes no
  // real time) and its randomness is a stream seeded with `seed`. Two runs of the same
  // programs in fresh sessions then produce bit-identical output.
  bool deterministic = false;
  uint64_t seed = 0;
};

}  // namespace mpsandbox
