// Checked access to a guest's linear memory. Every pointer and length the guest hands to
// the host goes through here; nothing else in the host touches guest memory directly.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

#include "wasm-rt.h"

namespace mpsbx::rt {

class GuestMemory {
 public:
  explicit GuestMemory(wasm_rt_memory_t* mem) : mem_(mem) {}

  // The bytes [addr, addr + len), or nullopt if any of them is outside the memory.
  // 64-bit arithmetic: addr + len cannot wrap.
  std::optional<std::span<uint8_t>> bytes(uint32_t addr, uint64_t len) const {
    if (uint64_t{addr} + len > mem_->size) return std::nullopt;
    return std::span<uint8_t>(mem_->data + addr, static_cast<size_t>(len));
  }

  std::optional<std::string_view> string(uint32_t addr, uint64_t len) const {
    auto b = bytes(addr, len);
    if (!b) return std::nullopt;
    return std::string_view(reinterpret_cast<const char*>(b->data()), b->size());
  }

  template <typename T>
  std::optional<T> load(uint32_t addr) const {
    auto b = bytes(addr, sizeof(T));
    if (!b) return std::nullopt;
    T v;
    std::memcpy(&v, b->data(), sizeof(T));
    return v;
  }

  template <typename T>
  bool store(uint32_t addr, T v) const {
    auto b = bytes(addr, sizeof(T));
    if (!b) return false;
    std::memcpy(b->data(), &v, sizeof(T));
    return true;
  }

  bool write(uint32_t addr, std::string_view data) const {
    auto b = bytes(addr, data.size());
    if (!b) return false;
    if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
    return true;
  }

  uint8_t* base() const { return mem_->data; }
  uint32_t size() const { return mem_->size; }

 private:
  wasm_rt_memory_t* mem_;
};

}  // namespace mpsbx::rt
