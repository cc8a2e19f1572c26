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
// Bound: set_limit() caps the pages one armed period may save (Limits::rollback_bytes).
// When saving one more would pass it, the saved pages whose content is still unchanged are
// given back first (protected again, their copies released); if that is not enough, a
// write by the guest itself is refused (the handler stops the guest before the write
// happens: kAbortRollback) and a write by host code is let through and recorded
// (over_limit()), so that the session stops the guest at its next check. Host code that
// writes more than a few bytes asks first (prepare_write). Shadow pages no later exec
// needs are released (MADV_DONTNEED) when an exec ends, so the shadow's resident size
// stays within the limit plus kShadowSlackBytes.
//
// Rules: only the thread that armed the snapshot may write to the memory while armed,
// and nothing may write to it while it is not armed (all guest-memory writes happen
// inside guest calls). The kernel must never write into guest memory directly (it
// would get EFAULT on a protected page): copy through a user-space buffer instead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "wasm-rt.h"

namespace mpsbx::rt {

class MemoryImage;
class FrozenMemory;

// A zero-filled byte per page of a memory of up to 4 GiB, mapped lazily: only the parts
// that pages in use index are ever committed (a 256 MiB memory touches 64 KiB of it).
class PageBytes {
 public:
  PageBytes() = default;
  PageBytes(const PageBytes&) = delete;
  PageBytes& operator=(const PageBytes&) = delete;
  ~PageBytes() { reset(0); }
  // Makes `n` zero bytes (false if the kernel refused; then empty).
  bool reset(size_t n);
  uint8_t& operator[](size_t i) { return data_[i]; }
  uint8_t operator[](size_t i) const { return data_[i]; }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

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
  // `reapply`, if set, is called after such a rollback maps the image again, to write
  // what the memory held over the image at the start (a restored session snapshot's pages;
  // the memory past the image is zero again by then). Either way the pages the first exec
  // wrote become the hot set of the next arm(), which saves them instead of protecting
  // them.
  void start_from_image(const MemoryImage* image, std::function<void()> reapply = nullptr) {
    image_ = image;
    reapply_ = std::move(reapply);
    seed_hot_ = image != nullptr;
    touched_known_ = false;  // learnt from the page map at the first arm() after its exec
  }

  // Pages (host pages) first written since arm().
  size_t dirty_pages() const { return dirty_.size(); }

  // Caps the bytes of pages saved between arm() and disarm()/rollback() (rounded down
  // to whole pages, at least one). Takes effect at the next arm().
  void set_limit(uint64_t bytes) { limit_bytes_ = bytes; }

  // Host code (not the guest) is about to write [offset, offset + len) of the memory:
  // saves the tracked pages of that range now, so the write faults on none of them.
  // False if the limit does not leave room for them (nothing is written then, and the
  // caller stops the guest). True when not armed or nothing is tracked.
  [[nodiscard]] bool prepare_write(uint64_t offset, uint64_t len);

  // A write by host code was let through past the limit: the guest must be stopped
  // (and rolled back) at the next check. Cleared by arm().
  bool over_limit() const { return over_limit_; }

  // Pages of the shadow area that hold a copy (resident memory), now.
  size_t shadow_resident_pages() const { return resident_; }

  // Session snapshots sharing pages of this memory (FrozenMemory): each copies a page
  // before it is made writable. False if kMaxFrozen are attached.
  static constexpr size_t kMaxFrozen = 8;
  [[nodiscard]] bool attach(FrozenMemory* frozen);
  void detach(FrozenMemory* frozen);
  size_t attached() const { return nfrozen_; }
  // Between execs, for `pages` (host pages, ascending): 1 where the page is write-protected
  // now (a write to it faults, and so reaches the attached snapshots first), else 0.
  void protected_pages(const std::vector<uint32_t>& pages, std::vector<uint8_t>* out) const;
  // Between execs: how many pages are writable now (the hot set, and the pages the last
  // exec grew the memory by); SIZE_MAX when nothing is protected (image mode, or before
  // the arm() after it).
  size_t writable_pages() const;
  // Between execs, before a session snapshot of `mem`: learns the pages written since the
  // image was mapped if only the page map can tell (touched_pages), and if more than
  // `copy_max` pages are writable, write-protects the whole memory, so that the snapshot
  // shares them instead of copying them (the next exec then saves those it writes, as
  // after any snapshot-free exec that protected them). Does nothing if the kernel refuses.
  void prepare_snapshot(wasm_rt_memory_t* mem, size_t copy_max);
  // The host pages written since the memory was mapped from its image, ascending, as far
  // as execs since have told (every page an exec saved or grew): false if unknown (a
  // memory that was not mapped from an image, or before the first exec after its image
  // exec ended).
  bool touched_pages(const wasm_rt_memory_t& mem, std::vector<uint32_t>* out) const;

