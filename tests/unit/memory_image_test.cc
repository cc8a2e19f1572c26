// Recycling a session's memory (MemoryImage::reset) must give back exactly the image:
// every byte written by the previous owner restored, growth dropped, protections lifted.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "runtime/memory_image.h"
#include "runtime/runtime.h"

namespace {

using mpsbx::rt::MemoryImage;

constexpr uint32_t kPages = 4;  // wasm pages: 256 KiB
constexpr size_t kBytes = size_t{kPages} * 65536;

std::unique_ptr<MemoryImage> make_image(std::vector<uint8_t>* content) {
  wasm_rt_memory_t src{};
  src.data = mpsbx::rt::reserve_linear_memory();
  EXPECT_NE(src.data, nullptr);
  EXPECT_EQ(mprotect(src.data, kBytes, PROT_READ | PROT_WRITE), 0);
  src.pages = kPages;
  src.size = kBytes;
  content->resize(kBytes);
  for (size_t i = 0; i < kBytes; ++i) (*content)[i] = static_cast<uint8_t>(i * 7 + i / 4096);
  std::memset(content->data() + 65536, 0, 65536);  // an all-zero stretch: holes in the image
  std::memcpy(src.data, content->data(), kBytes);
  auto image = MemoryImage::capture(src);
  mpsbx::rt::release_linear_memory(src.data);
  return image;
}

bool private_page(const void* p) {
  static const int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  uint64_t e = 0;
  const off_t off = static_cast<off_t>(reinterpret_cast<uintptr_t>(p) / sysconf(_SC_PAGESIZE) * 8);
  if (pread(pagemap, &e, 8, off) != 8) return false;
  return (e >> 63 & 1) && !(e >> 61 & 1);
}

TEST(MemoryImage, ResetRestoresEveryByteAndDropsGrowth) {
  std::vector<uint8_t> content;
  auto image = make_image(&content);
  ASSERT_NE(image, nullptr);
  wasm_rt_memory_t mem{};
  ASSERT_TRUE(image->map(&mem, 16));
  for (int round = 0; round < 3; ++round) {
    // The previous owner: writes at page starts, ends and middles, in the zero stretch,
    // grows the memory and writes there, and leaves some pages read-only.
    for (size_t off : {size_t{0}, size_t{4095}, size_t{65536 + 100}, kBytes / 2, kBytes - 1})
      mem.data[off] = static_cast<uint8_t>(0xA5 + round);
    std::memset(mem.data + 3 * 4096, 0xEE, 8192);
    ASSERT_EQ(mprotect(mem.data + kBytes, 65536, PROT_READ | PROT_WRITE), 0);
    mem.pages = kPages + 1;
    mem.size = kBytes + 65536;
    std::memset(mem.data + kBytes, 0x5A, 65536);
    ASSERT_EQ(mprotect(mem.data + 8 * 4096, 2 * 4096, PROT_READ), 0);

    ASSERT_TRUE(image->reset(&mem));
    EXPECT_EQ(mem.pages, kPages);
    EXPECT_EQ(mem.size, kBytes);
    EXPECT_EQ(std::memcmp(mem.data, content.data(), kBytes), 0) << "round " << round;
    // Written pages stay private (the point of recycling), and writable again.
    EXPECT_TRUE(private_page(mem.data + 3 * 4096));
    mem.data[8 * 4096] = content[8 * 4096];
    // The grown page is gone: accessible again only by growing, and then zero.
    ASSERT_EQ(mprotect(mem.data + kBytes, 65536, PROT_READ), 0);
    for (size_t i = 0; i < 65536; i += 512) ASSERT_EQ(mem.data[kBytes + i], 0) << i;
    ASSERT_EQ(mprotect(mem.data + kBytes, 65536, PROT_NONE), 0);
  }
  mpsbx::rt::release_linear_memory(mem.data);
}

}  // namespace
