#include "sandbox/session_template.h"

#include "runtime/runtime.h"

#include <atomic>
#include <map>
#include <mutex>

// Defined by the guest's translation when its sessions may share one table.
extern "C" const int mpsbx_guest_table_shared;

namespace mpsandbox {
namespace {

// The template's guest runs with the largest memory limit, so that its memory's cap is
// the module's own and every session can apply its smaller one.
constexpr uint64_t kTemplateMemoryBytes = (1ull << 32) - 65536;
}  // namespace

std::unique_ptr<SessionTemplate> SessionTemplate::build(uint64_t heap_bytes) {
  SessionCore core;
  if (core.fs.configure({}, Policy{}.max_open_files)) return nullptr;
  const wasi::FileSystem::FdTable fds_before = core.fs.fds();
  core.limits.heap_bytes = heap_bytes;
  core.limits.memory_bytes = kTemplateMemoryBytes;
  if (start_guest(core)) return nullptr;
  // Start-up must leave no host-side trace, or the template would not be a fresh guest.
  if (core.fs.fds() != fds_before || !core.io.out.empty() || !core.io.err.empty()) return nullptr;
  auto t = std::unique_ptr<SessionTemplate>(new SessionTemplate);
  t->image_ = mpsbx::rt::MemoryImage::capture(core.instance.w2c_memory);
  if (!t->image_) return nullptr;
  t->instance_ = core.instance;
  t->origin_ = &core.instance;
  const wasm_rt_funcref_table_t& table = core.instance.w2c_T0;
  t->table_.assign(table.data, table.data + table.size);
  // Indirect calls no longer read the entries' instance; none is left pointing at `core`.
  for (wasm_rt_funcref_t& e : t->table_) e.module_instance = nullptr;
  t->table_max_ = table.max_size;
  t->module_max_pages_ = core.instance.w2c_memory.max_pages;
  // The copy's pointers belong to `core`, freed on return: only values are kept.
  t->instance_.w2c_memory = {};
  t->instance_.w2c_T0 = {};
  return t;
}

bool SessionTemplate::instantiate(SessionCore& c) const {
  // Sessions share the template's table (below) only over a guest translated for it; the
  // marker is read, so that any other guest cannot link.
  if (!mpsbx_guest_table_shared) return false;
  const uint64_t limit_pages = c.limits.memory_bytes / 65536;
  const uint32_t max_pages = static_cast<uint32_t>(std::min<uint64_t>(module_max_pages_, limit_pages));
  wasm_rt_memory_t memory;
  uint8_t* recycled = nullptr;
  if (image_->pages() <= max_pages) {
    std::lock_guard lock(pool_mu_);
    if (!pool_.empty()) {
      recycled = pool_.back();
      pool_.pop_back();
    }
  }
  if (recycled) {
    memory.data = recycled;
    memory.pages = image_->pages();
    memory.size = static_cast<uint32_t>(image_->bytes());
    memory.max_pages = max_pages;
  } else if (!image_->map(&memory, max_pages)) {
    return false;
  }
  c.instance = instance_;
  c.instance.Z_mpsandbox_instance = &c.host;
  c.instance.Z_wasi_snapshot_preview1_instance = &c.wasi;
  c.instance.w2c_memory = memory;
  // One table for every session: indirect calls pass the caller's instance, and nothing
  // writes the table (tools/build/wasm2c_fixup.py point 9).
  c.instance.w2c_T0 = {const_cast<wasm_rt_funcref_t*>(table_.data()), table_max_,
                       static_cast<uint32_t>(table_.size())};
  c.shares_table = true;
  c.instantiated = true;
  c.origin = this;
  c.snapshot.start_from_image(image_.get());
  return true;
}

void SessionTemplate::recycle(wasm_rt_memory_t& memory) const {
  {
    std::lock_guard lock(pool_mu_);
    if (pool_.size() >= pool_max_) return;
  }
  if (!image_->reset(&memory)) return;
  std::lock_guard lock(pool_mu_);
  if (pool_.size() >= pool_max_) return;
  pool_.push_back(memory.data);
  memory = {};
}

SessionTemplate::~SessionTemplate() {
  for (uint8_t* data : pool_) mpsbx::rt::release_linear_memory(data);
}

const SessionTemplate* TemplateRegistry::get(uint64_t heap_bytes) const {
  std::lock_guard lock(mu_);
  auto it = templates_.find(heap_bytes);
  if (it != templates_.end()) return it->second.get();
  if (templates_.size() >= max_) return nullptr;
  auto t = SessionTemplate::build(heap_bytes);
  if (t) t->pool_max_ = pool_size_;
  return templates_.emplace(heap_bytes, std::move(t)).first->second.get();
}

}  // namespace mpsandbox
