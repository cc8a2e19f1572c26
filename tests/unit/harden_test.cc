// tools/server/harden.h: after harden(), denied system calls are denied, files outside the
// grants cannot be opened, and sessions still run. In a forked child: the layers are
// irreversible and apply to the whole process.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>

#include "harden.h"
#include "mpsandbox/mpsandbox.h"

TEST(Harden, DeniedSystemCallsAreDeniedAndSessionsStillRun) {
  char dir[] = "/tmp/mpsbx-harden-XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int failed = 0;
    // As `mpsandbox serve` does: a session and a snapshot before hardening open what
    // sessions keep open (the page map) and build the template.
    {
      auto warm = mpsandbox::Engine().new_session();
      if (!warm || !warm.value().snapshot()) _exit(101);
    }
    std::string applied;
    if (mpsandbox::server::harden({{dir, true}}, &applied)) _exit(100);
    char* argv[] = {const_cast<char*>("/bin/true"), nullptr};
    execv("/bin/true", argv);  // returns only if refused
    if (errno != EPERM) failed |= 1;
    if (socket(AF_INET, SOCK_STREAM, 0) >= 0 || errno != EPERM) failed |= 2;
    if (ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0 || errno != EPERM) failed |= 4;
    // Landlock, where the kernel has it: nothing outside the grants, even readable files.
    if (applied.find("landlock ABI") != std::string::npos &&
        (open("/etc/passwd", O_RDONLY | O_CLOEXEC) >= 0 || errno != EACCES))
      failed |= 8;
    const std::string inside = std::string(dir) + "/file";
    const int fd = open(inside.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || write(fd, "x", 1) != 1 || close(fd) != 0 || rename(inside.c_str(), (inside + "2").c_str()) != 0)
      failed |= 16;
    auto s = mpsandbox::Engine().new_session();
    if (!s) {
      failed |= 32;
    } else {
      auto r = s.value().exec("x = sum(range(1000))\nprint(x)");
      auto snap = s.value().snapshot();
      auto bytes = snap ? snap.value().serialize() : mpsandbox::Result<std::string>(snap.failure());
      if (!r || r.value().stdout_text != "499500\n" || !bytes) {
        failed |= 64;
        fprintf(stderr, "session after harden: %s\n", !r ? r.failure().message.c_str() : !bytes ? bytes.failure().message.c_str() : r.value().stdout_text.c_str());
      }
    }
    _exit(failed);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  EXPECT_EQ(WEXITSTATUS(status), 0) << "bits: 1 exec, 2 socket, 4 ptrace, 8 landlock, 16 granted file, 32/64 session, 100 harden, 101 warm-up";
  std::filesystem::remove_all(dir);
}
