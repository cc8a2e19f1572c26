// The portable snapshot format (snapshot_state.h). Everything is little-endian.
//
//   header   "MPSBXSNP", u32 format version, u32 flags (bit 0: keyed tag),
//            64 hex characters of the guest build id, u64 payload size, u64 compressed size
//   payload  zstd frame of the payload below
//   tag      BLAKE2b-256 of header and compressed payload; keyed with the snapshot key
//            when flag 0 is set
//
// payload: limits (8 x u64); policy (u8 overflow, u8 deterministic, u64 seed, u32 open
// files, u32 mounts, each u8 kind, str guest path, u64 max_bytes, u64 max_files);
// deterministic state (6 x u64); u32 stack pointer; u32 memory pages; 32-byte image
// digest; u32 page count, the page numbers (u32, ascending), the pages (4 KiB each);
// u32 function count, the names; filesystem (u32 mounts, each str path, u8 kind,
// 3 x u64 accounting, u32 nodes, each u32 parent, str name, u8 dir, u64 ino, u64 mtim,
// str data); u32 open descriptors, each u32. A str is a u32 length and its bytes.
//
// The decoder trusts nothing: it checks the header, then the tag, before it decompresses
// a byte; every count is bounded by the bytes left, every index by what it indexes, and
// the payload must be consumed exactly.
#include <sodium.h>
#include <zstd.h>

#include <cctype>
#include <cstring>

#include "sandbox/snapshot_state.h"

extern "C" const char mpsbx_guest_build_id[65];