  enum class Fault { NotOurs, Saved, OverLimit };
  // Called by the SIGSEGV handler. Saved: `addr` was a tracked page, now saved and
  // writable. OverLimit: it is tracked but the limit leaves no room; only returned when
  // `can_stop` (the write is the guest's own and the handler will stop the guest), else
  // the page is saved anyway and over_limit() set.
  Fault on_write_fault(uintptr_t addr, bool can_stop);
  // The snapshot armed on this thread before this one (a host function that runs
  // another session's exec nests them); the handler tries each.
  MemorySnapshot* outer() const { return outer_; }

 private:
  bool protect(size_t first_page, size_t count);
  // Room for `pages` more saved pages under the limit, after giving back unchanged ones
  // if needed. Async-signal-safe. `busy` is a page not to give back (the faulting one).
  bool make_room(size_t pages, size_t busy);
  // Gives back the saved pages whose content equals their copy (protects them again,
  // releases their copies). Async-signal-safe (sorts dirty_ in place).
  void reclaim_unchanged(size_t busy);
  // Saves page `p` (not saved yet) to the shadow.
  void save_page(size_t p);
  // After an exec: releases the shadow pages the next arm() will not copy into.
  void release_shadow();
  // How many hot pages arm() may copy eagerly.
  size_t eager_limit() const;
  // Protects the (sorted) pages in [first, last), coalescing runs; clears their flags.
  bool protect_pages(std::vector<uint32_t>::iterator first, std::vector<uint32_t>::iterator last);

  // First use with `mem`: the shadow area and page flags. False if the kernel refused.
  bool setup(wasm_rt_memory_t* mem);
  // Reads the private pages of `mem` from the page map into touched_list_.
  bool scan_touched(const wasm_rt_memory_t* mem);
  // Attached snapshots copy host pages [first, last) before they become writable.
  void before_write(size_t first, size_t last);
  void detach_all();  // every attached snapshot copies what it shares
  // Records the pages this exec saved (and, if `grown`, the ones it grew by) as touched.
  void note_touched(bool grown);

  FrozenMemory* frozen_[kMaxFrozen] = {};
  size_t nfrozen_ = 0;
  PageBytes touched_;                 // per page: in touched_list_
  std::vector<uint32_t> touched_list_;
  bool touched_known_ = false;
  const MemoryImage* image_ = nullptr;  // set while the memory is still the image
  std::function<void()> reapply_;       // start_from_image()
  bool seed_hot_ = false;  // the next first arm() takes the memory's private pages as hot
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
  PageBytes is_dirty_;              // per page: saved since arm()
  uint32_t execs_ = 0;              // successful execs since the last re-learning
  uint32_t relearn_every_ = 0;      // execs between re-learnings (kRelearnEvery, doubled while futile)
  std::vector<uint32_t> shed_;      // the pages the last re-learning protected again
  uint64_t limit_bytes_ = UINT64_MAX;  // set_limit()
  size_t limit_pages_ = SIZE_MAX;      // limit_bytes_ in pages, from arm()
  size_t reclaim_mark_ = 0;         // dirty_.size() after the last give-back this exec
  bool armed_ = false;              // between arm() and disarm()/rollback(), tracking
  bool over_limit_ = false;         // see over_limit()
  PageBytes in_shadow_;             // per page: its shadow copy is resident
  size_t resident_ = 0;             // pages set in in_shadow_
  size_t high_ = 0;                 // pages at or past this were never saved
};

// Shadow pages (resident copies) an idle session may keep beyond the ones its next exec
// copies eagerly, before they are released: 1 MiB.
inline constexpr size_t kShadowSlackBytes = 1u << 20;

// Host page size used for tracking.
size_t host_page_size();

// For benchmarks only: when set, arm() does nothing and rollback is impossible, so the
// cost of snapshots can be measured against their absence. Never set in production.
void set_snapshots_disabled_for_benchmarks(bool disabled);

// Write faults that saved a page, in this process so far (tests and benchmarks).
uint64_t saving_faults();

}  // namespace mpsbx::rt
