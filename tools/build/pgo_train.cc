// Training run for the profile-guided build of the translated guest (cmake/Pgo.cmake):
// runs every program of MicroPython's own test directories given on the command line,
// each in a fresh session with modest limits, and discards the results. The profile
// comes from general Python code (the language and library tests), not from the
// benchmarks that measure the result.
//   mpsandbox_pgo_train DIR...
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mpsandbox/mpsandbox.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> programs;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(argv[i], ec))
      if (e.path().extension() == ".py") programs.push_back(e.path());
    if (ec) {
      std::fprintf(stderr, "mpsandbox_pgo_train: cannot list %s\n", argv[i]);
      return 2;
    }
  }
  std::sort(programs.begin(), programs.end());
  mpsandbox::Limits limits;
  limits.fuel = 200'000'000;
  limits.timeout_ms = 5000;
  limits.max_source_bytes = 1 << 20;
  mpsandbox::Engine engine;
  size_t ran = 0;
  for (const auto& p : programs) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream src;
    src << in.rdbuf();
    auto session = engine.new_session(limits);
    if (!session) continue;
    if (session.value().exec(src.str())) ++ran;
  }
  std::printf("mpsandbox_pgo_train: %zu programs run\n", ran);
  return ran == 0 ? 1 : 0;
}