namespace mpsandbox {
namespace {

constexpr char kMagic[8] = {'M', 'P', 'S', 'B', 'X', 'S', 'N', 'P'};
constexpr uint32_t kFormatVersion = 1;
constexpr uint32_t kFlagKeyed = 1;
constexpr size_t kHeaderBytes = 8 + 4 + 4 + 64 + 8 + 8;
constexpr size_t kTagBytes = 32;
constexpr int kZstdLevel = 1;  // fast: most of a snapshot is heap pages with long zero runs

class Writer {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  size_t left() const { return in_.size() - pos_; }
  bool raw(void* p, size_t n) {
    if (!ok_ || n > left()) return ok_ = false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  uint8_t u8() {
    uint8_t v = 0;
    raw(&v, 1);
    return v;
  }
  uint32_t u32() {
    uint32_t v = 0;
    raw(&v, 4);
    return v;
  }
  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, 8);
    return v;
  }
  std::string_view view(size_t n) {
    if (!ok_ || n > left()) {
      ok_ = false;
      return {};
    }
    std::string_view v = in_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::string str() { return std::string(view(u32())); }
  // A count of elements of at least `min_bytes` each: refused if the bytes left cannot
  // hold them, so no hostile count ever sizes an allocation.
  uint32_t count(size_t min_bytes) {
    const uint32_t n = u32();
    if (ok_ && uint64_t{n} * min_bytes > left()) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void tag_of(std::string_view data, std::string_view key, uint8_t out[kTagBytes]) {
  crypto_generichash(out, kTagBytes, reinterpret_cast<const uint8_t*>(data.data()), data.size(),
                     key.empty() ? nullptr : reinterpret_cast<const uint8_t*>(key.data()), key.size());
}

// A mount's guest path as a message may quote it: absolute, printable ASCII, bounded.
bool plain_path(std::string_view s) {
  if (s.empty() || s.size() > 4096 || s[0] != '/') return false;
  for (char ch : s)
    if (static_cast<unsigned char>(ch) < 0x20 || static_cast<unsigned char>(ch) >= 0x7f) return false;
  return true;
}

bool identifier(std::string_view s) {
  if (s.empty() || s.size() > 255 || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char ch : s)
    if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
      return false;
  return true;
}

}  // namespace

std::string encode_snapshot(const SnapshotState& s, std::string_view key, const std::array<uint8_t, 32>& digest,
                            const uint8_t* image, size_t image_bytes) {
  // The units that differ from the image, and their bytes.
  static const uint8_t kZeros[kSnapshotPageBytes] = {};
  std::vector<uint32_t> units;
  std::string data;
  if (s.memory) {
    const std::vector<uint32_t>& all = s.memory->units();
    data.resize(all.size() * kSnapshotPageBytes);
    uint8_t* out = reinterpret_cast<uint8_t*>(data.data());
    for (size_t i = 0; i < all.size(); ++i) {
      s.memory->read(i, out);
      const size_t off = size_t{all[i]} * kSnapshotPageBytes;
      if (image && std::memcmp(out, off < image_bytes ? image + off : kZeros, kSnapshotPageBytes) == 0) continue;
      units.push_back(all[i]);
      out += kSnapshotPageBytes;
    }
    data.resize(units.size() * kSnapshotPageBytes);
  }
  Writer w;
  const Limits& l = s.limits;
  for (uint64_t v : {l.heap_bytes, l.memory_bytes, l.max_output_bytes, l.max_source_bytes, l.fuel,
                     l.max_host_result_bytes, l.timeout_ms, l.rollback_bytes})
    w.u64(v);
  const Policy& p = s.policy;
  w.u8(static_cast<uint8_t>(p.output_overflow));
  w.u8(p.deterministic);
  w.u64(p.seed);
  w.u32(p.max_open_files);
  w.u32(static_cast<uint32_t>(p.mounts.size()));
  for (const Mount& m : p.mounts) {
    w.u8(static_cast<uint8_t>(m.kind));
    w.str(m.guest_path);
    w.u64(m.max_bytes);
    w.u64(m.max_files);
  }
  for (uint64_t v : s.det.rng) w.u64(v);
  w.u64(s.det.fuel_before);
  w.u64(s.det.slept_ns);
  w.u32(s.stack_pointer);
  w.u32(s.memory_pages);
  w.raw(digest.data(), digest.size());
  w.u32(static_cast<uint32_t>(units.size()));
  for (uint32_t unit : units) w.u32(unit);
  w.raw(data.data(), data.size());
  w.u32(static_cast<uint32_t>(s.function_names.size()));
  for (const std::string& name : s.function_names) w.str(name);
  w.u32(static_cast<uint32_t>(s.fs.mounts.size()));
  for (const wasi::FsImage::MountImage& m : s.fs.mounts) {
    w.str(m.guest_path);
    w.u8(static_cast<uint8_t>(m.kind));
    w.u64(m.bytes_written);
    w.u64(m.files_created);
    w.u64(m.next_ino);
    w.u32(static_cast<uint32_t>(m.nodes.size()));
    for (const wasi::FsImage::Node& n : m.nodes) {
      w.u32(n.parent);
      w.str(n.name);
      w.u8(n.dir);
      w.u64(n.ino);
      w.u64(n.mtim);
      w.str(n.data);
    }
  }
  w.u32(static_cast<uint32_t>(s.fs.open_fds.size()));
  for (uint32_t fd : s.fs.open_fds) w.u32(fd);
  return seal_snapshot_payload(w.out(), key);
}

std::string seal_snapshot_payload(std::string_view payload, std::string_view key) {
  std::string out(kHeaderBytes + ZSTD_compressBound(payload.size()) + kTagBytes, '\0');
  char* h = out.data();
  std::memcpy(h, kMagic, 8);
  const uint32_t version = kFormatVersion, flags = key.empty() ? 0 : kFlagKeyed;
  std::memcpy(h + 8, &version, 4);
  std::memcpy(h + 12, &flags, 4);
  std::memcpy(h + 16, mpsbx_guest_build_id, 64);
  const uint64_t raw_size = payload.size();
  const size_t packed = ZSTD_compress(h + kHeaderBytes, ZSTD_compressBound(payload.size()), payload.data(),
                                      payload.size(), kZstdLevel);
  if (ZSTD_isError(packed)) return {};
  const uint64_t packed_size = packed;
  std::memcpy(h + 80, &raw_size, 8);
  std::memcpy(h + 88, &packed_size, 8);
  out.resize(kHeaderBytes + packed + kTagBytes);
  tag_of(std::string_view(out.data(), kHeaderBytes + packed), key,
         reinterpret_cast<uint8_t*>(out.data() + kHeaderBytes + packed));
  return out;
}

Result<std::shared_ptr<SnapshotState>> decode_snapshot(std::string_view bytes, std::string_view key,
                                                       uint64_t max_bytes) {
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0)
    return snapshot_rejected("not a snapshot (no mpsandbox snapshot header)");
  if (bytes.size() < kHeaderBytes + kTagBytes) return snapshot_rejected("truncated (" + std::to_string(bytes.size()) + " bytes)");
  uint32_t version, flags;
  uint64_t raw_size, packed_size;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&flags, bytes.data() + 12, 4);
  std::memcpy(&raw_size, bytes.data() + 80, 8);
  std::memcpy(&packed_size, bytes.data() + 88, 8);
  if (version != kFormatVersion)
    return snapshot_rejected("format version " + std::to_string(version) + "; this build reads version " +
                    std::to_string(kFormatVersion));
  if (std::memcmp(bytes.data() + 16, mpsbx_guest_build_id, 64) != 0) {
    std::string theirs(bytes.substr(16, 12));
    for (char& ch : theirs)
      if (!std::isxdigit(static_cast<unsigned char>(ch))) ch = '?';
    return snapshot_rejected("made by another build of the guest (build " + theirs + "..., this is " +
                    std::string(mpsbx_guest_build_id, 12) + "...)");
  }
  if (flags & ~kFlagKeyed) return snapshot_rejected("unknown flags");
  if ((flags & kFlagKeyed) && key.empty())
    return snapshot_rejected("it is signed with a snapshot key and this engine has none");
  if (!(flags & kFlagKeyed) && !key.empty())
    return snapshot_rejected("it is not signed and this engine requires its snapshot key");
  if (packed_size != bytes.size() - kHeaderBytes - kTagBytes)
    return snapshot_rejected("truncated or extended (" + std::to_string(bytes.size()) + " bytes, the header says " +
                    std::to_string(packed_size + kHeaderBytes + kTagBytes) + ")");
  uint8_t tag[kTagBytes];
  tag_of(bytes.substr(0, kHeaderBytes + packed_size), key, tag);
  if (sodium_memcmp(tag, bytes.data() + kHeaderBytes + packed_size, kTagBytes) != 0)
    return snapshot_rejected(key.empty() ? "corrupt (integrity check failed)"
                                : "corrupt or signed with another key (MAC check failed)");
  if (raw_size > max_bytes)
    return snapshot_rejected(std::to_string(raw_size) + " bytes uncompressed, over max_snapshot_bytes " +
                    std::to_string(max_bytes));
  const std::string_view packed = bytes.substr(kHeaderBytes, packed_size);
  if (ZSTD_getFrameContentSize(packed.data(), packed.size()) != raw_size)
    return snapshot_rejected("corrupt (payload size)");
  std::string payload;
  try {
    payload.resize(raw_size);
  } catch (const std::bad_alloc&) {
    return Failure{"out of memory loading a snapshot", FailureCode::OutOfResources};
  }
  const size_t got = ZSTD_decompress(payload.data(), payload.size(), packed.data(), packed.size());
  if (ZSTD_isError(got) || got != raw_size) return snapshot_rejected("corrupt (payload does not decompress)");

