// A copy-on-write image of a guest's linear memory: the memory of a guest that has
// finished starting up, kept in a memfd. A new session maps it MAP_PRIVATE instead of
// instantiating and initialising the guest again: its pages are shared with the image
// until the session writes them (the kernel copies a page on its first write).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "wasm-rt.h"

namespace mpsbx::rt {

// Calls fn(offset) for each host page of [data, data + bytes) that is private to its
// mapping: written since it was mapped (or swapped out). A page still shared with its
// file, or never touched, is not. False if the page map cannot be read.
using PageVisitor = std::function<void(size_t offset)>;
bool for_private_pages(const uint8_t* data, size_t bytes, const PageVisitor& fn);

class MemoryImage {
 public:
  // Copies `mem`'s current content into a new image (all-zero pages stay holes).
  // nullptr if the kernel refuses (no memfd, out of memory).
  static std::unique_ptr<MemoryImage> capture(const wasm_rt_memory_t& mem);
  ~MemoryImage();
  MemoryImage(const MemoryImage&) = delete;
  MemoryImage& operator=(const MemoryImage&) = delete;

  // Sets up `mem` as wasm_rt_allocate_memory would, with room for `max_pages` wasm pages,
  // and maps the image over its start. False if the kernel refused (nothing is left
  // allocated) or the image does not fit in `max_pages`.
  [[nodiscard]] bool map(wasm_rt_memory_t* mem, uint32_t max_pages) const;
  // Maps the image again over the start of `mem` (set up by map()), discarding every
  // change made to those pages since. False if the kernel refused.
  [[nodiscard]] bool remap(wasm_rt_memory_t* mem) const;

  // Makes `mem` (set up by map(), used since) equal to the image again without
  // remapping it, so that its pages stay mapped and private: a later session that
  // writes them takes no copy-on-write fault. The pages written since map() are the
  // private (anonymous) ones in /proc/self/pagemap; each that differs from the image
  // gets the image's bytes back. Pages past the image are dropped (inaccessible, zero).
  // False if the page map cannot be read: `mem` must then be released, not reused.
  [[nodiscard]] bool reset(wasm_rt_memory_t* mem) const;

  // The image, read-only (nullptr if it cannot be mapped).
  const uint8_t* data() const { return view(); }
  // A BLAKE2b-256 digest of the content (computed once): serialized snapshots name the
  // image their pages are relative to. False if it cannot be read.
  bool digest(uint8_t out[32]) const;

  // The 4 KiB units of `mem` (ascending) whose bytes differ from the image (from zero past
  // its end). `mapped`: `mem` was set up by map() and the pages it did not write still
  // share the image, so only its private pages are compared; else every page is. False
  // if the page map cannot be read or the host page is not a multiple of 4 KiB.
  [[nodiscard]] bool diff(const wasm_rt_memory_t& mem, bool mapped, std::vector<uint32_t>* units) const;

  uint32_t pages() const { return pages_; }  // wasm pages
  size_t bytes() const { return size_t{pages_} * 65536; }

 private:
  MemoryImage(int fd, uint32_t pages) : fd_(fd), pages_(pages) {}
  const uint8_t* view() const;  // the image, read-only; nullptr if it cannot be mapped
  int fd_;
  uint32_t pages_;
  mutable std::once_flag view_once_;
  mutable const uint8_t* view_ = nullptr;
  mutable std::once_flag digest_once_;
  mutable bool has_digest_ = false;
  mutable uint8_t digest_[32] = {};
};

}  // namespace mpsbx::rt
