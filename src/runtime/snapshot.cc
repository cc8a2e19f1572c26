#include "snapshot.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>

#include "frozen_memory.h"
#include "memory_image.h"
#include "runtime.h"

namespace mpsbx::rt {
namespace {

// The snapshot armed on this thread. Read by the signal handler: initial-exec TLS is
// async-signal-safe.
thread_local MemorySnapshot* t_armed __attribute__((tls_model("initial-exec"))) = nullptr;

std::atomic<bool> g_disabled{false};
std::atomic<uint64_t> g_saving_faults{0};

// A fault costs far more than copying a page (signal delivery, mprotect and TLB flushes:
// ~20 us under virtualisation, vs ~0.3 us per 4 KiB copy), so:
// - hot pages are saved eagerly at arm(), up to this many (32 MiB per exec at most);
constexpr size_t kMaxEagerPages = 8192;
// - a fault saves and unprotects its whole aligned group of pages at once;
constexpr size_t kFaultGroupPages = 4;
// - after an exec that ran unprotected (a new session's first), the pages it wrote become
//   the hot set while they are at most this many; a first exec that wrote more (loaded a
//   large data set, say) leaves them protected, so small execs after it copy little;
constexpr size_t kMaxSeedPages = 256;
// - every this many execs, the hot pages an exec left unchanged are protected again,
//   so that the hot set forgets pages the program no longer writes. When every page shed
//   so came back (the program writes them, just not at every exec), the interval doubles,
//   up to kRelearnMax: a steady program stops paying the faults and mprotects (TLB
//   flushes on every CPU the process runs on) of a re-learning that teaches nothing.
constexpr uint32_t kRelearnEvery = 32;
constexpr uint32_t kRelearnMax = 4096;

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
  MemorySnapshot* const innermost = t_armed;
  for (MemorySnapshot* s = innermost; s != nullptr; s = s->outer()) {
    // Only the innermost call's own write may be refused: unwinding it from here skips
    // no host frame (runtime.h). A host import's write is let through (over_limit()).
    const bool can_stop = s == innermost && fault_in_guest_code(uctx);
    switch (s->on_write_fault(addr, can_stop)) {
      case MemorySnapshot::Fault::Saved:
        g_saving_faults.fetch_add(1, std::memory_order_relaxed);
        return;
      case MemorySnapshot::Fault::OverLimit: abort_guest(kAbortRollback);  // before the write
      case MemorySnapshot::Fault::NotOurs: break;
    }
  }
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

uint64_t saving_faults() { return g_saving_faults.load(std::memory_order_relaxed); }

size_t host_page_size() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

bool PageBytes::reset(size_t n) {
  if (data_) munmap(data_, size_);
  data_ = nullptr;
  size_ = 0;
  if (n == 0) return true;
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  data_ = static_cast<uint8_t*>(p);
  size_ = n;
  return true;
}

MemorySnapshot::~MemorySnapshot() {
  if (t_armed == this) t_armed = outer_;
  if (shadow_) munmap(shadow_, shadow_bytes_);
}

bool MemorySnapshot::protect(size_t first_page, size_t count) {
  const size_t ps = host_page_size();
  return count == 0 || mprotect(base_ + first_page * ps, count * ps, PROT_READ) == 0;
}

size_t MemorySnapshot::eager_limit() const { return std::min(kMaxEagerPages, limit_pages_ / 2); }

void MemorySnapshot::save_page(size_t p) {
  const size_t ps = host_page_size();
  std::memcpy(shadow_ + p * ps, base_ + p * ps, ps);
  is_dirty_[p] = 1;
  dirty_.push_back(static_cast<uint32_t>(p));
  high_ = std::max(high_, p + 1);
  if (!in_shadow_[p]) {
    in_shadow_[p] = 1;
    ++resident_;
  }
}

bool MemorySnapshot::setup(wasm_rt_memory_t* mem) {
  const size_t ps = host_page_size();
  mem_ = mem;
  base_ = mem->data;
  protected_bytes_ = 0;
  dirty_.clear();
  shed_.clear();
  const size_t max_bytes = size_t{mem->max_pages} * 65536;
  if (shadow_) munmap(shadow_, shadow_bytes_);
  shadow_bytes_ = max_bytes ? max_bytes : ps;
  void* p = mmap(nullptr, shadow_bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    shadow_ = nullptr;
    mem_ = nullptr;
    return false;
  }
  shadow_ = static_cast<uint8_t*>(p);
  resident_ = high_ = 0;
  if (!is_dirty_.reset(shadow_bytes_ / ps) || !in_shadow_.reset(shadow_bytes_ / ps)) {
    munmap(shadow_, shadow_bytes_);
    shadow_ = nullptr;
    mem_ = nullptr;
    return false;
  }
  return true;
}

bool MemorySnapshot::scan_touched(const wasm_rt_memory_t* mem) {
  const size_t ps = host_page_size();
  touched_known_ = false;
  touched_list_.clear();
  if (!touched_.reset(std::max<size_t>(size_t{mem->max_pages} * 65536 / ps, 1))) return false;
  const bool read = for_private_pages(mem->data, mem->size, [&](size_t off) {
    touched_[off / ps] = 1;
    touched_list_.push_back(static_cast<uint32_t>(off / ps));
  });
  touched_known_ = read;
  return read;
}

void MemorySnapshot::prepare_snapshot(wasm_rt_memory_t* mem, size_t copy_max) {
  if (armed_ || g_disabled.load(std::memory_order_relaxed)) return;
  const bool set_up = mem_ == mem && base_ == mem->data;
  const bool unprotected = image_ || seed_hot_ || !set_up;
  // After an exec that ran unprotected, only the page map knows what it wrote.
  if ((image_ || seed_hot_) && !touched_known_ && !scan_touched(mem)) return;
  const size_t writable = unprotected ? (touched_known_ ? touched_list_.size() : SIZE_MAX) : writable_pages();
  if (writable <= copy_max) return;
  // Many pages: protect the whole memory, so that the snapshot shares them all; the next
  // exec saves the ones it writes, as any exec saves a protected page.
  install_fault_handler();
  if (!set_up && !setup(mem)) return;
  if (mprotect(base_, mem->size, PROT_READ) != 0) return;
  image_ = nullptr;
  reapply_ = nullptr;
  seed_hot_ = false;
  dirty_.clear();  // their is_dirty_ flags are clear between execs
  shed_.clear();
  eager_ = 0;
  protected_bytes_ = mem->size;
}

bool MemorySnapshot::arm(wasm_rt_memory_t* mem) {
  over_limit_ = false;
  if (g_disabled.load(std::memory_order_relaxed)) return true;
  {
    const uint64_t pages = limit_bytes_ / host_page_size();
    limit_pages_ = pages == 0 ? 1 : pages > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(pages);
  }
  reclaim_mark_ = 0;
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
  bool seeded = false;
  if ((mem_ != mem || base_ != mem->data) && !setup(mem)) return false;  // first use with this memory
  const size_t size = mem->size;
  if (seed_hot_) {
    // The memory was mapped from an image and one exec ran on it unprotected: the pages
    // it wrote are private in the page map, and likely written again. Taking them as the
    // hot set spares the next exec a fault (about 20 us) for each.
    seed_hot_ = false;
    // They are also what may differ from the image (snapshots diff only these).
    if (protected_bytes_ == 0 && scan_touched(mem) && touched_list_.size() <= std::min(kMaxSeedPages, eager_limit())) {
      dirty_ = touched_list_;
      seeded = true;
    }
  }
  // The pages written by the previous exec are writable: save them now (cheap) instead
  // of protecting them (a syscall now and a fault later). Too many: protect them.
  bool ok = true;
  std::sort(dirty_.begin(), dirty_.end());
  if (dirty_.size() <= eager_limit()) {
    for (uint32_t page : dirty_) {
      std::memcpy(shadow_ + page * ps, base_ + page * ps, ps);
      is_dirty_[page] = 1;
      if (!in_shadow_[page]) {
        in_shadow_[page] = 1;
        ++resident_;
      }
    }
    eager_ = dirty_.size();
  } else {
    ok &= protect_pages(dirty_.begin(), dirty_.end());
    dirty_.clear();
    eager_ = 0;
  }
  if (seeded) {  // everything but the hot pages (dirty_ is sorted)
    size_t from = 0;
    for (uint32_t page : dirty_) {
      ok &= protect(from, page - from);
      from = page + 1;
    }
    ok &= protect(from, size / ps - from);
    protected_bytes_ = size;
  }
  // Pages the memory grew by since it was last protected.
  if (size > protected_bytes_) ok &= protect(protected_bytes_ / ps, (size - protected_bytes_) / ps);
  protected_bytes_ = size;
  if (!ok) {
    detach_all();  // the pages they share are about to be writable without a fault
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
  armed_ = true;
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
    reapply_ = nullptr;
    touched_known_ = false;  // what it wrote is in the page map: the next arm() reads it
    return;
  }
  if (!armed_) return;
  armed_ = false;
  note_touched(true);
  if (relearn_every_ == 0) relearn_every_ = kRelearnEvery;
  const bool relearn = ++execs_ >= relearn_every_;
  if (relearn) {
    // Saved this exec: hot again since the last re-learning shed it.
    size_t back = 0;
    for (uint32_t page : shed_) back += is_dirty_[page] != 0;
    if (!shed_.empty() && back == shed_.size()) relearn_every_ = std::min(relearn_every_ * 2, kRelearnMax);
    else if (back * 2 < shed_.size()) relearn_every_ = kRelearnEvery;
    execs_ = 0;
  }
  for (uint32_t page : dirty_) is_dirty_[page] = 0;
  // Every page saved this exec stays writable and hot. Periodically, the hot pages that
  // this exec left unchanged (equal to their saved copy) are protected again, so that
  // the hot set sheds pages the program no longer writes (and the neighbours a fault
  // group brought in) while the pages it does write never fault again.
  if (relearn) {
    const size_t ps = host_page_size();
    auto unchanged = [&](uint32_t page) {
      return std::memcmp(shadow_ + page * ps, base_ + page * ps, ps) == 0;
    };
    auto cold = std::stable_partition(dirty_.begin(), dirty_.begin() + eager_,
                                      [&](uint32_t page) { return !unchanged(page); });
    shed_.assign(cold, dirty_.begin() + eager_);
    dirty_.erase(cold, dirty_.begin() + eager_);
    std::sort(shed_.begin(), shed_.end());
    protect_pages(shed_.begin(), shed_.end());
  }
  eager_ = 0;
  release_shadow();
}

void MemorySnapshot::release_shadow() {
  const size_t ps = host_page_size();
  // The next arm() copies the hot pages (dirty_) into the shadow again if they are few
  // enough; every other resident copy is dead weight.
  const bool eager_next = dirty_.size() <= eager_limit();
  const size_t keep = eager_next ? dirty_.size() : 0;
  if (resident_ <= keep + kShadowSlackBytes / ps) return;
  if (eager_next)
    for (uint32_t page : dirty_) in_shadow_[page] |= 2;
  const size_t n = high_;
  for (size_t p = 0; p < n;) {
    if (in_shadow_[p] != 1) {
      in_shadow_[p] &= 1;
      ++p;
      continue;
    }
    size_t q = p;
    while (q < n && in_shadow_[q] == 1) in_shadow_[q++] = 0;
    madvise(shadow_ + p * ps, (q - p) * ps, MADV_DONTNEED);
    resident_ -= q - p;
    p = q;
  }
}

bool MemorySnapshot::make_room(size_t pages, size_t busy) {
  if (dirty_.size() + pages <= limit_pages_) return true;
  // Give back unchanged pages (eager copies and group neighbours the exec did not write),
  // at most once per eighth of the limit saved since the last time: each pass compares
  // every saved page, so this keeps the cost linear in the pages saved.
  if (dirty_.size() >= reclaim_mark_ + std::max<size_t>(limit_pages_ / 8, 1)) {
    reclaim_unchanged(busy);
    reclaim_mark_ = dirty_.size();
  }
  return dirty_.size() + pages <= limit_pages_;
}

void MemorySnapshot::reclaim_unchanged(size_t busy) {
  const size_t ps = host_page_size();
  std::sort(dirty_.begin(), dirty_.end());  // in place: no allocation in the handler
  eager_ = 0;                               // the eager pages are no longer first
  auto keep = dirty_.begin();
  size_t run_start = 0, run_len = 0;
  // Protects a run of given-back pages and releases their copies; if the kernel refuses,
  // they stay writable and so stay saved (written back where the kept entries end, which
  // never passes the entry being read).
  auto flush = [&] {
    if (run_len == 0) return;
    if (mprotect(base_ + run_start * ps, run_len * ps, PROT_READ) == 0) {
      madvise(shadow_ + run_start * ps, run_len * ps, MADV_DONTNEED);
      for (size_t p = run_start; p < run_start + run_len; ++p) is_dirty_[p] = in_shadow_[p] = 0;
      resident_ -= run_len;
    } else {
      for (size_t p = run_start; p < run_start + run_len; ++p) *keep++ = static_cast<uint32_t>(p);
    }
    run_len = 0;
  };
  for (auto it = dirty_.begin(); it != dirty_.end(); ++it) {
    const uint32_t p = *it;
    // The faulting page's neighbours stay: one instruction's write may span two pages.
    const bool near_busy = busy != SIZE_MAX && p + 1 >= busy && p <= busy + 1;
    if (near_busy || std::memcmp(shadow_ + size_t{p} * ps, base_ + size_t{p} * ps, ps) != 0) {
      *keep++ = p;
      continue;
    }
    if (run_len && p == run_start + run_len) {
      ++run_len;
    } else {
      flush();
      run_start = p;
      run_len = 1;
    }
  }
  flush();
  dirty_.erase(keep, dirty_.end());  // shrinks: no allocation
}

bool MemorySnapshot::prepare_write(uint64_t offset, uint64_t len) {
  if (!armed_ || image_ || len == 0) return true;
  if (over_limit_) return false;
  const size_t ps = host_page_size();
  const uint64_t end = std::min<uint64_t>(offset + len, armed_bytes_);
  if (offset >= end) return true;  // memory the exec grew by: not tracked
  const size_t first = offset / ps, last = (end + ps - 1) / ps;
  size_t need = 0;
  for (size_t p = first; p < last; ++p) need += !is_dirty_[p];
  if (need == 0) return true;
  if (!make_room(need, SIZE_MAX)) return false;
  for (size_t p = first; p < last; ++p)
    if (!is_dirty_[p]) save_page(p);
  before_write(first, last);
  return mprotect(base_ + first * ps, (last - first) * ps, PROT_READ | PROT_WRITE) == 0;
}

MemorySnapshot::Fault MemorySnapshot::on_write_fault(uintptr_t addr, bool can_stop) {
  if (image_ || !armed_) return Fault::NotOurs;  // nothing protected
  const uintptr_t base = reinterpret_cast<uintptr_t>(base_);
  if (addr < base || addr >= base + armed_bytes_) return Fault::NotOurs;
  const size_t ps = host_page_size();
  const size_t page = (addr - base) / ps;
  if (is_dirty_[page]) return Fault::NotOurs;  // already writable: a real fault, not ours
  // Runs in a signal handler: plain memory copies, mprotect and madvise only. dirty_ was
  // reserved for every trackable page at arm(), so push_back never allocates. The whole
  // group is saved and unprotected at once: neighbouring pages are usually written next.
  size_t first = page - page % kFaultGroupPages;
  size_t last = std::min(first + kFaultGroupPages, armed_bytes_ / ps);
  size_t need = 0;
  for (size_t p = first; p < last; ++p) need += !is_dirty_[p];
  if (dirty_.size() + need > limit_pages_) {
    first = page;  // near the limit: the page written alone
    last = page + 1;
    if (!make_room(1, page)) {
      if (can_stop) return Fault::OverLimit;
      over_limit_ = true;  // host code is writing: let it, and stop at the next check
    }
  }
  for (size_t p = first; p < last; ++p)
    if (!is_dirty_[p]) save_page(p);
  before_write(first, last);
  return mprotect(base_ + first * ps, (last - first) * ps, PROT_READ | PROT_WRITE) == 0
             ? Fault::Saved
             : Fault::NotOurs;
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
      return;
    }
    if (reapply_) {
      if (armed_bytes_ > image_->bytes())  // memory it started with past the image: zero
        madvise(mem->data + image_->bytes(), armed_bytes_ - image_->bytes(), MADV_DONTNEED);
      reapply_();
    }
    seed_hot_ = true;  // what the next exec writes is found in the page map again
    touched_known_ = false;
    return;
  }
  if (!armed_) return;
  armed_ = false;
  note_touched(false);  // the pages it grew by are dropped below
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
  release_shadow();
}

