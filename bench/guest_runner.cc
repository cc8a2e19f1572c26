// Benchmark helper: runs one program file in a fresh session (no fuel or time limit) and
// prints its output. Built twice: over the metered guest and over an unmetered one.
//   mpsandbox_bench_runner[_unmetered] FILE
#include <cstdio>
#include <fstream>
#include <sstream>

#include "mpsandbox/mpsandbox.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  std::stringstream src;
  src << in.rdbuf();
  mpsandbox::Limits limits;
  limits.fuel = 1ull << 62;
  limits.timeout_ms = 0;
  limits.max_source_bytes = 1 << 20;
  auto session = mpsandbox::Engine().new_session(limits);
  if (!session) {
    std::fprintf(stderr, "%s\n", session.failure().message.c_str());
    return 2;
  }
  auto r = session.value().exec(src.str());
  if (!r) {
    std::fprintf(stderr, "%s\n", r.failure().message.c_str());
    return 2;
  }
  std::fwrite(r.value().stdout_text.data(), 1, r.value().stdout_text.size(), stdout);
  std::fwrite(r.value().stderr_text.data(), 1, r.value().stderr_text.size(), stderr);
  return r.value().status == mpsandbox::Status::Ok ? 0 : 1;
}
