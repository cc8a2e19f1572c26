#include "memory_image.h"

#include <sys/mman.h>
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

MemoryImage::~MemoryImage() { close(fd_); }

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
