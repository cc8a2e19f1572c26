// The guest's filesystem (see filesystem.h and docs/SECURITY.md).
//
// Guest paths are normalised lexically inside a virtual namespace (".." stops at "/"), so
// a path names a mount and a relative path beneath its root with no "." or ".."
// components. Host mounts then resolve that relative path from the mount's root fd with
// openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV),
// or, where openat2 is unavailable, with an equivalent walk of O_NOFOLLOW opens. No
// symlink is ever followed, so no host path outside the mount is ever reached.
#include "wasi/filesystem.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>

namespace mpsandbox::wasi {

Errno from_host_errno(int e) {
  switch (e) {
    case 0: return kSuccess;
    case E2BIG: return kE2big;
    case EACCES: return kEacces;
    case EAGAIN: return kEagain;
    case EBADF: return kEbadf;
    case EBUSY: return kEbusy;
    case EDQUOT: return kEdquot;
    case EEXIST: return kEexist;
    case EFBIG: return kEfbig;
    case EINVAL: return kEinval;
    case EISDIR: return kEisdir;
    case ELOOP: return kEloop;
    case EMFILE: return kEmfile;
    case EMLINK: return kEmlink;
    case ENAMETOOLONG: return kEnametoolong;
    case ENFILE: return kEnfile;
    case ENOENT: return kEnoent;
    case ENOMEM: return kEnomem;
    case ENOSPC: return kEnospc;
    case ENOTDIR: return kEnotdir;
    case ENOTEMPTY: return kEnotempty;
    case EPERM: return kEperm;
    case EROFS: return kErofs;
    case ESPIPE: return kEspipe;
    case EXDEV: return kExdev;
    default: return kEio;
  }
}

namespace {

using Components = std::vector<std::string>;

std::atomic<bool> g_force_walk{false};
std::atomic<bool> g_no_openat2{false};

bool is_prefix(const Components& prefix, const Components& path) {
  return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

std::string join(Components::const_iterator begin, Components::const_iterator end) {
  std::string out;
  for (auto it = begin; it != end; ++it) {
    if (!out.empty()) out += '/';
    out += *it;
  }
  return out;
}

// Applies `path` to the directory `base`: "." and empty components vanish, ".." pops
// (stopping at "/"), an absolute path starts from "/".
Errno normalize(const Components& base, std::string_view path, Components* out) {
  if (path.empty()) return kEnoent;
  if (path.size() > FileSystem::kMaxPath) return kEnametoolong;
  if (path.find('\0') != std::string_view::npos) return kEinval;
  Components c = path.front() == '/' ? Components{} : base;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = std::min(path.find('/', i), path.size());
    std::string_view part = path.substr(i, j - i);
    i = j + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!c.empty()) c.pop_back();
      continue;
    }
    if (part.size() > FileSystem::kMaxName) return kEnametoolong;
    c.emplace_back(part);
  }
  *out = std::move(c);
  return kSuccess;
}

FileType type_of(mode_t mode) {
  if (S_ISREG(mode)) return FileType::Regular;
  if (S_ISDIR(mode)) return FileType::Directory;
  if (S_ISLNK(mode)) return FileType::Symlink;
  if (S_ISCHR(mode)) return FileType::CharDevice;
  if (S_ISBLK(mode)) return FileType::BlockDevice;
  if (S_ISSOCK(mode)) return FileType::SocketStream;
  return FileType::Unknown;  // FIFOs have no WASI file type
}

uint64_t ns_of(const timespec& ts) { return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec); }

}  // namespace

// Byte and entry accounting of a scratch filesystem, shared by its nodes.
struct ScratchQuota {
  uint64_t bytes = 0, entries = 0, max_bytes = 0, max_entries = 0;
};

struct ScratchNode {
  bool dir = false;
  std::map<std::string, std::shared_ptr<ScratchNode>, std::less<>> children;
  std::string data;
  uint64_t ino = 0, mtim = 0;
  std::shared_ptr<ScratchQuota> quota;
  // A node's bytes count against the quota while it exists: linked, or held open.
  ~ScratchNode() {
    quota->bytes -= data.size();
    quota->entries -= 1;
    // A tree of any depth is freed without recursion: renames can nest directories far
    // deeper than a path can name (a chain grows by one level per mkdir and two renames),
    // and a destructor per level would overflow the host's stack. Each child this node
    // alone holds gives up its own children before it is freed, so every destructor
    // that runs here finds no children of its own to free.
    std::vector<std::shared_ptr<ScratchNode>> pending;
    auto take_children = [&pending](ScratchNode& n) {
      for (auto& entry : n.children) pending.push_back(std::move(entry.second));
      n.children.clear();
    };
    take_children(*this);
    while (!pending.empty()) {
      std::shared_ptr<ScratchNode> n = std::move(pending.back());
      pending.pop_back();
      if (n.use_count() == 1) take_children(*n);  // else an open descriptor keeps it
    }
  }
};

struct MountState {
  Mount::Kind kind;
  Components at;
  int root = -1;  // host mounts: O_PATH descriptor of the mount's directory
  dev_t dev = 0;
  uint32_t index = 0;
  uint64_t max_bytes = 0, max_files = 0;
  uint64_t bytes_written = 0, files_created = 0;  // ReadWrite accounting
  std::shared_ptr<ScratchNode> scratch_root;
  std::shared_ptr<ScratchQuota> quota;
  uint64_t next_ino = 1;
  bool host() const { return kind != Mount::Kind::Scratch; }
  ~MountState() {
    if (root >= 0) ::close(root);
  }
};

