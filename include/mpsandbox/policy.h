// What a session's guest may do beyond computing. A Policy starts from safe defaults (no
// filesystem, no environment, real clocks and randomness) and grants capabilities
// explicitly. The capability layer (src/wasi/) enforces it; docs/SECURITY.md has the rules.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mpsandbox {

// What happens when a program writes more than Limits::max_output_bytes to a stream.
enum class OutputOverflow {
  Truncate,  // keep the first max_output_bytes, set *_truncated, let the program go on
  Stop,      // stop the exec with Status::OutputLimit (its state is rolled back)
};

// A directory tree made visible to the guest at `guest_path` (absolute, e.g. "/input").
struct Mount {
  enum class Kind {
    ReadOnly,   // a host directory, read-only
    ReadWrite,  // a host directory, writable within max_bytes written and max_files created
    Scratch,    // an in-memory filesystem of at most max_bytes and max_files; it lives and
                // dies with the session
  };
  Kind kind = Kind::ReadOnly;
  std::string guest_path;
  std::string host_path;   // ReadOnly and ReadWrite only
  uint64_t max_bytes = 0;  // Scratch: total size; ReadWrite: bytes written per session
  uint64_t max_files = 0;  // Scratch: files and directories; ReadWrite: entries created
};

struct Policy {
  OutputOverflow output_overflow = OutputOverflow::Truncate;
  // Deterministic mode: the guest's clocks are virtual (they start at 2000-01-01T00:00:00Z
  // and advance one nanosecond per unit of fuel spent, plus what it sleeps, which takes no
  // real time) and its randomness is a stream seeded with `seed`. Two runs of the same
  // programs in fresh sessions then produce bit-identical output.
  bool deterministic = false;
  uint64_t seed = 0;

  // Filesystem grants. With none, the guest sees an empty, read-only root. Mount points
  // may nest (the deepest wins); two mounts at one path are refused.
  std::vector<Mount> mounts;
  // Files and directories the guest may hold open at once.
  uint32_t max_open_files = 64;

  Policy& mount_readonly(std::string host_dir, std::string guest_path = "/input") {
    mounts.push_back({Mount::Kind::ReadOnly, std::move(guest_path), std::move(host_dir), 0, 0});
    return *this;
  }
  Policy& mount_readwrite(std::string host_dir, std::string guest_path,
                          uint64_t max_write_bytes = 16ull << 20, uint64_t max_files = 1024) {
    mounts.push_back({Mount::Kind::ReadWrite, std::move(guest_path), std::move(host_dir),
                      max_write_bytes, max_files});
    return *this;
  }
  Policy& mount_scratch(std::string guest_path = "/tmp", uint64_t max_bytes = 16ull << 20,
                        uint64_t max_files = 1024) {
    mounts.push_back({Mount::Kind::Scratch, std::move(guest_path), {}, max_bytes, max_files});
    return *this;
  }
};

}  // namespace mpsandbox
