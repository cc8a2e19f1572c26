// What a Snapshot holds (session.h), and the portable format of its bytes.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mpsandbox/limits.h"
#include "mpsandbox/policy.h"
#include "mpsandbox/result.h"
#include "runtime/frozen_memory.h"
#include "wasi/filesystem.h"
#include "wasi/wasi_state.h"

namespace mpsandbox {

class SessionTemplate;
struct EngineState;

// Memory is kept in 4 KiB units whatever the host's page size, so that bytes taken on
// one host load on another.
inline constexpr size_t kSnapshotPageBytes = 4096;

struct SnapshotState {
  Limits limits;
  Policy policy;  // a loaded snapshot's has no host_path
  DeterministicState det;
  uint32_t stack_pointer = 0;   // the guest's only mutable global besides its fuel
  uint32_t memory_pages = 0;    // wasm pages (64 KiB)
  // The 4 KiB units of memory that may differ from the session template's image for
  // limits.heap_bytes (all that do, and maybe some that do not), and their bytes:
  // copy-on-write with the session it was taken of (FrozenMemory).
  std::shared_ptr<mpsbx::rt::FrozenMemory> memory;
  std::array<uint8_t, 32> image_digest{};  // a loaded one's: MemoryImage::digest() of that image
  std::vector<std::string> function_names;
  wasi::FsImage fs;
  // In process: the template taken from, kept alive with its Engine's state.
  const SessionTemplate* base = nullptr;
  std::shared_ptr<const EngineState> engine;
  std::string key;  // the snapshot_key of the Engine that took it (serialize())
};

// The bytes of a snapshot (docs/SECURITY.md, Snapshots): a header naming the format
// version and the guest build, a zstd-compressed payload, and a BLAKE2b-256 tag over
// all of it (keyed with `key` when it is not empty).
// A refusal of snapshot bytes or of a restore: one line, FailureCode::SnapshotRejected.
inline Failure snapshot_rejected(const std::string& why) {
  return Failure{"snapshot rejected: " + why, FailureCode::SnapshotRejected};
}

// `digest` names the image the pages are relative to; units equal to `image` (the first
// `image_bytes` of it, zero past them) are left out when it is given. Empty if
// compression failed.
std::string encode_snapshot(const SnapshotState& s, std::string_view key, const std::array<uint8_t, 32>& digest,
                            const uint8_t* image = nullptr, size_t image_bytes = 0);
// The header, compressed payload and tag around an encoded payload (encode_snapshot's
// last step; the fuzz target seals arbitrary payloads with it).
std::string seal_snapshot_payload(std::string_view payload, std::string_view key);
// Parses bytes made by encode_snapshot, treated as hostile. A one-line reason on refusal.
// `max_bytes` bounds the uncompressed payload. The result has no base or engine.
Result<std::shared_ptr<SnapshotState>> decode_snapshot(std::string_view bytes, std::string_view key,
                                                       uint64_t max_bytes);

}  // namespace mpsandbox
