// Defence in depth for the long-running front ends (`mpsandbox serve`, `mpsandbox mcp`):
// after start-up the process gives up what it does not need (docs/SECURITY.md, The
// server). Three layers, each for the case that the one before it fails:
//   1. no new privileges (prctl): nothing it runs can gain any;
//   2. Landlock, where the kernel has it: file access only beneath the granted paths (the
//      data directory, the profiles' mounts), whatever the process's own permissions;
//   3. a seccomp-bpf allowlist of system calls (libseccomp): anything else fails with
//      EPERM (no exec, no new sockets, no ptrace, no mount...).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mpsandbox::server {

struct PathGrant {
  std::string path;
  bool writable = false;
};

// Applies the three layers to the whole process (every thread: call it before starting
// any, or from the only one). On success `applied` says what was applied ("no_new_privs,
// landlock ABI 7, seccomp: 112 system calls"); an error message if a layer the kernel
// offers could not be applied.
std::optional<std::string> harden(const std::vector<PathGrant>& grants, std::string* applied);

}  // namespace mpsandbox::server
