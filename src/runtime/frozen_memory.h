// The memory pages of a session snapshot, copy-on-write: each page is either copied when
// the snapshot is taken or shared with the live memory, which keeps it write-protected
// until the fault handler has copied it here (MemorySnapshot calls before_write() for
// every page it is about to make writable). So a snapshot of a session holding a large
// heap copies only the pages the session may write without a fault (its hot pages), not
// the heap.
//
// Thread-safety: read() may run on any thread while the live session runs on another;
// a spin lock orders each read of a shared page against the handler's copy of it (the
// handler never waits for anything but a read in progress, which never faults).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace mpsbx::rt {

class FrozenMemory {
 public:
  static constexpr size_t kUnit = 4096;  // bytes of a page here, whatever the host's

  // Room for `units` (4 KiB units of the memory, ascending), none filled yet. nullptr if
  // the kernel refused the address space.
  static std::unique_ptr<FrozenMemory> make(std::vector<uint32_t> units);
  ~FrozenMemory();
  FrozenMemory(const FrozenMemory&) = delete;
  FrozenMemory& operator=(const FrozenMemory&) = delete;

  const std::vector<uint32_t>& units() const { return units_; }
  // Fills unit i with a copy of `src` (4 KiB). Before the snapshot is shared.
  void copy(size_t i, const uint8_t* src);
  // Unit i is read from `live` + units()[i] * kUnit until the live memory writes it.
  // `live` is the memory's base, the same for every unit.
  void share(size_t i, const uint8_t* live);

  // Copies unit i's bytes to `dst` (4 KiB). Any thread.
  void read(size_t i, uint8_t* dst) const;
  // The live memory is about to write unit `unit` (a memory offset / kUnit): copies it
  // first if it is shared. Async-signal-safe (no allocation, a spin lock, memcpy).
  void before_write(uint32_t unit);
  // Copies every unit still shared: the live memory is about to change without faults
  // (the session ends, or its memory goes back to a pool).
  void detach();
  // Units still shared with the live memory.
  size_t shared() const { return shared_.load(std::memory_order_relaxed); }

 private:
  FrozenMemory() = default;
  void lock() const;
  void unlock() const { lock_.store(false, std::memory_order_release); }
  // Index of `unit` in units_, or units_.size().
  size_t find(uint32_t unit) const;

  // Stores the bytes of unit i (a slot past the ones taken) and marks it copied.
  void fill(size_t i, const uint8_t* src);

  std::vector<uint32_t> units_;
  // Room for every unit, filled from the start as units are copied (so that a snapshot
  // that shares most units commits little): heap memory for small snapshots (no fresh
  // pages to fault in), else a reservation with transparent huge pages.
  uint8_t* data_ = nullptr;
  size_t data_bytes_ = 0;
  bool mapped_ = false;
  std::unique_ptr<uint32_t[]> slot_;  // per unit: its slot, kShared while shared (under lock_)
  uint32_t next_slot_ = 0;            // under lock_ once shared
  static constexpr uint32_t kShared = UINT32_MAX;
  const uint8_t* live_ = nullptr;
  std::atomic<size_t> shared_{0};
  mutable std::atomic<bool> lock_{false};
};

}  // namespace mpsbx::rt
