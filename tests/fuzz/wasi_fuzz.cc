// libFuzzer target: drives the WASI host functions (src/wasi) with random guest memory and
// random arguments, as a hostile guest could. Built with clang, ASan and UBSan. Besides
// memory errors, it checks the capability rules after every input:
//   - nothing outside the mounts changed (the "outside" tree is intact),
//   - the secret that a symlink in the read-only mount points to never reaches guest memory.
// Run: build/mpsandbox_fuzz_wasi -max_total_time=60 (make fuzz; make test runs it briefly).
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "wasi/wasi_preview1.h"

namespace {

namespace fs = std::filesystem;
constexpr char kSecret[] = "FUZZ-SECRET-d41d8";
constexpr uint32_t kMemoryBytes = 1 << 16;

struct FuzzState : mpsandbox::WasiState {
  explicit FuzzState(wasm_rt_memory_t* m) : WasiState(m) {}
  uint64_t fuel_used() override { return 0; }
};

// Strings the guest would plausibly pass, placed at fixed addresses in guest memory.
const char* const kStrings[] = {
    "/",           "/ro",           "/ro/file",     "/ro/link",        "/ro/sub/../file",
    "/ro/dirlink/secret",           "/s",           "/s/a",            "/s/a/b",
    "/w",          "/w/x",          "/w/d",         "../../outside/secret",
    "/ro/../../outside/secret",     ".",            "..",              "/proc/self/root/etc/passwd",
    "/ro/fifo",    "/ro/hard",      "",             "/s/a/../../..",   "/w/../ro/file",
};
constexpr uint32_t kStringBase = 0x100, kStringStride = 0x40;

struct Host {
  fs::path root, ro, rw, outside;
  Host() {
    char tmpl[] = "/tmp/mpsbx-fuzz-XXXXXX";
    root = mkdtemp(tmpl);
    ro = root / "ro";
    rw = root / "rw";
    outside = root / "outside";
    fs::create_directories(ro / "sub");
    fs::create_directories(rw);
    fs::create_directories(outside / "dir");
    std::ofstream(outside / "secret") << kSecret;
    std::ofstream(outside / "dir" / "secret") << kSecret;
    std::ofstream(ro / "file") << "public file contents\n";
    fs::create_symlink(outside / "secret", ro / "link");
    fs::create_directory_symlink(outside / "dir", ro / "dirlink");
    fs::create_hard_link(outside / "secret", ro / "hard");
    mkfifo((ro / "fifo").c_str(), 0600);
    fs::create_symlink(outside / "secret", rw / "wlink");
  }
  // The outside tree is exactly as created: two files holding the secret and one directory.
  bool outside_intact() const {
    size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(outside)) {
      ++n;
      if (e.is_regular_file()) {
        std::ifstream in(e.path());
        std::string s((std::istreambuf_iterator<char>(in)), {});
        if (s != kSecret) return false;
      }
    }
    return n == 3;
  }
  void reset_rw() {
    for (const auto& e : fs::directory_iterator(rw))
      if (e.path().filename() != "wlink") fs::remove_all(e.path());
  }
};

Host& host() {
  static Host h;
  return h;
}