bool MemorySnapshot::attach(FrozenMemory* frozen) {
  if (nfrozen_ == kMaxFrozen) return false;
  frozen_[nfrozen_++] = frozen;
  return true;
}

void MemorySnapshot::detach(FrozenMemory* frozen) {
  for (size_t i = 0; i < nfrozen_; ++i) {
    if (frozen_[i] != frozen) continue;
    frozen_[i] = frozen_[--nfrozen_];
    frozen_[nfrozen_] = nullptr;
    return;
  }
}

void MemorySnapshot::detach_all() {
  for (size_t i = 0; i < nfrozen_; ++i) frozen_[i]->detach();
}

void MemorySnapshot::before_write(size_t first, size_t last) {
  if (nfrozen_ == 0) return;
  const size_t ps = host_page_size();
  const size_t per = ps / FrozenMemory::kUnit;
  for (size_t i = 0; i < nfrozen_; ++i)
    for (size_t unit = first * per; unit < last * per; ++unit) frozen_[i]->before_write(static_cast<uint32_t>(unit));
}

void MemorySnapshot::note_touched(bool grown) {
  if (!touched_known_) return;
  const size_t ps = host_page_size();
  auto mark = [&](size_t page) {
    if (touched_[page]) return;
    touched_[page] = 1;
    touched_list_.push_back(static_cast<uint32_t>(page));
  };
  for (uint32_t page : dirty_) mark(page);
  if (grown)
    for (size_t page = armed_bytes_ / ps; page < mem_->size / ps; ++page) mark(page);
}

