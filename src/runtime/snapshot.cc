#include "snapshot.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>

#include "memory_image.h"
#include "runtime.h"

namespace mpsbx::rt {
namespace {

// The snapshot armed on this thread. Read by the signal handler: initial-exec TLS is
// async-signal-safe.
thread_local MemorySnapshot* t_armed __attribute__((tls_model("initial-exec"))) = nullptr;

std::atomic<bool> g_disabled{false};

// A fault costs far more than copying a page (signal delivery, mprotect and TLB flushes:
// ~20 us under virtualisation, vs ~0.3 us per 4 KiB copy), so:
// - hot pages are saved eagerly at arm(), up to this many (32 MiB per exec at most);
constexpr size_t kMaxEagerPages = 8192;
// - a fault saves and unprotects its whole aligned group of pages at once;
constexpr size_t kFaultGroupPages = 4;
// - every this many execs, the hot pages an exec left unchanged are protected again,
//   so that the hot set forgets pages the program no longer writes.
constexpr uint32_t kRelearnEvery = 32;

struct sigaction g_previous_segv;
struct sigaction g_previous_bus;

void chain(int sig, siginfo_t* info, void* uctx, const struct sigaction& prev) {
  if (prev.sa_flags & SA_SIGINFO) {
    if (prev.sa_sigaction) prev.sa_sigaction(sig, info, uctx);
    return;
  }
  if (prev.sa_handler == SIG_IGN) return;
  if (prev.sa_handler == SIG_DFL || prev.sa_handler == nullptr) {
    // Not ours: restore the default action; returning re-executes the faulting
    // instruction, which now terminates the process as it would have without us.
    signal(sig, SIG_DFL);
    return;
  }
  prev.sa_handler(sig);
}

void on_fault(int sig, siginfo_t* info, void* uctx) {
  const auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  for (MemorySnapshot* s = t_armed; s != nullptr; s = s->outer())
    if (s->on_write_fault(addr)) return;
  trap_if_guest_fault(addr, uctx);  // does not return if it was a guest access
  chain(sig, info, uctx, sig == SIGSEGV ? g_previous_segv : g_previous_bus);
}

}  // namespace

void install_fault_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa {};
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &g_previous_segv);
    sigaction(SIGBUS, &sa, &g_previous_bus);
  });
}

void set_snapshots_disabled_for_benchmarks(bool disabled) { g_disabled = disabled; }

size_t host_page_size() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

MemorySnapshot::~MemorySnapshot() {
  if (t_armed == this) t_armed = outer_;
  if (shadow_) munmap(shadow_, shadow_bytes_);
}

bool MemorySnapshot::protect(size_t first_page, size_t count) {
  const size_t ps = host_page_size();
  return count == 0 || mprotect(base_ + first_page * ps, count * ps, PROT_READ) == 0;
}

bool MemorySnapshot::arm(wasm_rt_memory_t* mem) {
  if (g_disabled.load(std::memory_order_relaxed)) return true;
  if (image_) {  // the image itself is the snapshot: nothing to protect or save
    image_mem_ = mem;
    armed_bytes_ = mem->size;
    armed_pages_ = mem->pages;
    outer_ = t_armed;
    t_armed = this;
    return true;
  }
  install_fault_handler();
  const size_t ps = host_page_size();
  if (mem_ != mem || base_ != mem->data) {  // first use with this memory
    mem_ = mem;
    base_ = mem->data;
    protected_bytes_ = 0;
    dirty_.clear();
    const size_t max_bytes = size_t{mem->max_pages} * 65536;
    if (shadow_) munmap(shadow_, shadow_bytes_);
    shadow_bytes_ = max_bytes ? max_bytes : ps;
    void* p = mmap(nullptr, shadow_bytes_, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
      shadow_ = nullptr;
      return false;
    }
    shadow_ = static_cast<uint8_t*>(p);
    is_dirty_.assign(shadow_bytes_ / ps, 0);
  }
  // The pages written by the previous exec are writable: save them now (cheap) instead
  // of protecting them (a syscall now and a fault later). Too many: protect them.
  const size_t size = mem->size;
  bool ok = true;
  std::sort(dirty_.begin(), dirty_.end());
  if (dirty_.size() <= kMaxEagerPages) {
    for (uint32_t page : dirty_) {
      std::memcpy(shadow_ + page * ps, base_ + page * ps, ps);
      is_dirty_[page] = 1;
    }
    eager_ = dirty_.size();
  } else {
    ok &= protect_pages(dirty_.begin(), dirty_.end());
    dirty_.clear();
    eager_ = 0;
  }
  // Pages the memory grew by since it was last protected.
  if (size > protected_bytes_) ok &= protect(protected_bytes_ / ps, (size - protected_bytes_) / ps);
  protected_bytes_ = size;
  if (!ok) {
    mprotect(base_, size, PROT_READ | PROT_WRITE);
    for (uint32_t page : dirty_) is_dirty_[page] = 0;
    dirty_.clear();
    protected_bytes_ = 0;
    return false;
  }
  armed_bytes_ = size;
  armed_pages_ = mem->pages;
  // Every page that can fault fits: the handler never allocates.
  dirty_.reserve(size / ps);
  outer_ = t_armed;
  t_armed = this;
  return true;
}