class Input {
 public:
  Input(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  bool empty() const { return p_ >= end_; }
  uint8_t byte() { return p_ < end_ ? *p_++ : 0; }
  uint32_t raw32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= uint32_t(byte()) << (8 * i);
    return v;
  }
  // Mostly interesting values (valid fds, string addresses and lengths, edges), sometimes raw.
  uint32_t arg() {
    uint8_t sel = byte();
    if (sel >= 200) return raw32();
    static const uint32_t kSmall[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 24, 64, 255, 4096,
                                      kMemoryBytes - 8, kMemoryBytes - 1, kMemoryBytes, 0x7fffffff,
                                      0xffffffff, 0x80000000, 0x1000, 0x2000, 0x3000};
    if (sel < 100) {
      uint32_t i = sel % std::size(kStrings);
      return kStringBase + i * kStringStride;  // a string's address
    }
    if (sel < 150) return uint32_t(std::strlen(kStrings[sel % std::size(kStrings)]));
    return kSmall[sel % std::size(kSmall)];
  }
  uint64_t arg64() { return byte() < 128 ? uint64_t(arg()) : (uint64_t(raw32()) << 32 | raw32()); }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

void call_one(FuzzState& s, Input& in) {
  using namespace mpsandbox::wasi;
  uint8_t which = in.byte() % 43;
  auto a = [&] { return in.arg(); };
  auto w = [&] { return in.arg64(); };
  switch (which) {
    case 0: args_get(s, a(), a()); break;
    case 1: args_sizes_get(s, a(), a()); break;
    case 2: environ_get(s, a(), a()); break;
    case 3: environ_sizes_get(s, a(), a()); break;
    case 4: clock_res_get(s, a(), a()); break;
    case 5: clock_time_get(s, a(), w(), a()); break;
    case 6: fd_advise(s, a(), w(), w(), a()); break;
    case 7: fd_allocate(s, a(), w(), w()); break;
    case 8: fd_close(s, a()); break;
    case 9: fd_datasync(s, a()); break;
    case 10: fd_fdstat_get(s, a(), a()); break;
    case 11: fd_fdstat_set_flags(s, a(), a()); break;
    case 12: fd_fdstat_set_rights(s, a(), w(), w()); break;
    case 13: fd_filestat_get(s, a(), a()); break;
    case 14: fd_filestat_set_size(s, a(), w()); break;
    case 15: fd_filestat_set_times(s, a(), w(), w(), a()); break;
    case 16: fd_pread(s, a(), a(), a(), w(), a()); break;
    case 17: fd_prestat_get(s, a(), a()); break;
    case 18: fd_prestat_dir_name(s, a(), a(), a()); break;
    case 19: fd_pwrite(s, a(), a(), a(), w(), a()); break;
    case 20: case 40: fd_read(s, a(), a(), a(), a()); break;
    case 21: fd_readdir(s, a(), a(), a(), w(), a()); break;
    case 22: fd_renumber(s, a(), a()); break;
    case 23: fd_seek(s, a(), w(), a(), a()); break;
    case 24: fd_sync(s, a()); break;
    case 25: fd_tell(s, a(), a()); break;
    case 26: case 41: fd_write(s, a(), a(), a(), a()); break;
    case 27: path_create_directory(s, a(), a(), a()); break;
    case 28: path_filestat_get(s, a(), a(), a(), a(), a()); break;
    case 29: path_filestat_set_times(s, a(), a(), a(), a(), w(), w(), a()); break;
    case 30: path_link(s, a(), a(), a(), a(), a(), a(), a()); break;
    case 31: case 42: path_open(s, a(), a(), a(), a(), a(), w(), w(), a(), a()); break;
    case 32: path_readlink(s, a(), a(), a(), a(), a(), a()); break;
    case 33: path_remove_directory(s, a(), a(), a()); break;
    case 34: path_rename(s, a(), a(), a(), a(), a(), a()); break;
    case 35: path_symlink(s, a(), a(), a(), a(), a()); break;
    case 36: path_unlink_file(s, a(), a(), a()); break;
    case 37: poll_oneoff(s, a(), a(), a(), a()); break;
    case 38: random_get(s, a(), a() & 0xffff); break;
    case 39: sched_yield(s); break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Host& h = host();
  h.reset_rw();
  std::vector<uint8_t> memory(kMemoryBytes, 0);
  wasm_rt_memory_t mem{};
  mem.data = memory.data();
  mem.size = kMemoryBytes;
  mem.pages = 1;
  mem.max_pages = 1;

  Input in(data, size);
  // The first bytes seed the low part of guest memory (iovec arrays, structs); the
  // strings go in at fixed addresses after that.
  for (uint32_t i = 0; i < 0x100 && !in.empty(); ++i) memory[i] = in.byte();
  for (size_t i = 0; i < std::size(kStrings); ++i)
    std::memcpy(&memory[kStringBase + i * kStringStride], kStrings[i], std::strlen(kStrings[i]));

  FuzzState s(&mem);
  s.policy.deterministic = true;  // no real sleeping, seeded randomness
  s.limits.max_output_bytes = 4096;
  s.policy.mount_readonly(h.ro.string(), "/ro")
      .mount_readwrite(h.rw.string(), "/w", 4096, 8)
      .mount_scratch("/s", 4096, 8);
  if (s.fs.configure(s.policy.mounts, 8)) std::abort();
  s.io.stdin_data = "stdin text";

  for (int calls = 0; calls < 64 && !in.empty(); ++calls) call_one(s, in);

  if (!h.outside_intact()) {
    std::fprintf(stderr, "capability violation: the outside tree changed\n");
    std::abort();
  }
  // (Unless the input itself spelled the secret out: then the guest "knew" it already.)
  if (!memmem(data, size, kSecret, sizeof kSecret - 1) &&
      memmem(memory.data(), memory.size(), kSecret, sizeof kSecret - 1)) {
    std::fprintf(stderr, "capability violation: the secret reached guest memory\n");
    std::abort();
  }
  return 0;
}
