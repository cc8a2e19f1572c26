// WASI preview1 errno values, and the mapping from the host's errno.
#pragma once

#include <cstdint>

namespace mpsandbox::wasi {

enum Errno : uint16_t {
  kSuccess = 0,
  kE2big = 1,
  kEacces = 2,
  kEagain = 6,
  kEbadf = 8,
  kEbusy = 10,
  kEdquot = 19,
  kEexist = 20,
  kEfault = 21,
  kEfbig = 22,
  kEilseq = 25,
  kEinval = 28,
  kEio = 29,
  kEisdir = 31,
  kEloop = 32,
  kEmfile = 33,
  kEmlink = 34,
  kEnametoolong = 37,
  kEnfile = 41,
  kEnoent = 44,
  kEnomem = 48,
  kEnospc = 51,
  kEnosys = 52,
  kEnotdir = 54,
  kEnotempty = 55,
  kEnotsup = 58,
  kEoverflow = 61,
  kEperm = 63,
  kErofs = 69,
  kEspipe = 70,
  kExdev = 75,
  kEnotcapable = 76,
};

// A host errno as the guest sees it; anything unexpected becomes EIO.
Errno from_host_errno(int host_errno);

}  // namespace mpsandbox::wasi