  auto s = std::make_shared<SnapshotState>();
  Reader r(payload);
  Limits& l = s->limits;
  for (uint64_t* v : {&l.heap_bytes, &l.memory_bytes, &l.max_output_bytes, &l.max_source_bytes, &l.fuel,
                      &l.max_host_result_bytes, &l.timeout_ms, &l.rollback_bytes})
    *v = r.u64();
  Policy& p = s->policy;
  const uint8_t overflow = r.u8(), deterministic = r.u8();
  if (overflow > 1 || deterministic > 1) return snapshot_rejected("corrupt (policy)");
  p.output_overflow = static_cast<OutputOverflow>(overflow);
  p.deterministic = deterministic;
  p.seed = r.u64();
  p.max_open_files = r.u32();
  for (uint32_t n = r.count(21); n > 0; --n) {
    Mount m;
    const uint8_t kind = r.u8();
    if (kind > 2) return snapshot_rejected("corrupt (mount kind)");
    m.kind = static_cast<Mount::Kind>(kind);
    m.guest_path = r.str();
    if (r.ok() && !plain_path(m.guest_path)) return snapshot_rejected("corrupt (mount path)");
    m.max_bytes = r.u64();
    m.max_files = r.u64();
    p.mounts.push_back(std::move(m));
  }
  for (uint64_t& v : s->det.rng) v = r.u64();
  s->det.fuel_before = r.u64();
  s->det.slept_ns = r.u64();
  s->stack_pointer = r.u32();
  s->memory_pages = r.u32();
  r.raw(s->image_digest.data(), s->image_digest.size());
  if (!r.ok() || s->memory_pages > 65536) return snapshot_rejected("corrupt (memory size)");
  const uint64_t units = uint64_t{s->memory_pages} * (65536 / kSnapshotPageBytes);
  const uint32_t npages = r.count(4 + kSnapshotPageBytes);
  std::vector<uint32_t> pages(npages);
  for (uint32_t i = 0; i < npages; ++i) {
    pages[i] = r.u32();
    if (pages[i] >= units || (i > 0 && pages[i] <= pages[i - 1]))
      return snapshot_rejected("corrupt (page " + std::to_string(i) + " out of order or past the memory)");
  }
  const std::string_view data = r.view(size_t{npages} * kSnapshotPageBytes);
  if (!r.ok()) return snapshot_rejected("corrupt (payload truncated)");
  s->memory = mpsbx::rt::FrozenMemory::make(std::move(pages));
  if (!s->memory) return Failure{"out of memory loading a snapshot", FailureCode::OutOfResources};
  for (uint32_t i = 0; i < npages; ++i)
    s->memory->copy(i, reinterpret_cast<const uint8_t*>(data.data()) + size_t{i} * kSnapshotPageBytes);
  for (uint32_t n = r.count(4); n > 0; --n) {
    s->function_names.push_back(r.str());
    if (r.ok() && !identifier(s->function_names.back())) return snapshot_rejected("corrupt (host function name)");
  }
  for (uint32_t n = r.count(4 + 1 + 24 + 4); n > 0; --n) {
    wasi::FsImage::MountImage m;
    m.guest_path = r.str();
    if (r.ok() && !plain_path(m.guest_path)) return snapshot_rejected("corrupt (filesystem mount path)");
    const uint8_t kind = r.u8();
    if (kind > 2) return snapshot_rejected("corrupt (filesystem mount kind)");
    m.kind = static_cast<Mount::Kind>(kind);
    m.bytes_written = r.u64();
    m.files_created = r.u64();
    m.next_ino = r.u64();
    for (uint32_t k = r.count(4 + 4 + 1 + 16 + 4); k > 0; --k) {
      wasi::FsImage::Node node;
      node.parent = r.u32();
      node.name = r.str();
      const uint8_t dir = r.u8();
      if (dir > 1) return snapshot_rejected("corrupt (filesystem node)");
      node.dir = dir;
      node.ino = r.u64();
      node.mtim = r.u64();
      node.data = r.str();
      m.nodes.push_back(std::move(node));
    }
    s->fs.mounts.push_back(std::move(m));
  }
  for (uint32_t n = r.count(4); n > 0; --n) s->fs.open_fds.push_back(r.u32());
  if (!r.ok()) return snapshot_rejected("corrupt (payload truncated)");
  if (r.left() != 0) return snapshot_rejected("corrupt (" + std::to_string(r.left()) + " bytes after the payload)");
  return s;
}

}  // namespace mpsandbox
