// Path resolution, both ways: with openat2 and with the O_NOFOLLOW component walk that
// replaces it where openat2 is unavailable. The same escapes must fail either way. Also
// the FileSystem class on its own, for cases the guest's libc never produces.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "../unit/support.h"
#include "wasi/filesystem.h"

namespace {

namespace fs = std::filesystem;
using mpsandbox::Policy;
using mpsandbox::Status;
using mpsandbox::wasi::FileSystem;
using test::make_session;
using test::run;

class Tree {
 public:
  Tree() {
    char tmpl[] = "/tmp/mpsbx-fs-XXXXXX";
    root_ = mkdtemp(tmpl);
    fs::create_directories(root_ / "outside");
    fs::create_directories(root_ / "in" / "sub");
    std::ofstream(root_ / "outside" / "secret") << "SECRET";
    std::ofstream(root_ / "in" / "ok.txt") << "fine";
    fs::create_symlink(root_ / "outside" / "secret", root_ / "in" / "abs");
    fs::create_symlink("../outside/secret", root_ / "in" / "rel");
    fs::create_directory_symlink(root_ / "outside", root_ / "in" / "sub" / "dirlink");
    fs::create_hard_link(root_ / "outside" / "secret", root_ / "in" / "hard");
    mkfifo((root_ / "in" / "fifo").c_str(), 0600);
  }
  ~Tree() { fs::remove_all(root_); }
  fs::path dir() const { return root_ / "in"; }

 private:
  fs::path root_;
};

class Resolution : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override { FileSystem::force_component_walk(GetParam()); }
  void TearDown() override { FileSystem::force_component_walk(false); }
};

TEST_P(Resolution, EscapesFailAndMountedFilesOpen) {
  Tree tree;
  Policy policy;
  policy.mount_readonly(tree.dir(), "/in");
  auto s = make_session({}, policy);
  EXPECT_EQ(run(s, "open('/in/ok.txt').read()").value, "'fine'");
  EXPECT_EQ(run(s, "open('/in/sub/../ok.txt').read()").value, "'fine'");
  for (const char* path : {"/in/abs", "/in/rel", "/in/sub/dirlink/secret", "/in/hard", "/in/../outside/secret",
                           "/in/sub/../../outside/secret", "/in/fifo"}) {
    auto started = std::chrono::steady_clock::now();
    mpsandbox::ExecResult r = run(s, std::string("open('") + path + "').read()");
    EXPECT_EQ(r.status, Status::Error) << path;
    ASSERT_TRUE(r.error) << path;
    // OSError or the subclass CPython picks for its errno
    const std::string os_errors = " OSError FileNotFoundError PermissionError NotADirectoryError IsADirectoryError ";
    EXPECT_NE(os_errors.find(" " + r.error->type + " "), std::string::npos) << path << ": " << r.error->type;
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2)) << path;
  }
  EXPECT_EQ(run(s, "import os\nsorted(os.listdir('/in'))").value,
            "['abs', 'fifo', 'hard', 'ok.txt', 'rel', 'sub']");
}

INSTANTIATE_TEST_SUITE_P(Openat2AndWalk, Resolution, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "ComponentWalk" : "Openat2"; });

TEST(FileSystemDirect, InventedDescriptorsAndPaths) {
  FileSystem f;
  ASSERT_FALSE(f.configure({}, 4));
  size_t n = 0;
  uint8_t buf[8];
  for (uint32_t fd : {0u, 1u, 2u, 4u, 99u, 0xffffffffu}) {
    EXPECT_EQ(f.read(fd, buf, &n), mpsandbox::wasi::kEbadf) << fd;
    EXPECT_EQ(f.close(fd), mpsandbox::wasi::kEbadf) << fd;
  }
  EXPECT_EQ(f.close(FileSystem::kRootFd), mpsandbox::wasi::kEbadf);  // "/" stays open
  EXPECT_EQ(f.read(FileSystem::kRootFd, buf, &n), mpsandbox::wasi::kEisdir);
  mpsandbox::wasi::FileStat st;
  EXPECT_EQ(f.stat(FileSystem::kRootFd, std::string("a\0b", 3), &st), mpsandbox::wasi::kEinval);
  EXPECT_EQ(f.stat(FileSystem::kRootFd, std::string(5000, 'a'), &st), mpsandbox::wasi::kEnametoolong);
  EXPECT_EQ(f.stat(FileSystem::kRootFd, "", &st), mpsandbox::wasi::kEnoent);
  EXPECT_EQ(f.stat(FileSystem::kRootFd, "../../..", &st), mpsandbox::wasi::kSuccess);  // "/"
  EXPECT_EQ(f.mkdir(FileSystem::kRootFd, "x"), mpsandbox::wasi::kErofs);
}

TEST(FileSystemDirect, MountConfigurationIsValidated) {
  using mpsandbox::Mount;
  FileSystem f;
  EXPECT_TRUE(f.configure({{Mount::Kind::ReadOnly, "relative", "/tmp", 0, 0}}, 8));
  FileSystem g;
  EXPECT_TRUE(g.configure({{Mount::Kind::ReadOnly, "/x", "/does/not/exist", 0, 0}}, 8));
  FileSystem h;
  EXPECT_TRUE(h.configure({{Mount::Kind::Scratch, "/a", "", 1, 1}, {Mount::Kind::Scratch, "/a/", "", 1, 1}}, 8));
  FileSystem i;
  EXPECT_TRUE(i.configure({{Mount::Kind::Scratch, "/a", "", 0, 1}}, 8));
  FileSystem j;
  EXPECT_TRUE(j.configure({}, 0));
}

TEST(FileSystemDirect, ScratchRenameAndQuota) {
  using mpsandbox::Mount;
  using namespace mpsandbox::wasi;
  FileSystem f;
  ASSERT_FALSE(f.configure({{Mount::Kind::Scratch, "/s", "", 10, 3}}, 8));
  EXPECT_EQ(f.mkdir(FileSystem::kRootFd, "/s/a"), kSuccess);
  EXPECT_EQ(f.mkdir(FileSystem::kRootFd, "/s/a/b"), kSuccess);
  EXPECT_EQ(f.rename(FileSystem::kRootFd, "/s/a", FileSystem::kRootFd, "/s/a/b/c"), kEinval);
  EXPECT_EQ(f.rename(FileSystem::kRootFd, "/s/a", FileSystem::kRootFd, "/x"), kErofs);
  OpenRequest req;
  req.create = req.write = true;
  uint32_t fd = 0;
  ASSERT_EQ(f.open(FileSystem::kRootFd, "/s/file", req, &fd), kSuccess);
  EXPECT_EQ(f.open(FileSystem::kRootFd, "/s/file2", req, &fd), kEnospc);  // 3 entries
  size_t n = 0;
  const uint8_t data[16] = {};
  EXPECT_EQ(f.write(fd, data, &n), kSuccess);
  EXPECT_EQ(n, 10u);  // the byte quota cuts the write short
  EXPECT_EQ(f.write(fd, data, &n), kEnospc);
  uint64_t pos = 0;
  EXPECT_EQ(f.seek(fd, INT64_MAX, 1, &pos), kEinval);  // overflow
  EXPECT_EQ(f.seek(fd, -100, 0, &pos), kEinval);
}

}  // namespace