size_t MemorySnapshot::writable_pages() const {
  if (image_ || armed_ || seed_hot_ || mem_ == nullptr || base_ != mem_->data) return SIZE_MAX;
  const size_t ps = host_page_size();
  return dirty_.size() + (mem_->size > protected_bytes_ ? (mem_->size - protected_bytes_) / ps : 0);
}

bool MemorySnapshot::touched_pages(const wasm_rt_memory_t& mem, std::vector<uint32_t>* out) const {
  if (!touched_known_ || armed_) return false;
  // Within the memory as it is now: pages a rolled-back exec grew it by are gone.
  const size_t end = mem.size / host_page_size();
  out->clear();
  for (uint32_t page : touched_list_)
    if (page < end) out->push_back(page);
  std::sort(out->begin(), out->end());
  return true;
}

void MemorySnapshot::protected_pages(const std::vector<uint32_t>& pages, std::vector<uint8_t>* out) const {
  out->assign(pages.size(), 0);
  // Nothing is protected in image mode, before the first arm() with this memory, or
  // before the arm() that follows an image-mode exec.
  if (image_ || armed_ || seed_hot_ || mem_ == nullptr || base_ != mem_->data) return;
  const size_t ps = host_page_size();
  std::vector<uint32_t> hot(dirty_);  // writable between execs
  std::sort(hot.begin(), hot.end());
  auto h = hot.begin();
  for (size_t i = 0; i < pages.size(); ++i) {
    const uint32_t p = pages[i];
    while (h != hot.end() && *h < p) ++h;
    (*out)[i] = size_t{p} * ps < protected_bytes_ && (h == hot.end() || *h != p);
  }
}

}  // namespace mpsbx::rt
