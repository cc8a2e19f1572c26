// libFuzzer target: the snapshot loader (src/sandbox/snapshot_format.cc) and the scratch
// filesystem's restore from it (FileSystem::restore_image), on hostile bytes.
//
// The first input byte picks the mode: bit 0 set, the rest is a snapshot file as is (header,
// tag and sizes all under attack); clear, the rest is a payload that the harness seals with
// a valid header and tag, so that the fuzzer reaches the payload parser past the MAC.
// Bit 1 picks a keyed engine. Properties: no crash or sanitizer report; a refusal is one
// line; what decodes encodes back to bytes that decode to the same encoding; what decodes
// restores into a filesystem or is refused with a message.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sandbox/snapshot_state.h"

extern "C" const char mpsbx_guest_build_id[65] = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f";

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "snapshot fuzz: %s: %.300s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mpsandbox;
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string key = (mode & 2) ? std::string(32, 'k') : std::string();
  const std::string bytes = (mode & 1) ? std::string(body) : seal_snapshot_payload(body, key);
  constexpr uint64_t kMax = 64ull << 20;
  auto r = decode_snapshot(bytes, key, kMax);
  if (!r.ok()) {
    if (r.failure().message.find('\n') != std::string::npos) fail("refusal is not one line", r.failure().message);
    if (r.failure().code != FailureCode::SnapshotRejected && r.failure().code != FailureCode::OutOfResources)
      fail("refusal has the wrong code", r.failure().message);
    return 0;
  }
  const SnapshotState& s = *r.value();
  const std::vector<uint32_t>& units = s.memory->units();
  for (size_t i = 0; i < units.size(); ++i)
    if (units[i] >= uint64_t{s.memory_pages} * 16 || (i && units[i] <= units[i - 1])) fail("page order", "");
  const std::string again = encode_snapshot(s, key, s.image_digest);
  auto r2 = decode_snapshot(again, key, kMax);
  if (!r2.ok()) fail("re-encoded snapshot refused", r2.failure().message);
  if (encode_snapshot(*r2.value(), key, r2.value()->image_digest) != again) fail("encoding not stable", "");

  // Restore its filesystem under a policy granting each of its mounts a scratch filesystem
  // (a host mount at a path is refused as the kind differs: also a path to test).
  std::vector<Mount> mounts;
  for (const auto& m : s.fs.mounts) {
    if (m.guest_path.size() > 64) continue;
    bool dup = false;
    for (const Mount& o : mounts) dup |= o.guest_path == m.guest_path;
    if (!dup) mounts.push_back({Mount::Kind::Scratch, m.guest_path, {}, 1 << 20, 64});
  }
  wasi::FileSystem fs;
  if (fs.configure(mounts, 64)) return 0;  // a path configure refuses: nothing to restore into
  if (auto err = fs.restore_image(s.fs)) {
    if (err->find('\n') != std::string::npos) fail("restore refusal is not one line", *err);
    return 0;
  }
  (void)fs.image();
  return 0;
}
