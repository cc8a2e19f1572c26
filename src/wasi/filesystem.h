// The guest's filesystem: a virtual namespace of mounts (read-only host directories,
// quota-limited writable host directories, in-memory scratch trees) and the table of the
// guest's open file descriptors. Host paths are resolved only beneath a mount's root,
// never through a symlink (docs/SECURITY.md). This class works in host terms (strings,
// host buffers); wasi_preview1.cc marshals guest memory.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mpsandbox/policy.h"
#include "wasi/wasi_errno.h"

namespace mpsandbox::wasi {

enum class FileType : uint8_t {
  Unknown = 0,
  BlockDevice = 1,
  CharDevice = 2,
  Directory = 3,
  Regular = 4,
  SocketDgram = 5,
  SocketStream = 6,
  Symlink = 7,
};

struct FileStat {
  uint64_t dev = 0, ino = 0;
  FileType type = FileType::Unknown;
  uint64_t nlink = 1, size = 0, atim = 0, mtim = 0, ctim = 0;
};

struct DirEntry {
  std::string name;
  FileType type = FileType::Unknown;
};

// path_open's flags, decoded.
struct OpenRequest {
  bool create = false, directory = false, exclusive = false, truncate = false;
  bool read = false, write = false, append = false;
};

struct ScratchNode;
struct MountState;
struct OpenFile;

// The filesystem's part of a session snapshot: per mount its guest path and kind, a
// ReadWrite mount's write accounting and a scratch mount's whole tree; and the numbers of
// the descriptors open at the time. Host directories and open files are not in it.
struct FsImage {
  struct Node {
    uint32_t parent = 0;  // index of the parent directory in `nodes` (< own index)
    std::string name;
    bool dir = false;
    uint64_t ino = 0, mtim = 0;
    std::string data;
  };
  struct MountImage {
    std::string guest_path;  // normalised, absolute
    Mount::Kind kind = Mount::Kind::ReadOnly;
    uint64_t bytes_written = 0, files_created = 0, next_ino = 1;
    std::vector<Node> nodes;  // scratch: nodes[0] is the root directory
  };
  std::vector<MountImage> mounts;
  std::vector<uint32_t> open_fds;  // descriptors above the root's, ascending
};

class FileSystem {
 public:
  // The preopened directory: the guest's "/" (wasi-libc resolves absolute paths from it).
  static constexpr uint32_t kRootFd = 3;
  // Largest path and path component accepted from the guest.
  static constexpr size_t kMaxPath = 4096, kMaxName = 255;
  // Entries listed per directory, and bytes moved per read or write call.
  static constexpr size_t kMaxListing = 100'000;
  static constexpr size_t kMaxIoBytes = 1 << 20;

  FileSystem();
  ~FileSystem();
  FileSystem(const FileSystem&) = delete;
  FileSystem& operator=(const FileSystem&) = delete;

  // Opens the mounts' host directories. An error message if one is missing or invalid.
  std::optional<std::string> configure(const std::vector<Mount>& mounts, uint32_t max_open_files);

  // The guest's open descriptors (index = fd - kRootFd). Copied before an exec and put
  // back if it is rolled back, so descriptors opened by undone code close.
  using FdTable = std::vector<std::shared_ptr<OpenFile>>;
  const FdTable& fds() const { return fds_; }
  void restore_fds(FdTable saved) { fds_ = std::move(saved); }

  // Descriptor operations. `fd` is anything the guest sends.
  Errno prestat_dir_name(uint32_t fd, std::string* name) const;
  Errno fdstat(uint32_t fd, FileType* type, bool* append) const;
  Errno close(uint32_t fd);
  // Reads into a host buffer (never into guest memory: the kernel must not write there).
  Errno read(uint32_t fd, std::span<uint8_t> dst, size_t* n);
  Errno write(uint32_t fd, std::span<const uint8_t> src, size_t* n);
  Errno seek(uint32_t fd, int64_t offset, uint8_t whence, uint64_t* pos);
  // Truncates or extends (with zeros) a file open for writing. Growth counts against the
  // mount's quota as written bytes do; the position does not move.
  Errno set_size(uint32_t fd, uint64_t size);
  Errno filestat(uint32_t fd, FileStat* st) const;
  Errno sync(uint32_t fd);
  // The entries of a directory from index `cookie` on (a listing taken at cookie 0).
  Errno readdir(uint32_t fd, uint64_t cookie, std::vector<DirEntry>* out, size_t max_entries);

  // Path operations, relative to the directory descriptor `dirfd`.
  Errno open(uint32_t dirfd, std::string_view path, const OpenRequest& req, uint32_t* fd);
  Errno stat(uint32_t dirfd, std::string_view path, FileStat* st);
  Errno mkdir(uint32_t dirfd, std::string_view path);
  Errno unlink(uint32_t dirfd, std::string_view path);
  Errno rmdir(uint32_t dirfd, std::string_view path);
  Errno rename(uint32_t old_dirfd, std::string_view old_path, uint32_t new_dirfd,
               std::string_view new_path);

  // The state a snapshot keeps (FsImage). Iterative: any tree depth.
  FsImage image() const;
  // After configure(): takes the scratch trees and accounting of `image`, whose every
  // mount must be granted at the same guest path (scratch ones by scratch mounts whose
  // quotas hold the tree). The descriptors it lists become closed placeholders: every
  // use is EBADF until the guest closes them, so a stale file object never reaches a
  // file opened later under its old number. An error message (nothing changed) if the
  // image does not fit or is malformed.
  std::optional<std::string> restore_image(const FsImage& image);

  // Deterministic mode: scratch files get timestamps of 0 instead of the real time.
  void set_deterministic(bool on) { deterministic_ = on; }

  // Tests: resolve with the O_NOFOLLOW component walk even where openat2 exists.
  static void force_component_walk(bool on);

 private:
  struct Resolved;
  Errno resolve(uint32_t dirfd, std::string_view path, Resolved* out) const;
  Errno resolve_parent(uint32_t dirfd, std::string_view path, Resolved* parent,
                       std::string* leaf) const;
  OpenFile* lookup(uint32_t fd) const;
  Errno install(std::shared_ptr<OpenFile> file, uint32_t* fd);
  uint64_t now_ns() const;

  std::vector<std::unique_ptr<MountState>> mounts_;  // deepest guest path first
  FdTable fds_;
  uint32_t max_open_ = 64;
  bool deterministic_ = false;
};

}  // namespace mpsandbox::wasi