struct OpenFile {
  enum class Kind { Virtual, Host, Scratch } kind = Kind::Virtual;
  bool dir = false;
  Components path;  // normalised guest path
  MountState* mount = nullptr;
  int fd = -1;
  std::shared_ptr<ScratchNode> node;
  uint64_t pos = 0;
  bool read = false, write = false, append = false;
  std::vector<DirEntry> listing;  // taken when readdir starts at cookie 0
  bool stale = false;  // a descriptor of a restored snapshot: closed, number kept
  ~OpenFile() {
    if (fd >= 0) ::close(fd);
  }
};

struct FileSystem::Resolved {
  Components path;
  MountState* mount = nullptr;  // null: the virtual namespace between mounts
  Components rel;               // beneath the mount's root; empty for the root itself
  std::string rel_str() const { return rel.empty() ? "." : join(rel.begin(), rel.end()); }
};

namespace {

// Opens `rel` (no "..", no ".") beneath the mount's root without following any symlink
// and without leaving the mount's filesystem. Returns the fd, or -1 with *err set.
int open_beneath(const MountState& m, const Components& rel, int flags, mode_t mode, int* err) {
  flags |= O_CLOEXEC | O_NOFOLLOW;
  if (!g_force_walk.load(std::memory_order_relaxed) &&
      !g_no_openat2.load(std::memory_order_relaxed)) {
    open_how how{};
    how.flags = static_cast<uint64_t>(flags);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
    std::string p = rel.empty() ? "." : join(rel.begin(), rel.end());
    long fd = syscall(SYS_openat2, m.root, p.c_str(), &how, sizeof how);
    if (fd >= 0) return static_cast<int>(fd);
    // Old kernels lack openat2 and some seccomp profiles refuse it: walk instead.
    if (errno != ENOSYS && errno != EPERM) {
      *err = errno == EXDEV ? EACCES : errno;
      return -1;
    }
    g_no_openat2.store(true, std::memory_order_relaxed);
  }
  // One O_NOFOLLOW open per component, each checked to stay on the mount's device.
  int cur = fcntl(m.root, F_DUPFD_CLOEXEC, 0);
  if (cur < 0) {
    *err = errno;
    return -1;
  }
  auto step = [&](const char* name, int f, mode_t md) {
    int next = openat(cur, name, f, md);
    int saved = errno;
    struct stat st;
    if (next >= 0 && (fstat(next, &st) != 0 || st.st_dev != m.dev)) {
      ::close(next);
      next = -1;
      saved = EACCES;
    }
    ::close(cur);
    cur = next;
    if (next < 0) *err = saved;
    return next >= 0;
  };
  for (size_t i = 0; i + 1 < rel.size(); ++i)
    if (!step(rel[i].c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0)) return -1;
  if (!step(rel.empty() ? "." : rel.back().c_str(), flags, mode)) return -1;
  return cur;
}

bool fstat_ok(int fd, struct stat* st) { return fstat(fd, st) == 0; }

FileStat host_stat(const struct stat& st, const MountState& m) {
  FileStat out;
  out.dev = m.index + 1;
  out.ino = st.st_ino;
  out.type = type_of(st.st_mode);
  out.nlink = st.st_nlink;
  out.size = uint64_t(st.st_size);
  out.atim = ns_of(st.st_atim);
  out.mtim = ns_of(st.st_mtim);
  out.ctim = ns_of(st.st_ctim);
  return out;
}

FileStat scratch_stat(const ScratchNode& n, const MountState& m) {
  FileStat out;
  out.dev = m.index + 1;
  out.ino = n.ino;
  out.type = n.dir ? FileType::Directory : FileType::Regular;
  out.nlink = 1;
  out.size = n.data.size();
  out.atim = out.mtim = out.ctim = n.mtim;
  return out;
}

// The scratch node at `rel`, or null with *e set (ENOENT, or ENOTDIR through a file).
std::shared_ptr<ScratchNode> scratch_walk(const MountState& m, const Components& rel, Errno* e) {
  std::shared_ptr<ScratchNode> n = m.scratch_root;
  for (const std::string& c : rel) {
    if (!n->dir) {
      *e = kEnotdir;
      return nullptr;
    }
    auto it = n->children.find(c);
    if (it == n->children.end()) {
      *e = kEnoent;
      return nullptr;
    }
    n = it->second;
  }
  return n;
}

}  // namespace

void FileSystem::force_component_walk(bool on) { g_force_walk.store(on); }

FileSystem::FileSystem() {
  auto root = std::make_shared<OpenFile>();  // fd 3: "/"
  root->dir = true;
  root->read = true;
  fds_.push_back(std::move(root));
}

FileSystem::~FileSystem() { fds_.clear(); }  // before the mounts they point to

