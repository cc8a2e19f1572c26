// Copy-on-write snapshots of a guest's linear memory, taken before every exec so that a
// stopped exec (fuel, timeout, interrupt, trap) can be rolled back to the exact state
// it started from.
//
// Mechanism: pages are write-protected, except the "hot" pages that recent execs wrote:
// arm() saves those eagerly (a 4 KiB copy each) and leaves them writable. The first write
// to any other page raises SIGSEGV; our handler copies that page's group (4 pages) to a
// shadow area, records it and unprotects it, and the write resumes. Every 32 successful
// execs the hot pages that exec left unchanged are protected again, so the hot set
// follows the program.
// rollback() copies every saved page back and drops pages the memory grew by. Faults and
// mprotect calls are expensive (TLB flushes, more so under virtualisation); a steady
// stream of similar execs mostly needs neither.
//
// Rules: only the thread that armed the snapshot may write to the memory while armed,
// and nothing may write to it while it is not armed (all guest-memory writes happen
// inside guest calls). The kernel must never write into guest memory directly (it
// would get EFAULT on a protected page): copy through a user-space buffer instead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "wasm-rt.h"

namespace mpsbx::rt {

class MemoryImage;

class MemorySnapshot {
 public:
  MemorySnapshot() = default;
  MemorySnapshot(const MemorySnapshot&) = delete;
  MemorySnapshot& operator=(const MemorySnapshot&) = delete;
  ~MemorySnapshot();

  // Starts tracking writes to `mem` on this thread. Returns false if the kernel refused
  // (out of memory for page tables); the memory is then unprotected and not tracked.
  [[nodiscard]] bool arm(wasm_rt_memory_t* mem);

  // Stops tracking on this thread after a successful exec. Pages written stay writable
  // (they are the next exec's hot set); periodically, hot pages that did not change are
  // protected.
  void disarm();

  // Restores the memory to its content and size at arm(); then disarm()s.
  void rollback();

  // The memory was just mapped from `image` (MemoryImage::map) and not written since.
  // Until an exec succeeds, arm() then costs nothing (no pages are protected or saved)
  // and rollback() maps the image again. `image` must outlive the snapshot.
  void start_from_image(const MemoryImage* image) { image_ = image; }

  // Pages (host pages) first written since arm().
  size_t dirty_pages() const { return dirty_.size(); }

  // Called by the SIGSEGV handler: true if `addr` was a tracked page, now saved.
  bool on_write_fault(uintptr_t addr);
  // The snapshot armed on this thread before this one (a host function that runs
  // another session's exec nests them); the handler tries each.
  MemorySnapshot* outer() const { return outer_; }

 private:
  bool protect(size_t first_page, size_t count);
  // Protects the (sorted) pages in [first, last), coalescing runs; clears their flags.
  bool protect_pages(std::vector<uint32_t>::iterator first, std::vector<uint32_t>::iterator last);

  const MemoryImage* image_ = nullptr;  // set while the memory is still the image
  wasm_rt_memory_t* image_mem_ = nullptr;
  MemorySnapshot* outer_ = nullptr;  // snapshot armed on this thread before us (nesting)
  wasm_rt_memory_t* mem_ = nullptr;
  uint8_t* base_ = nullptr;
  uint8_t* shadow_ = nullptr;  // copies of dirty pages, same offsets as the memory
  size_t shadow_bytes_ = 0;
  size_t armed_bytes_ = 0;      // memory size at arm()
  uint32_t armed_pages_ = 0;    // wasm pages at arm()
  size_t protected_bytes_ = 0;  // memory below this offset has been protected before
  std::vector<uint32_t> dirty_;     // pages saved since arm(): eager ones first
  size_t eager_ = 0;                // how many of dirty_ were saved eagerly
  std::vector<uint8_t> is_dirty_;   // per page: saved since arm()
  uint32_t execs_ = 0;              // successful execs, for periodic re-learning
};

// Host page size used for tracking.
size_t host_page_size();

// For benchmarks only: when set, arm() does nothing and rollback is impossible, so the
// cost of snapshots can be measured against their absence. Never set in production.
void set_snapshots_disabled_for_benchmarks(bool disabled);

}  // namespace mpsbx::rt
