#include "memory_image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "runtime.h"

namespace mpsbx::rt {
namespace {

constexpr size_t kWasmPage = 65536;
constexpr size_t kChunk = 4096;

bool all_zero(const uint8_t* p, size_t n) {
  static const uint8_t zeros[kChunk] = {};
  return std::memcmp(p, zeros, n) == 0;
}

}  // namespace

std::unique_ptr<MemoryImage> MemoryImage::capture(const wasm_rt_memory_t& mem) {
  int fd = memfd_create("mpsandbox-guest-image", MFD_CLOEXEC);
  if (fd < 0) return nullptr;
  std::unique_ptr<MemoryImage> image(new MemoryImage(fd, mem.pages));
  const size_t size = size_t{mem.pages} * kWasmPage;
  if (ftruncate(fd, static_cast<off_t>(size)) != 0) return nullptr;
  for (size_t off = 0; off < size; off += kChunk) {
    const uint8_t* p = mem.data + off;
    if (all_zero(p, kChunk)) continue;
    if (pwrite(fd, p, kChunk, static_cast<off_t>(off)) != static_cast<ssize_t>(kChunk)) return nullptr;
  }
  return image;
}

MemoryImage::~MemoryImage() {
  if (view_) munmap(const_cast<uint8_t*>(view_), bytes());
  close(fd_);
}

const uint8_t* MemoryImage::view() const {
  std::call_once(view_once_, [&] {
    if (bytes() == 0) return;
    void* p = mmap(nullptr, bytes(), PROT_READ, MAP_SHARED, fd_, 0);
    if (p != MAP_FAILED) view_ = static_cast<const uint8_t*>(p);
  });
  return view_;
}

bool MemoryImage::digest(uint8_t out[32]) const {
  std::call_once(digest_once_, [&] {
    const uint8_t* image = view();
    if (image == nullptr && bytes() != 0) return;
    // Zero chunks (most of a fresh heap) are skipped, each other one hashed with its offset.
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    const uint64_t size = bytes();
    crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(&size), sizeof size);
    for (uint64_t off = 0; off < size; off += kChunk) {
      if (all_zero(image + off, kChunk)) continue;
      crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(&off), sizeof off);
      crypto_generichash_update(&st, image + off, kChunk);
    }
    crypto_generichash_final(&st, digest_, 32);
    has_digest_ = true;
  });
  if (has_digest_) std::memcpy(out, digest_, 32);
  return has_digest_;
}

bool for_private_pages(const uint8_t* data, size_t bytes, const PageVisitor& fn) {
  static const int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (pagemap < 0) return false;
  const size_t ps = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  constexpr uint64_t kPresent = 1ull << 63, kSwapped = 1ull << 62, kFileOrShared = 1ull << 61;
  constexpr size_t kBatch = 512;
  uint64_t entries[kBatch];
  const uintptr_t first = reinterpret_cast<uintptr_t>(data) / ps;
  const size_t pages = bytes / ps;
  for (size_t done = 0; done < pages; done += kBatch) {
    const size_t n = std::min(kBatch, pages - done);
    const ssize_t want = static_cast<ssize_t>(n * sizeof(uint64_t));
    if (pread(pagemap, entries, n * sizeof(uint64_t), static_cast<off_t>((first + done) * sizeof(uint64_t))) != want)
      return false;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t e = entries[i];
      if (!(e & kSwapped) && (!(e & kPresent) || (e & kFileOrShared))) continue;
      fn((done + i) * ps);
    }
  }
  return true;
}


bool MemoryImage::reset(wasm_rt_memory_t* mem) const {
  const uint8_t* image = view();
  const size_t size = bytes();
  if (image == nullptr || mem->data == nullptr) return false;
  const size_t ps = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  if (mem->size > size) {
    uint8_t* grown = mem->data + size;
    if (mprotect(grown, mem->size - size, PROT_NONE) != 0 ||
        madvise(grown, mem->size - size, MADV_DONTNEED) != 0)
      return false;
  }
  // Snapshots may have left pages read-only.
  if (mprotect(mem->data, size, PROT_READ | PROT_WRITE) != 0) return false;
  // A page still shared with the image (or never touched) holds the image's bytes.
  const bool ok = for_private_pages(mem->data, size, [&](size_t off) {
    if (std::memcmp(mem->data + off, image + off, ps) != 0) std::memcpy(mem->data + off, image + off, ps);
  });
  if (!ok) return false;
  mem->pages = pages_;
  mem->size = static_cast<uint32_t>(size);
  return true;
}

bool MemoryImage::diff(const wasm_rt_memory_t& mem, bool mapped, std::vector<uint32_t>* units) const {
  static const uint8_t zeros[kChunk] = {};
  const uint8_t* image = view();
  if ((image == nullptr && bytes() != 0) || mem.data == nullptr) return false;
  const size_t ps = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  if (ps % kChunk != 0) return false;
  auto compare = [&](size_t off) {
    for (size_t u = off; u < off + ps; u += kChunk) {
      const uint8_t* ref = u < bytes() ? image + u : zeros;
      if (std::memcmp(mem.data + u, ref, kChunk) != 0) units->push_back(static_cast<uint32_t>(u / kChunk));
    }
  };
  units->clear();
  if (mapped) return for_private_pages(mem.data, mem.size, compare);
  for (size_t off = 0; off < mem.size; off += ps) compare(off);
  return true;
}

bool MemoryImage::map(wasm_rt_memory_t* mem, uint32_t max_pages) const {
  mem->data = nullptr;
  mem->pages = mem->size = 0;
  mem->max_pages = max_pages;
  if (pages_ > max_pages) return false;
  uint8_t* p = reserve_linear_memory();
  if (p == nullptr) return false;
  mem->data = p;
  mem->pages = pages_;
  mem->size = static_cast<uint32_t>(bytes());
  if (!remap(mem)) {
    release_linear_memory(p);
    mem->data = nullptr;
    mem->pages = mem->size = 0;
    return false;
  }
  return true;
}

bool MemoryImage::remap(wasm_rt_memory_t* mem) const {
  if (bytes() == 0) return true;
  return mmap(mem->data, bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED | MAP_NORESERVE,
              fd_, 0) != MAP_FAILED;
}

}  // namespace mpsbx::rt