std::optional<std::string> FileSystem::configure(const std::vector<Mount>& mounts,
                                                 uint32_t max_open_files) {
  if (max_open_files == 0 || max_open_files > 4096)
    return "max_open_files must be between 1 and 4096";
  max_open_ = max_open_files;
  for (const Mount& mount : mounts) {
    const std::string where = "mount at \"" + mount.guest_path + "\": ";
    if (mount.guest_path.empty() || mount.guest_path.front() != '/')
      return where + "the guest path must be absolute";
    auto m = std::make_unique<MountState>();
    m->kind = mount.kind;
    if (normalize({}, mount.guest_path, &m->at) != kSuccess)
      return where + "invalid guest path";
    for (const auto& other : mounts_)
      if (other->at == m->at) return where + "two mounts at one path";
    m->index = static_cast<uint32_t>(mounts_.size());
    m->max_bytes = mount.max_bytes;
    m->max_files = mount.max_files;
    if (mount.kind == Mount::Kind::Scratch) {
      if (mount.max_bytes == 0 || mount.max_files == 0)
        return where + "a scratch filesystem needs positive max_bytes and max_files";
      m->quota = std::make_shared<ScratchQuota>();
      m->quota->max_bytes = mount.max_bytes;
      m->quota->max_entries = mount.max_files + 1;  // the root directory is free
      m->scratch_root = std::make_shared<ScratchNode>();
      m->scratch_root->dir = true;
      m->scratch_root->quota = m->quota;
      m->scratch_root->ino = m->next_ino++;
      m->quota->entries = 1;
    } else if (mount.kind == Mount::Kind::ReadOnly || mount.kind == Mount::Kind::ReadWrite) {
      if (mount.host_path.empty()) return where + "no host directory given";
      m->root = ::open(mount.host_path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (m->root < 0)
        return where + "cannot open host directory \"" + mount.host_path + "\": " + std::strerror(errno);
      struct stat st;
      if (!fstat_ok(m->root, &st)) return where + "cannot stat host directory";
      m->dev = st.st_dev;
    } else {
      return where + "unknown mount kind";
    }
    mounts_.push_back(std::move(m));
  }
  // Deepest first, so that the first prefix match is the innermost mount.
  std::sort(mounts_.begin(), mounts_.end(), [](const auto& a, const auto& b) {
    return a->at.size() != b->at.size() ? a->at.size() > b->at.size() : a->index < b->index;
  });
  return std::nullopt;
}

uint64_t FileSystem::now_ns() const {
  if (deterministic_) return 0;
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return ns_of(ts);
}

OpenFile* FileSystem::lookup(uint32_t fd) const {
  if (fd < kRootFd || fd - kRootFd >= fds_.size()) return nullptr;
  OpenFile* f = fds_[fd - kRootFd].get();
  return f && !f->stale ? f : nullptr;
}

Errno FileSystem::install(std::shared_ptr<OpenFile> file, uint32_t* fd) {
  size_t open = 0, free_slot = 0;
  for (size_t i = 1; i < fds_.size(); ++i) {
    if (fds_[i])
      ++open;
    else if (!free_slot)
      free_slot = i;
  }
  if (open >= max_open_) return kEmfile;
  if (!free_slot) {
    free_slot = fds_.size();
    fds_.emplace_back();
  }
  fds_[free_slot] = std::move(file);
  *fd = static_cast<uint32_t>(kRootFd + free_slot);
  return kSuccess;
}

Errno FileSystem::resolve(uint32_t dirfd, std::string_view path, Resolved* out) const {
  const OpenFile* dir = lookup(dirfd);
  if (!dir) return kEbadf;
  if (!dir->dir) return kEnotdir;
  if (Errno e = normalize(dir->path, path, &out->path); e != kSuccess) return e;
  for (const auto& m : mounts_) {
    if (is_prefix(m->at, out->path)) {
      out->mount = m.get();
      out->rel.assign(out->path.begin() + long(m->at.size()), out->path.end());
      return kSuccess;
    }
  }
  // Between mounts: only "/" and the directories leading to mount points exist.
  out->mount = nullptr;
  out->rel.clear();
  for (const auto& m : mounts_)
    if (m->at.size() > out->path.size() && is_prefix(out->path, m->at)) return kSuccess;
  return out->path.empty() ? kSuccess : kEnoent;
}

// Resolves the directory that would hold `path`'s last component. The entry itself must
// not be a mount point or part of the virtual namespace (those cannot change).
Errno FileSystem::resolve_parent(uint32_t dirfd, std::string_view path, Resolved* parent,
                                 std::string* leaf) const {
  Resolved full;
  Errno e = resolve(dirfd, path, &full);
  if (e == kEnoent) return kErofs;  // a new name in the virtual namespace
  if (e != kSuccess) return e;
  if (!full.mount) return full.path.empty() ? kEbusy : kErofs;
  if (full.rel.empty()) return kEbusy;  // a mount point
  *leaf = full.rel.back();
  full.rel.pop_back();
  *parent = std::move(full);
  return kSuccess;
}

Errno FileSystem::prestat_dir_name(uint32_t fd, std::string* name) const {
  if (fd != kRootFd) return kEbadf;
  *name = "/";
  return kSuccess;
}

Errno FileSystem::fdstat(uint32_t fd, FileType* type, bool* append) const {
  const OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  *type = f->dir ? FileType::Directory : FileType::Regular;
  *append = f->append;
  return kSuccess;
}

Errno FileSystem::close(uint32_t fd) {
  if (fd <= kRootFd || fd - kRootFd >= fds_.size() || !fds_[fd - kRootFd]) return kEbadf;  // "/" stays open
  fds_[fd - kRootFd].reset();
  while (fds_.size() > 1 && !fds_.back()) fds_.pop_back();
  return kSuccess;
}

Errno FileSystem::read(uint32_t fd, std::span<uint8_t> dst, size_t* n) {
  *n = 0;
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (f->dir) return kEisdir;
  if (!f->read) return kEbadf;
  const size_t want = std::min(dst.size(), kMaxIoBytes);
  if (f->kind == OpenFile::Kind::Host) {
    ssize_t got = ::read(f->fd, dst.data(), want);
    if (got < 0) return from_host_errno(errno);
    *n = size_t(got);
    return kSuccess;
  }
  const std::string& data = f->node->data;
  if (f->pos < data.size()) {
    *n = std::min<uint64_t>(want, data.size() - f->pos);
    std::memcpy(dst.data(), data.data() + f->pos, *n);
    f->pos += *n;
  }
  return kSuccess;
}

Errno FileSystem::write(uint32_t fd, std::span<const uint8_t> src, size_t* n) {
  *n = 0;
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (f->dir) return kEisdir;
  if (!f->write) return kEbadf;
  size_t len = std::min(src.size(), kMaxIoBytes);
  if (f->kind == OpenFile::Kind::Host) {
    MountState& m = *f->mount;
    // A write past the end leaves a hole; it counts as written, so seeking far ahead
    // cannot make huge (sparse) files for free.
    struct stat st;
    off_t pos = f->append ? 0 : lseek(f->fd, 0, SEEK_CUR);
    if (!fstat_ok(f->fd, &st) || pos < 0) return kEio;
    const uint64_t hole = uint64_t(pos) > uint64_t(st.st_size) ? uint64_t(pos) - uint64_t(st.st_size) : 0;
    const uint64_t room = m.max_bytes > m.bytes_written ? m.max_bytes - m.bytes_written : 0;
    if (hole >= room) return len ? kEdquot : kSuccess;
    len = static_cast<size_t>(std::min<uint64_t>(len, room - hole));
    if (len == 0) return src.empty() ? kSuccess : kEdquot;
    ssize_t put = ::write(f->fd, src.data(), len);
    if (put < 0) return from_host_errno(errno);
    m.bytes_written += hole + uint64_t(put);
    *n = size_t(put);
    return kSuccess;
  }
  std::string& data = f->node->data;
  ScratchQuota& q = *f->node->quota;
  if (f->append) f->pos = data.size();
  const uint64_t end = f->pos + len;
  const uint64_t growth = end > data.size() ? end - data.size() : 0;
  const uint64_t room = q.max_bytes - std::min(q.max_bytes, q.bytes);
  if (growth > room) {
    if (f->pos >= data.size() + room) return kEnospc;
    len = static_cast<size_t>(data.size() + room - f->pos);
    if (len == 0) return kEnospc;
  }
  const uint64_t new_end = f->pos + len;
  if (new_end > data.size()) {
    q.bytes += new_end - data.size();
    data.resize(static_cast<size_t>(new_end));
  }
  std::memcpy(data.data() + f->pos, src.data(), len);
  f->pos = new_end;
  f->node->mtim = now_ns();
  *n = len;
  return kSuccess;
}

Errno FileSystem::set_size(uint32_t fd, uint64_t size) {
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (f->dir) return kEisdir;
  if (!f->write) return kEbadf;
  if (f->kind == OpenFile::Kind::Host) {
    MountState& m = *f->mount;
    struct stat st;
    if (!fstat_ok(f->fd, &st)) return kEio;
    const uint64_t growth = size > uint64_t(st.st_size) ? size - uint64_t(st.st_size) : 0;
    const uint64_t room = m.max_bytes > m.bytes_written ? m.max_bytes - m.bytes_written : 0;
    if (growth > room) return kEdquot;
    if (size > uint64_t(INT64_MAX)) return kEinval;
    if (::ftruncate(f->fd, off_t(size)) != 0) return from_host_errno(errno);
    m.bytes_written += growth;
    return kSuccess;
  }
  if (f->kind != OpenFile::Kind::Scratch) return kEbadf;
  std::string& data = f->node->data;
  ScratchQuota& q = *f->node->quota;
  if (size > data.size()) {
    const uint64_t room = q.max_bytes - std::min(q.max_bytes, q.bytes);
    if (size - data.size() > room) return kEnospc;
    q.bytes += size - data.size();
  } else {
    q.bytes -= data.size() - size;
  }
  data.resize(static_cast<size_t>(size));
  f->node->mtim = now_ns();
  return kSuccess;
}

Errno FileSystem::seek(uint32_t fd, int64_t offset, uint8_t whence, uint64_t* pos) {
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (f->dir) return kEisdir;
  if (whence > 2) return kEinval;
  if (f->kind == OpenFile::Kind::Host) {
    static constexpr int kWhence[] = {SEEK_SET, SEEK_CUR, SEEK_END};
    off_t r = lseek(f->fd, offset, kWhence[whence]);
    if (r < 0) return from_host_errno(errno);
    *pos = uint64_t(r);
    return kSuccess;
  }
  const int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(f->pos) : int64_t(f->node->data.size());
  int64_t target;
  if (__builtin_add_overflow(base, offset, &target) || target < 0) return kEinval;
  f->pos = uint64_t(target);
  *pos = f->pos;
  return kSuccess;
}

Errno FileSystem::filestat(uint32_t fd, FileStat* st) const {
  const OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  switch (f->kind) {
    case OpenFile::Kind::Virtual:
      *st = FileStat{};
      st->type = FileType::Directory;
      return kSuccess;
    case OpenFile::Kind::Scratch:
      *st = scratch_stat(*f->node, *f->mount);
      return kSuccess;
    case OpenFile::Kind::Host: {
      struct stat hs;
      if (!fstat_ok(f->fd, &hs)) return from_host_errno(errno);
      *st = host_stat(hs, *f->mount);
      return kSuccess;
    }
  }
  return kEio;
}

Errno FileSystem::sync(uint32_t fd) {
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (f->kind == OpenFile::Kind::Host && f->write && fsync(f->fd) != 0) return from_host_errno(errno);
  return kSuccess;
}

Errno FileSystem::readdir(uint32_t fd, uint64_t cookie, std::vector<DirEntry>* out,
                          size_t max_entries) {
  OpenFile* f = lookup(fd);
  if (!f) return kEbadf;
  if (!f->dir) return kEnotdir;
  if (cookie == 0 || f->listing.empty()) {
    f->listing.clear();
    if (f->kind == OpenFile::Kind::Virtual) {
      for (const auto& m : mounts_) {
        if (m->at.size() > f->path.size() && is_prefix(f->path, m->at)) {
          const std::string& name = m->at[f->path.size()];
          bool seen = std::any_of(f->listing.begin(), f->listing.end(),
                                  [&](const DirEntry& d) { return d.name == name; });
          if (!seen) f->listing.push_back({name, FileType::Directory});
        }
      }
    } else if (f->kind == OpenFile::Kind::Scratch) {
      for (const auto& [name, child] : f->node->children)
        f->listing.push_back({name, child->dir ? FileType::Directory : FileType::Regular});
    } else {
      int dfd = openat(f->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (dfd < 0) return from_host_errno(errno);
      DIR* d = fdopendir(dfd);
      if (!d) {
        ::close(dfd);
        return kEio;
      }
      while (dirent* e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
        if (f->listing.size() >= kMaxListing) break;
        FileType t = FileType::Unknown;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) t = type_of(st.st_mode);
        f->listing.push_back({e->d_name, t});
      }
      closedir(d);
    }
  }
  out->clear();
  for (uint64_t i = cookie; i < f->listing.size() && out->size() < max_entries; ++i)
    out->push_back(f->listing[i]);
  return kSuccess;
}

Errno FileSystem::open(uint32_t dirfd, std::string_view path, const OpenRequest& req,
                       uint32_t* fd) {
  Resolved r;
  Errno e = resolve(dirfd, path, &r);
  const bool writing = req.write || req.truncate || req.create;
  if (e == kEnoent && req.create && !r.mount) return kErofs;
  if (e != kSuccess) return e;
  auto file = std::make_shared<OpenFile>();
  file->path = r.path;
  file->mount = r.mount;
  file->read = req.read;
  file->write = req.write;
  file->append = req.append;

  if (!r.mount) {  // "/" or a directory on the way to a mount point
    if (req.create && req.exclusive) return kEexist;
    if (writing) return kEisdir;
    file->kind = OpenFile::Kind::Virtual;
    file->dir = true;
    return install(std::move(file), fd);
  }
  MountState& m = *r.mount;

  if (!m.host()) {
    Errno walk_err = kSuccess;
    std::shared_ptr<ScratchNode> node = scratch_walk(m, r.rel, &walk_err);
    if (!node) {
      if (walk_err != kEnoent || !req.create || req.directory) return walk_err;
      Errno pe = kSuccess;
      Components parent_rel(r.rel.begin(), r.rel.end() - 1);
      std::shared_ptr<ScratchNode> parent = scratch_walk(m, parent_rel, &pe);
      if (!parent) return pe;
      if (!parent->dir) return kEnotdir;
      if (m.quota->entries >= m.quota->max_entries) return kEnospc;
      node = std::make_shared<ScratchNode>();
      node->quota = m.quota;
      node->ino = m.next_ino++;
      node->mtim = now_ns();
      m.quota->entries += 1;
      parent->children.emplace(r.rel.back(), node);
      parent->mtim = node->mtim;
    } else {
      if (req.create && req.exclusive) return kEexist;
      if (node->dir && (req.write || req.truncate)) return kEisdir;
      if (!node->dir && req.directory) return kEnotdir;
      if (req.truncate && !node->data.empty()) {
        node->quota->bytes -= node->data.size();
        node->data.clear();
        node->data.shrink_to_fit();
        node->mtim = now_ns();
      }
    }
    file->kind = OpenFile::Kind::Scratch;
    file->dir = node->dir;
    file->node = std::move(node);
    return install(std::move(file), fd);
  }

  if (writing && m.kind == Mount::Kind::ReadOnly) return kErofs;
  // First look at the entry through an O_PATH descriptor, which has no side effects even
  // on FIFOs and devices; only directories and singly linked regular files are opened.
  int err = 0;
  struct stat before{};
  bool exists = false;
  if (int pfd = open_beneath(m, r.rel, O_PATH, 0, &err); pfd >= 0) {
    bool ok = fstat_ok(pfd, &before);
    ::close(pfd);
    if (!ok) return kEio;
    exists = true;
  } else if (!(err == ENOENT && req.create)) {
    return from_host_errno(err);
  }
  if (exists) {
    if (req.create && req.exclusive) return kEexist;
    if (S_ISDIR(before.st_mode)) {
      if (req.write || req.truncate) return kEisdir;
    } else if (S_ISREG(before.st_mode)) {
      if (req.directory) return kEnotdir;
      if (before.st_nlink > 1) return kEacces;  // a hard link may alias a file outside
    } else if (S_ISLNK(before.st_mode)) {
      return kEloop;
    } else {
      return kEacces;  // FIFOs, sockets, devices
    }
  } else {
    if (req.directory) return kEnoent;
    if (r.rel.empty()) return kEisdir;
    if (m.files_created >= m.max_files) return kEdquot;
  }
  int flags = O_NONBLOCK | O_NOCTTY;
  if (exists && S_ISDIR(before.st_mode)) {
    flags |= O_RDONLY | O_DIRECTORY;
  } else {
    flags |= req.read && req.write ? O_RDWR : req.write ? O_WRONLY : O_RDONLY;
    if (req.truncate) flags |= O_TRUNC;
    if (req.append) flags |= O_APPEND;
    if (!exists) flags |= O_CREAT | O_EXCL;
  }
  int hfd = open_beneath(m, r.rel, flags, 0644, &err);
  if (hfd < 0) return from_host_errno(err);
  file->fd = hfd;  // closed by ~OpenFile on any failure below
  struct stat after{};
  if (!fstat_ok(hfd, &after)) return kEio;
  if (exists && (after.st_dev != before.st_dev || after.st_ino != before.st_ino))
    return kEagain;  // replaced between the look and the open
  if (!(S_ISREG(after.st_mode) || S_ISDIR(after.st_mode)) ||
      (S_ISREG(after.st_mode) && after.st_nlink > 1))
    return kEacces;
  if (!exists) m.files_created += 1;
  file->kind = OpenFile::Kind::Host;
  file->dir = S_ISDIR(after.st_mode);
  return install(std::move(file), fd);
}

Errno FileSystem::stat(uint32_t dirfd, std::string_view path, FileStat* st) {
  Resolved r;
  if (Errno e = resolve(dirfd, path, &r); e != kSuccess) return e;
  if (!r.mount) {
    *st = FileStat{};
    st->type = FileType::Directory;
    return kSuccess;
  }
  if (!r.mount->host()) {
    Errno e = kSuccess;
    auto node = scratch_walk(*r.mount, r.rel, &e);
    if (!node) return e;
    *st = scratch_stat(*node, *r.mount);
    return kSuccess;
  }
  int err = 0;
  int pfd = open_beneath(*r.mount, r.rel, O_PATH, 0, &err);
  if (pfd < 0) return from_host_errno(err);
  struct stat hs;
  bool ok = fstat_ok(pfd, &hs);
  ::close(pfd);
  if (!ok) return kEio;
  *st = host_stat(hs, *r.mount);
  return kSuccess;
}

Errno FileSystem::mkdir(uint32_t dirfd, std::string_view path) {
  Resolved parent;
  std::string leaf;
  Errno e = resolve_parent(dirfd, path, &parent, &leaf);
  if (e == kEbusy) return kEexist;  // "/" or a mount point: already a directory
  if (e != kSuccess) return e;
  MountState& m = *parent.mount;
  if (!m.host()) {
    auto dir = scratch_walk(m, parent.rel, &e);
    if (!dir) return e;
    if (!dir->dir) return kEnotdir;
    if (dir->children.count(leaf)) return kEexist;
    if (m.quota->entries >= m.quota->max_entries) return kEnospc;
    auto node = std::make_shared<ScratchNode>();
    node->dir = true;
    node->quota = m.quota;
    node->ino = m.next_ino++;
    node->mtim = now_ns();
    m.quota->entries += 1;
    dir->children.emplace(leaf, std::move(node));
    return kSuccess;
  }
  if (m.kind == Mount::Kind::ReadOnly) return kErofs;
  if (m.files_created >= m.max_files) return kEdquot;
  int err = 0;
  int pfd = open_beneath(m, parent.rel, O_PATH | O_DIRECTORY, 0, &err);
  if (pfd < 0) return from_host_errno(err);
  int rc = mkdirat(pfd, leaf.c_str(), 0755);
  err = errno;
  ::close(pfd);
  if (rc != 0) return from_host_errno(err);
  m.files_created += 1;
  return kSuccess;
}

namespace {

// unlink and rmdir: remove `leaf` from a directory, refusing the wrong kind of entry.
Errno scratch_remove(const MountState& m, const Components& parent_rel, const std::string& leaf,
                     bool want_dir) {
  Errno e = kSuccess;
  auto dir = scratch_walk(m, parent_rel, &e);
  if (!dir) return e;
  if (!dir->dir) return kEnotdir;
  auto it = dir->children.find(leaf);
  if (it == dir->children.end()) return kEnoent;
  if (it->second->dir != want_dir) return want_dir ? kEnotdir : kEisdir;
  if (want_dir && !it->second->children.empty()) return kEnotempty;
  dir->children.erase(it);
  return kSuccess;
}

Errno host_remove(const MountState& m, const Components& parent_rel, const std::string& leaf,
                  bool want_dir) {
  if (m.kind == Mount::Kind::ReadOnly) return kErofs;
  int err = 0;
  int pfd = open_beneath(m, parent_rel, O_PATH | O_DIRECTORY, 0, &err);
  if (pfd < 0) return from_host_errno(err);
  int rc = unlinkat(pfd, leaf.c_str(), want_dir ? AT_REMOVEDIR : 0);
  err = errno;
  ::close(pfd);
  return rc == 0 ? kSuccess : from_host_errno(err);
}

}  // namespace

Errno FileSystem::unlink(uint32_t dirfd, std::string_view path) {
  Resolved parent;
  std::string leaf;
  Errno e = resolve_parent(dirfd, path, &parent, &leaf);
  if (e == kEbusy) return kEisdir;
  if (e != kSuccess) return e;
  return parent.mount->host() ? host_remove(*parent.mount, parent.rel, leaf, false)
                              : scratch_remove(*parent.mount, parent.rel, leaf, false);
}

Errno FileSystem::rmdir(uint32_t dirfd, std::string_view path) {
  Resolved parent;
  std::string leaf;
  if (Errno e = resolve_parent(dirfd, path, &parent, &leaf); e != kSuccess) return e;
  return parent.mount->host() ? host_remove(*parent.mount, parent.rel, leaf, true)
                              : scratch_remove(*parent.mount, parent.rel, leaf, true);
}

Errno FileSystem::rename(uint32_t old_dirfd, std::string_view old_path, uint32_t new_dirfd,
                         std::string_view new_path) {
  Resolved from, to;
  std::string from_leaf, to_leaf;
  if (Errno e = resolve_parent(old_dirfd, old_path, &from, &from_leaf); e != kSuccess) return e;
  if (Errno e = resolve_parent(new_dirfd, new_path, &to, &to_leaf); e != kSuccess) return e;
  if (from.mount != to.mount) return kExdev;
  MountState& m = *from.mount;
  if (m.host()) {
    if (m.kind == Mount::Kind::ReadOnly) return kErofs;
    int err = 0;
    int a = open_beneath(m, from.rel, O_PATH | O_DIRECTORY, 0, &err);
    if (a < 0) return from_host_errno(err);
    int b = open_beneath(m, to.rel, O_PATH | O_DIRECTORY, 0, &err);
    if (b < 0) {
      ::close(a);
      return from_host_errno(err);
    }
    int rc = renameat(a, from_leaf.c_str(), b, to_leaf.c_str());
    err = errno;
    ::close(a);
    ::close(b);
    return rc == 0 ? kSuccess : from_host_errno(err);
  }
  Errno e = kSuccess;
  auto src_dir = scratch_walk(m, from.rel, &e);
  if (!src_dir) return e;
  auto dst_dir = scratch_walk(m, to.rel, &e);
  if (!dst_dir) return e;
  if (!src_dir->dir || !dst_dir->dir) return kEnotdir;
  auto it = src_dir->children.find(from_leaf);
  if (it == src_dir->children.end()) return kEnoent;
  std::shared_ptr<ScratchNode> node = it->second;
  // A directory cannot move beneath itself: is it on the destination's path?
  if (node->dir) {
    Components dest = to.rel;
    dest.push_back(to_leaf);
    Components src = from.rel;
    src.push_back(from_leaf);
    if (dest.size() > src.size() && is_prefix(src, dest)) return kEinval;
  }
  auto existing = dst_dir->children.find(to_leaf);
  if (existing != dst_dir->children.end()) {
    if (existing->second == node) return kSuccess;
    if (existing->second->dir != node->dir) return node->dir ? kEnotdir : kEisdir;
    if (existing->second->dir && !existing->second->children.empty()) return kEnotempty;
  }
  src_dir->children.erase(it);
  dst_dir->children[to_leaf] = std::move(node);
  return kSuccess;
}

}  // namespace mpsandbox::wasi

