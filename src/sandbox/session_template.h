// Session templates: a new session maps a copy-on-write image of a guest that has
// already started, instead of instantiating and initialising the guest (instantiate,
// data segments, C start-up, mp_init: about a millisecond) again.
//
// A template is policy-independent: the guest's view of "/" is the same in every session
// (the Policy's mounts are host-side state), and start-up does not read clocks or
// randomness. It depends on Limits::heap_bytes (the heap is allocated at start-up), so
// there is one template per heap size, built by the first session that needs it; a
// session whose memory_bytes cannot hold the image starts normally.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "runtime/memory_image.h"
#include "mpsandbox/session.h"
#include "sandbox/session_core.h"

namespace mpsandbox {

// Instantiates and starts the guest in `core` (limits already set). An error message
// if it could not start. Defined in session.cc.
std::optional<std::string> start_guest(SessionCore& core);
// A SessionCore with these limits and policy set (validated) and its filesystem
// configured, guest not yet instantiated. Defined in session.cc.
Result<std::unique_ptr<SessionCore>> prepare_core(const Limits& limits, const Policy& policy);

class SessionTemplate {
 public:
  // Starts a guest with a `heap_bytes` heap and captures it. nullptr if it could not.
  static std::unique_ptr<SessionTemplate> build(uint64_t heap_bytes);
  // Makes `core` (policy and limits set, guest not yet instantiated) a copy of the
  // template. False, with `core` untouched, if its memory_bytes cannot hold the image or
  // the kernel refused a mapping.
  [[nodiscard]] bool instantiate(SessionCore& core) const;
  // Takes the memory of an ending session made from this template: reset to the image
  // (MemoryImage::reset) and kept for the next session, whose pages are then already
  // mapped and private, so that its first exec takes no copy-on-write faults. Leaves
  // `memory` empty if it was taken; untouched (to be freed) if the pool is full or the
  // memory could not be reset.
  void recycle(wasm_rt_memory_t& memory) const;
  // The started guest's memory, which a snapshot's pages are relative to.
  const mpsbx::rt::MemoryImage& image() const { return *image_; }
  // Releases the pooled memories (an Engine's templates end with its last session).
  ~SessionTemplate();

 private:
  friend class TemplateRegistry;
  size_t pool_max_ = 0;                // memories kept by recycle()
  std::unique_ptr<mpsbx::rt::MemoryImage> image_;
  Z_guest_instance_t instance_{};      // globals after start-up
  const void* origin_ = nullptr;       // the instance its table entries referred to
  std::vector<wasm_rt_funcref_t> table_;
  uint32_t table_max_ = 0;
  uint32_t module_max_pages_ = 0;      // the module's own cap on linear memory
  mutable std::mutex pool_mu_;
  mutable std::vector<uint8_t*> pool_;  // recycled memories, equal to the image
};

// An Engine's templates, one per heap size, built on first use (EngineConfig).
class TemplateRegistry {
 public:
  TemplateRegistry(size_t max_templates, size_t pool_size) : max_(max_templates), pool_size_(pool_size) {}
  // The template for `heap_bytes`; nullptr if there is none (it could not be built, or
  // max_templates heap sizes have one). Thread-safe.
  const SessionTemplate* get(uint64_t heap_bytes) const;

 private:
  const size_t max_;
  const size_t pool_size_;
  mutable std::mutex mu_;
  mutable std::map<uint64_t, std::unique_ptr<SessionTemplate>> templates_;  // nullptr: failed
};

// What an Engine shares with its copies and keeps alive for its sessions.
struct EngineState {
  EngineConfig config;
  TemplateRegistry templates;
  explicit EngineState(const EngineConfig& c) : config(c), templates(c.max_templates, c.template_pool_size) {}
};

}  // namespace mpsandbox
