// How promptly limits stop a guest: overshoot past a wall-clock deadline and interrupt
// latency, for a tight loop, a loop of C-level work and a sleep. Prints a table.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "mpsandbox/mpsandbox.h"

namespace {

using Clock = std::chrono::steady_clock;

const char* kPrograms[][2] = {
    {"tight loop", "while True: pass"},
    {"big-int work", "x = 3\nwhile True: x = (x * x) % (10 ** 4000)"},
    {"sleep", "import time\ntime.sleep(100)"},
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main() {
  constexpr int kRuns = 15;
  constexpr int kDeadlineMs = 50;
  std::printf("Stopping a running guest: median / worst over %d runs, in ms\n\n", kRuns);
  std::printf("%-14s %24s %24s\n", "program", "timeout overshoot", "interrupt latency");
  for (auto& prog : kPrograms) {
    std::vector<double> over, latency;
    for (int i = 0; i < kRuns; ++i) {
      mpsandbox::Limits l;
      l.timeout_ms = kDeadlineMs;
      l.fuel = 1ull << 60;
      auto s = mpsandbox::Engine().new_session(l).value();
      auto a = Clock::now();
      auto r = s.exec(prog[1]);
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - a).count();
      if (!r || r.value().status != mpsandbox::Status::Timeout) return 1;
      over.push_back(ms - kDeadlineMs);

      mpsandbox::Limits nl;
      nl.timeout_ms = 0;
      nl.fuel = 1ull << 60;
      auto s2 = mpsandbox::Engine().new_session(nl).value();
      Clock::time_point asked;
      std::thread t([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        asked = Clock::now();
        s2.interrupt();
      });
      auto r2 = s2.exec(prog[1]);
      auto done = Clock::now();
      t.join();
      if (!r2 || r2.value().status != mpsandbox::Status::Interrupted) return 1;
      latency.push_back(std::chrono::duration<double, std::milli>(done - asked).count());
    }
    std::printf("%-14s %11.3f / %10.3f %11.3f / %10.3f\n", prog[0], median(over),
                *std::max_element(over.begin(), over.end()), median(latency),
                *std::max_element(latency.begin(), latency.end()));
  }
  return 0;
}