namespace mpsandbox::wasi {

FsImage FileSystem::image() const {
  FsImage out;
  for (const auto& m : mounts_) {
    FsImage::MountImage mi;
    mi.guest_path = "/" + join(m->at.begin(), m->at.end());
    mi.kind = m->kind;
    mi.bytes_written = m->bytes_written;
    mi.files_created = m->files_created;
    mi.next_ino = m->next_ino;
    if (m->scratch_root) {
      // Pre-order with an explicit stack: a node's parent is listed before it, and the
      // children, pushed in reverse, come out in name order.
      struct Pending {
        const ScratchNode* node;
        uint32_t parent;
        const std::string* name;
      };
      static const std::string kRootName;
      std::vector<Pending> stack{{m->scratch_root.get(), 0, &kRootName}};
      while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        const uint32_t self = static_cast<uint32_t>(mi.nodes.size());
        mi.nodes.push_back({p.parent, *p.name, p.node->dir, p.node->ino, p.node->mtim, p.node->data});
        for (auto it = p.node->children.rbegin(); it != p.node->children.rend(); ++it)
          stack.push_back({it->second.get(), self, &it->first});
      }
    }
    out.mounts.push_back(std::move(mi));
  }
  for (size_t i = 1; i < fds_.size(); ++i)
    if (fds_[i]) out.open_fds.push_back(static_cast<uint32_t>(kRootFd + i));
  return out;
}