bool MemorySnapshot::protect_pages(std::vector<uint32_t>::iterator first,
                                   std::vector<uint32_t>::iterator last) {
  bool ok = true;
  size_t run_start = 0, run_len = 0;
  for (auto it = first; it != last; ++it) {
    const uint32_t page = *it;
    is_dirty_[page] = 0;
    if (run_len && page == run_start + run_len) {
      ++run_len;
      continue;
    }
    ok &= protect(run_start, run_len);
    run_start = page;
    run_len = 1;
  }
  return ok & protect(run_start, run_len);
}

void MemorySnapshot::disarm() {
  if (t_armed == this) t_armed = outer_;
  outer_ = nullptr;
  if (image_) {  // the memory has changed: the next arm() protects it as usual
    image_ = nullptr;
    return;
  }
  for (uint32_t page : dirty_) is_dirty_[page] = 0;
  // Every page saved this exec stays writable and hot. Periodically, the hot pages that
  // this exec left unchanged (equal to their saved copy) are protected again, so that
  // the hot set sheds pages the program no longer writes (and the neighbours a fault
  // group brought in) while the pages it does write never fault again.
  if (++execs_ % kRelearnEvery == 0) {
    const size_t ps = host_page_size();
    auto unchanged = [&](uint32_t page) {
      return std::memcmp(shadow_ + page * ps, base_ + page * ps, ps) == 0;
    };
    auto cold = std::stable_partition(dirty_.begin(), dirty_.begin() + eager_,
                                      [&](uint32_t page) { return !unchanged(page); });
    std::vector<uint32_t> shed(cold, dirty_.begin() + eager_);
    dirty_.erase(cold, dirty_.begin() + eager_);
    std::sort(shed.begin(), shed.end());
    protect_pages(shed.begin(), shed.end());
  }
  eager_ = 0;
}

bool MemorySnapshot::on_write_fault(uintptr_t addr) {
  if (image_) return false;  // nothing protected
  const uintptr_t base = reinterpret_cast<uintptr_t>(base_);
  if (addr < base || addr >= base + armed_bytes_) return false;
  const size_t ps = host_page_size();
  const size_t page = (addr - base) / ps;
  if (is_dirty_[page]) return false;  // already writable: a real fault, not ours
  // Runs in a signal handler: plain memory copies and mprotect only. dirty_ was reserved
  // for every trackable page at arm(), so push_back never allocates. The whole group is
  // saved and unprotected at once: neighbouring pages are usually written next.
  const size_t first = page - page % kFaultGroupPages;
  const size_t last = std::min(first + kFaultGroupPages, armed_bytes_ / ps);
  for (size_t p = first; p < last; ++p) {
    if (is_dirty_[p]) continue;
    std::memcpy(shadow_ + p * ps, base_ + p * ps, ps);
    is_dirty_[p] = 1;
    dirty_.push_back(static_cast<uint32_t>(p));
  }
  return mprotect(base_ + first * ps, (last - first) * ps, PROT_READ | PROT_WRITE) == 0;
}

void MemorySnapshot::rollback() {
  if (t_armed == this) t_armed = outer_;
  outer_ = nullptr;
  if (image_) {
    wasm_rt_memory_t* mem = image_mem_;
    if (mem->size > armed_bytes_) {  // pages it grew by: inaccessible and zero again
      mprotect(mem->data + armed_bytes_, mem->size - armed_bytes_, PROT_NONE);
      madvise(mem->data + armed_bytes_, mem->size - armed_bytes_, MADV_DONTNEED);
    }
    mem->pages = armed_pages_;
    mem->size = static_cast<uint32_t>(armed_bytes_);
    if (!image_->remap(mem)) {
      // Out of kernel memory: the old content cannot be brought back. Leave no memory
      // at all, so that every later guest access traps instead of running on it.
      mprotect(mem->data, armed_bytes_, PROT_NONE);
      mem->pages = mem->size = 0;
    }
    return;
  }
  const size_t ps = host_page_size();
  for (uint32_t page : dirty_) {
    std::memcpy(base_ + page * ps, shadow_ + page * ps, ps);
    is_dirty_[page] = 0;
  }
  eager_ = 0;
  // Pages the memory grew by go back to inaccessible and zero.
  if (mem_->size > armed_bytes_) {
    uint8_t* from = base_ + armed_bytes_;
    size_t len = mem_->size - armed_bytes_;
    mprotect(from, len, PROT_NONE);
    madvise(from, len, MADV_DONTNEED);
    if (protected_bytes_ > armed_bytes_) protected_bytes_ = armed_bytes_;
  }
  mem_->pages = armed_pages_;
  mem_->size = static_cast<uint32_t>(armed_bytes_);
}

}  // namespace mpsbx::rt
