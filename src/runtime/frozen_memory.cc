#include "frozen_memory.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace mpsbx::rt {

namespace {
constexpr size_t kHeapBytesMax = 256 * 1024;  // larger: a reservation of its own
}  // namespace

std::unique_ptr<FrozenMemory> FrozenMemory::make(std::vector<uint32_t> units) {
  std::unique_ptr<FrozenMemory> f(new FrozenMemory);
  f->data_bytes_ = std::max<size_t>(units.size(), 1) * kUnit;
  if (f->data_bytes_ <= kHeapBytesMax) {
    f->data_ = new (std::nothrow) uint8_t[f->data_bytes_];
    if (!f->data_) return nullptr;
  } else {
    void* p = mmap(nullptr, f->data_bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    madvise(p, f->data_bytes_, MADV_HUGEPAGE);  // advice: a fault per 2 MiB, not per page
    f->data_ = static_cast<uint8_t*>(p);
    f->mapped_ = true;
  }
  f->slot_ = std::make_unique<uint32_t[]>(units.size());
  f->units_ = std::move(units);
  return f;
}

FrozenMemory::~FrozenMemory() {
  if (mapped_) munmap(data_, data_bytes_);
  else delete[] data_;
}

void FrozenMemory::lock() const {
  while (lock_.exchange(true, std::memory_order_acquire)) {
  }
}

size_t FrozenMemory::find(uint32_t unit) const {
  auto it = std::lower_bound(units_.begin(), units_.end(), unit);
  return it != units_.end() && *it == unit ? static_cast<size_t>(it - units_.begin()) : units_.size();
}

void FrozenMemory::fill(size_t i, const uint8_t* src) {
  const uint32_t slot = next_slot_++;  // at most one per unit: always within data_
  std::memcpy(data_ + size_t{slot} * kUnit, src, kUnit);
  slot_[i] = slot;
}

void FrozenMemory::copy(size_t i, const uint8_t* src) { fill(i, src); }

void FrozenMemory::share(size_t i, const uint8_t* live) {
  live_ = live;
  slot_[i] = kShared;
  shared_.fetch_add(1, std::memory_order_relaxed);
}

void FrozenMemory::read(size_t i, uint8_t* dst) const {
  lock();
  const uint32_t slot = slot_[i];
  std::memcpy(dst, slot == kShared ? live_ + size_t{units_[i]} * kUnit : data_ + size_t{slot} * kUnit, kUnit);
  unlock();
}

void FrozenMemory::before_write(uint32_t unit) {
  if (shared_.load(std::memory_order_relaxed) == 0) return;
  const size_t i = find(unit);
  if (i == units_.size()) return;
  lock();
  if (slot_[i] == kShared) {
    fill(i, live_ + size_t{unit} * kUnit);
    shared_.fetch_sub(1, std::memory_order_relaxed);
  }
  unlock();
}

void FrozenMemory::detach() {
  lock();
  for (size_t i = 0; i < units_.size() && shared_.load(std::memory_order_relaxed) > 0; ++i) {
    if (slot_[i] != kShared) continue;
    fill(i, live_ + size_t{units_[i]} * kUnit);
    shared_.fetch_sub(1, std::memory_order_relaxed);
  }
  live_ = nullptr;
  unlock();
}

}  // namespace mpsbx::rt