std::optional<std::string> FileSystem::restore_image(const FsImage& image) {
  struct Planned {
    MountState* mount;
    const FsImage::MountImage* from;
    std::shared_ptr<ScratchQuota> quota;
    std::shared_ptr<ScratchNode> root;
    uint64_t next_ino;
  };
  std::vector<Planned> plan;
  for (const FsImage::MountImage& mi : image.mounts) {
    const std::string where = "the snapshot's mount at \"" + mi.guest_path + "\"";
    Components at;
    if (mi.guest_path.empty() || mi.guest_path.front() != '/' || normalize({}, mi.guest_path, &at) != kSuccess)
      return where + ": invalid guest path";
    MountState* m = nullptr;
    for (const auto& own : mounts_)
      if (own->at == at) m = own.get();
    if (!m) return where + " is not granted by the restoring policy";
    for (const Planned& p : plan)
      if (p.mount == m) return where + " is listed twice";
    const bool scratch = mi.kind == Mount::Kind::Scratch;
    if (scratch != (m->kind == Mount::Kind::Scratch))
      return where + (scratch ? " is a scratch filesystem; the restoring policy mounts a host directory there"
                              : " is a host directory; the restoring policy mounts a scratch filesystem there");
    Planned p{m, &mi, nullptr, nullptr, mi.next_ino};
    if (!scratch) {
      if (!mi.nodes.empty()) return where + ": a host mount with scratch contents";
      plan.push_back(std::move(p));
      continue;
    }
    // Rebuild the tree aside, checking every node: the image may be hostile.
    if (mi.nodes.empty() || !mi.nodes[0].dir || !mi.nodes[0].name.empty() || !mi.nodes[0].data.empty())
      return where + ": malformed scratch tree (no root directory)";
    p.quota = std::make_shared<ScratchQuota>();
    p.quota->max_bytes = m->quota->max_bytes;
    p.quota->max_entries = m->quota->max_entries;
    uint64_t bytes = 0, max_ino = 0;
    for (const FsImage::Node& n : mi.nodes) {
      bytes += n.data.size();
      max_ino = std::max(max_ino, n.ino);
      if (n.dir && !n.data.empty()) return where + ": malformed scratch tree (a directory with data)";
    }
    if (mi.nodes.size() > p.quota->max_entries || bytes > p.quota->max_bytes)
      return where + " holds " + std::to_string(mi.nodes.size() - 1) + " files and directories of " +
             std::to_string(bytes) + " bytes; the restoring policy allows " +
             std::to_string(p.quota->max_entries - 1) + " and " + std::to_string(p.quota->max_bytes);
    std::vector<std::shared_ptr<ScratchNode>> built;
    built.reserve(mi.nodes.size());
    for (size_t i = 0; i < mi.nodes.size(); ++i) {
      const FsImage::Node& n = mi.nodes[i];
      auto node = std::make_shared<ScratchNode>();
      node->quota = p.quota;
      p.quota->entries += 1;
      node->dir = n.dir;
      node->ino = n.ino;
      node->mtim = n.mtim;
      node->data = n.data;
      p.quota->bytes += n.data.size();
      if (i > 0) {
        const bool bad_name = n.name.empty() || n.name.size() > kMaxName || n.name == "." || n.name == ".." ||
                              n.name.find_first_of(std::string_view("/\0", 2)) != std::string::npos;
        if (n.parent >= i || bad_name || !built[n.parent]->dir ||
            !built[n.parent]->children.emplace(n.name, node).second)
          return where + ": malformed scratch tree (node " + std::to_string(i) + ")";
      }
      built.push_back(std::move(node));
    }
    p.root = built[0];
    p.next_ino = std::max(mi.next_ino, max_ino + 1);
    plan.push_back(std::move(p));
  }
  // Placeholders for the descriptors that were open.
  FdTable fds = fds_;
  if (fds.size() != 1) return std::string("the filesystem is in use");
  uint32_t last = kRootFd;
  for (uint32_t fd : image.open_fds) {
    if (fd <= last || fd - kRootFd > max_open_)
      return "the snapshot's open descriptors do not fit max_open_files " + std::to_string(max_open_);
    last = fd;
    fds.resize(fd - kRootFd + 1);
    auto stale = std::make_shared<OpenFile>();
    stale->stale = true;
    fds[fd - kRootFd] = std::move(stale);
  }
  for (Planned& p : plan) {
    p.mount->bytes_written = p.from->bytes_written;
    p.mount->files_created = p.from->files_created;
    p.mount->next_ino = std::max(p.mount->next_ino, p.next_ino);
    if (p.root) {
      p.mount->quota = p.quota;
      p.mount->scratch_root = p.root;
    }
  }
  fds_ = std::move(fds);
  return std::nullopt;
}

}  // namespace mpsandbox::wasi
