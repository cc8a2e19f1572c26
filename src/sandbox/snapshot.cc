// Snapshots: Session::snapshot() and fork(), Engine::restore() and load_snapshot(), and
// Snapshot's accessors. A snapshot's memory is what differs from the session template's
// image (MemoryImage::diff); a restore maps the template and writes those pages back.
#include <sys/mman.h>

#include <cstring>

#include "mpsandbox/session.h"
#include "mpsandbox_abi.h"
#include "runtime/runtime.h"
#include "sandbox/session_core.h"
#include "sandbox/session_template.h"
#include "sandbox/snapshot_state.h"

namespace mpsandbox {
namespace {

// Hot pages a snapshot copies rather than protects: copying one costs about 0.3 us, a
// protection fault on it in the next exec tens of microseconds.
constexpr size_t kCopyHotPages = 64;

const SessionTemplate* template_for(const SessionCore& c) {
  if (c.origin) return c.origin;
  return c.engine ? c.engine->templates.get(c.limits.heap_bytes) : nullptr;
}

Result<std::shared_ptr<const SnapshotState>> capture(SessionCore& c) {
  const SessionTemplate* base = template_for(c);
  if (!base)
    return Failure{"snapshots need a session template for heap_bytes " + std::to_string(c.limits.heap_bytes) +
                       " and none could be made (EngineConfig::max_templates reached?)",
                   FailureCode::OutOfResources};
  auto s = std::make_shared<SnapshotState>();
  const wasm_rt_memory_t& mem = c.instance.w2c_memory;
  const size_t ps = mpsbx::rt::host_page_size();
  // The units that may differ from the template's image: the pages the session wrote, as
  // its rollback snapshot tracked them; else those the page map says differ (a session
  // that started the guest itself is compared in full).
  std::vector<uint32_t> units;
  std::vector<uint8_t> is_protected;
  if (!c.frozen.empty()) c.prune_frozen();
  const bool can_share = ps == mpsbx::rt::FrozenMemory::kUnit && c.snapshot.attached() < mpsbx::rt::MemorySnapshot::kMaxFrozen;
  // The pages the session writes without a fault are copied while they are few; past that
  // the whole memory is protected and shared, so a snapshot never copies a heap.
  if (can_share) c.snapshot.prepare_snapshot(&c.instance.w2c_memory, kCopyHotPages);
  const bool tracked = ps == mpsbx::rt::FrozenMemory::kUnit && c.snapshot.touched_pages(mem, &units);
  if (!tracked && !base->image().diff(mem, c.origin == base, &units))
    return Failure{"cannot read the session's page map (/proc/self/pagemap)", FailureCode::OutOfResources};
  // Pages the session cannot write without a fault are shared, not copied: the fault
  // handler copies each into the snapshot before its first write (FrozenMemory).
  if (can_share) c.snapshot.protected_pages(units, &is_protected);
  std::shared_ptr<mpsbx::rt::FrozenMemory> frozen = mpsbx::rt::FrozenMemory::make(std::move(units));
  if (!frozen) return Failure{"out of memory taking a snapshot", FailureCode::OutOfResources};
  const std::vector<uint32_t>& held = frozen->units();
  for (size_t i = 0; i < held.size(); ++i) {
    if (can_share && is_protected[i])
      frozen->share(i, mem.data);
    else
      frozen->copy(i, mem.data + size_t{held[i]} * kSnapshotPageBytes);
  }
  if (frozen->shared() > 0) {
    if (!c.snapshot.attach(frozen.get())) frozen->detach();  // cannot happen: checked above
    else c.frozen.push_back(frozen);
  }
  s->memory = std::move(frozen);
  s->memory_pages = mem.pages;
  s->stack_pointer = c.instance.w2c___stack_pointer;
  s->limits = c.limits;
  s->policy = c.policy;
  s->det = c.det;
  for (const auto& entry : c.functions) s->function_names.push_back(entry.first);
  s->fs = c.fs.image();
  s->base = base;
  s->engine = c.engine;
  if (c.engine) s->key = c.engine->config.snapshot_key;
  return std::shared_ptr<const SnapshotState>(std::move(s));
}

Result<std::unique_ptr<SessionCore>> restore_core(const std::shared_ptr<const EngineState>& engine,
                                                  const std::shared_ptr<const SnapshotState>& shared,
                                                  const RestoreOptions& options) {
  const SnapshotState& s = *shared;
  const Limits limits = options.limits.value_or(s.limits);
  if (limits.heap_bytes != s.limits.heap_bytes)
    return snapshot_rejected("its heap_bytes is " + std::to_string(s.limits.heap_bytes) + "; the limits say " +
                    std::to_string(limits.heap_bytes));
  if (limits.memory_bytes < uint64_t{s.memory_pages} * 65536)
    return snapshot_rejected("its memory is " + std::to_string(uint64_t{s.memory_pages} * 65536) +
                    " bytes, over the limits' memory_bytes " + std::to_string(limits.memory_bytes));
  const Policy& policy = options.policy ? *options.policy : s.policy;
  if (!options.policy)
    for (const Mount& m : s.policy.mounts)
      if (m.kind != Mount::Kind::Scratch && m.host_path.empty())
        return snapshot_rejected("it had a host directory mounted at \"" + m.guest_path +
                        "\": restoring it needs a Policy that grants one there");
  auto prepared = prepare_core(limits, policy);
  if (!prepared) {
    // The snapshot's own limits or policy (from bytes) may be what is invalid.
    const bool own = !options.limits || !options.policy;
    return own ? snapshot_rejected(prepared.failure().message) : prepared.failure();
  }
  std::unique_ptr<SessionCore> core = std::move(prepared.value());
  if (auto err = core->fs.restore_image(s.fs)) return snapshot_rejected(*err);

  // The memory: the template's image, then the snapshot's pages over it.
  const SessionTemplate* base = s.base;
  core->engine = s.base ? s.engine : engine;
  if (!base) {
    base = engine->templates.get(s.limits.heap_bytes);
    if (!base)
      return Failure{"no session template for heap_bytes " + std::to_string(s.limits.heap_bytes) +
                         " could be made (EngineConfig::max_templates reached?)",
                     FailureCode::OutOfResources};
    uint8_t digest[32];
    if (!base->image().digest(digest)) return Failure{"cannot read the session template", FailureCode::OutOfResources};
    if (std::memcmp(digest, s.image_digest.data(), 32) != 0)
      return snapshot_rejected("its session template differs from this engine's for heap_bytes " +
                      std::to_string(s.limits.heap_bytes));
  }
  if (s.memory_pages < base->image().pages())
    return snapshot_rejected("its memory is smaller than the session template's");
  if (!base->instantiate(*core))
    return Failure{"cannot map the session template (out of kernel memory?)", FailureCode::OutOfResources};
  wasm_rt_memory_t& mem = core->instance.w2c_memory;
  if (s.memory_pages > mem.pages) {
    if (s.memory_pages > mem.max_pages) return snapshot_rejected("its memory does not fit the module's");
    if (mprotect(mem.data + size_t{mem.pages} * 65536, size_t{s.memory_pages - mem.pages} * 65536,
                 PROT_READ | PROT_WRITE) != 0)
      return Failure{"cannot grow the session's memory", FailureCode::OutOfResources};
    mem.pages = s.memory_pages;
    mem.size = static_cast<uint32_t>(uint64_t{s.memory_pages} * 65536);
  }
  // Until an exec succeeds, a rollback maps the image again and writes these pages back:
  // the first exec runs unprotected, as a new session's does.
  auto write_pages = [state = shared, memory = &mem] {
    const std::vector<uint32_t>& units = state->memory->units();
    for (size_t i = 0; i < units.size(); ++i)  // decode_snapshot checked each is within memory_pages
      state->memory->read(i, memory->data + size_t{units[i]} * kSnapshotPageBytes);
  };
  write_pages();
  core->snapshot.start_from_image(&base->image(), write_pages);
  core->instance.w2c___stack_pointer = s.stack_pointer;
  if (policy.deterministic && s.policy.deterministic) core->det = s.det;
  return core;
}

}  // namespace

Result<Snapshot> Session::snapshot() const {
  if (!core_) return moved_from_failure();
  SessionCore& c = *core_;
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();
  auto s = capture(c);
  if (!s) return s.failure();
  return Snapshot(std::move(s.value()));
}

Result<Session> Session::fork() const {
  if (!core_) return moved_from_failure();
  SessionCore& c = *core_;
  BusyGuard guard(c.busy);
  if (!guard.acquired()) return busy_failure();
  auto s = capture(c);
  if (!s) return s.failure();
  auto core = restore_core(c.engine, s.value(), RestoreOptions{});
  if (!core) return core.failure();
  core.value()->functions = c.functions;
  core.value()->reseed_pending = !c.policy.deterministic;
  return Session(std::move(core.value()));
}

Result<Session> Engine::restore(const Snapshot& snapshot, const RestoreOptions& options) const {
  if (!snapshot.valid()) return Failure{"empty Snapshot", FailureCode::InvalidArgument};
  auto core = restore_core(state_, snapshot.state_, options);
  if (!core) return core.failure();
  core.value()->reseed_pending = !core.value()->policy.deterministic;
  return Session(std::move(core.value()));
}

Result<Snapshot> Engine::load_snapshot(std::string_view bytes) const {
  auto s = decode_snapshot(bytes, state_->config.snapshot_key, state_->config.max_snapshot_bytes);
  if (!s) return s.failure();
  s.value()->key = state_->config.snapshot_key;  // serialize() signs with this Engine's key
  return Snapshot(std::shared_ptr<const SnapshotState>(std::move(s.value())));
}

Result<std::string> Snapshot::serialize() const {
  if (!state_) return Failure{"empty Snapshot", FailureCode::InvalidArgument};
  const SnapshotState& s = *state_;
  // Its pages are relative to the template's image: the loader checks it has the same.
  std::array<uint8_t, 32> digest = s.image_digest;
  if (s.base && !s.base->image().digest(digest.data()))
    return Failure{"cannot read the session template", FailureCode::OutOfResources};
  std::string out;
  try {
    out = s.base ? encode_snapshot(s, s.key, digest, s.base->image().data(), s.base->image().bytes())
                 : encode_snapshot(s, s.key, digest);
  } catch (const std::bad_alloc&) {
    return Failure{"out of memory serializing a snapshot", FailureCode::OutOfResources};
  }
  if (out.empty()) return Failure{"cannot compress the snapshot", FailureCode::OutOfResources};
  return out;
}

const std::vector<std::string>& Snapshot::function_names() const {
  static const std::vector<std::string> kNone;
  return state_ ? state_->function_names : kNone;
}
const Limits& Snapshot::limits() const {
  static const Limits kDefaults{};
  return state_ ? state_->limits : kDefaults;
}
const Policy& Snapshot::policy() const {
  static const Policy kDefaults{};
  return state_ ? state_->policy : kDefaults;
}
uint64_t Snapshot::shared_bytes() const { return state_ ? state_->memory->shared() * kSnapshotPageBytes : 0; }
uint64_t Snapshot::memory_bytes() const {
  return state_ ? state_->memory->units().size() * kSnapshotPageBytes : 0;
}

}  // namespace mpsandbox
