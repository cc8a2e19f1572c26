// Cost of rollback support per exec: the same execs with copy-on-write snapshots and
// with snapshots disabled, side by side in one run, for two heap sizes. Prints a table.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "mpsandbox/mpsandbox.h"
#include "runtime/snapshot.h"

namespace {

struct Workload {
  const char* name;
  const char* setup;
  const char* code;
  int reps;
};

const Workload kWorkloads[] = {
    {"tiny: x += 1", "x = 0", "x += 1", 3000},
    {"1k strs", "", "y = [str(i) for i in range(1000)]", 300},
    {"dict of 20k", "", "d = {i: str(i) for i in range(20000)}", 40},
    {"touch 4 MiB", "b = bytearray(4 << 20)", "for i in range(0, len(b), 4096): b[i] = 1", 40},
};

struct Stat {
  double median, mean;
};

// Median and mean microseconds per exec over `reps` runs, in a fresh session.
Stat measure(uint64_t heap, const Workload& w) {
  mpsandbox::Limits l;
  l.heap_bytes = heap;
  l.timeout_ms = 0;
  auto made = mpsandbox::Engine().new_session(l);
  if (!made) {
    std::fprintf(stderr, "session: %s\n", made.failure().message.c_str());
    return {-1, -1};
  }
  mpsandbox::Session s = std::move(made).value();
  (void)s.exec(w.setup);
  for (int i = 0; i < 5; ++i) (void)s.exec(w.code);  // warm up
  std::vector<double> t;
  for (int i = 0; i < w.reps; ++i) {
    auto a = std::chrono::steady_clock::now();
    auto r = s.exec(w.code);
    auto b = std::chrono::steady_clock::now();
    if (!r || r.value().status != mpsandbox::Status::Ok) return {-1, -1};
    t.push_back(std::chrono::duration<double, std::micro>(b - a).count());
  }
  std::sort(t.begin(), t.end());
  double sum = 0;
  for (double v : t) sum += v;
  return {t[t.size() / 2], sum / t.size()};
}

double measure_stop(uint64_t heap) {
  // An exec that dirties the heap and is then stopped by fuel: includes the rollback.
  mpsandbox::Limits l;
  l.heap_bytes = heap;
  l.fuel = 300'000'000;
  l.timeout_ms = 0;
  mpsandbox::Session s = mpsandbox::Engine().new_session(l).value();
  (void)s.exec("keep = [str(i) for i in range(10000)]");
  std::vector<double> t;
  for (int i = 0; i < 15; ++i) {
    auto a = std::chrono::steady_clock::now();
    auto r = s.exec("junk = [str(i) for i in range(50000)]\nwhile True: pass");
    auto b = std::chrono::steady_clock::now();
    if (!r || r.value().status != mpsandbox::Status::FuelExhausted) return -1;
    t.push_back(std::chrono::duration<double, std::milli>(b - a).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main() {
  const uint64_t heaps[] = {1u << 20, 16u << 20};
  std::printf("Rollback support: exec latency in us (median / mean), snapshots on vs off\n\n");
  std::printf("%-8s %-16s %19s %19s %19s\n", "heap", "workload", "snapshots", "none", "cost per exec");
  for (uint64_t heap : heaps) {
    for (const Workload& w : kWorkloads) {
      mpsbx::rt::set_snapshots_disabled_for_benchmarks(true);
      Stat off = measure(heap, w);
      mpsbx::rt::set_snapshots_disabled_for_benchmarks(false);
      Stat on = measure(heap, w);
      std::printf("%-8s %-16s %9.1f /%8.1f %9.1f /%8.1f %9.1f /%8.1f\n",
                  (std::to_string(heap >> 20) + " MiB").c_str(), w.name, on.median, on.mean,
                  off.median, off.mean, on.median - off.median, on.mean - off.mean);
    }
  }
  std::printf("\nStopped exec (dirty heap, fuel exhausted, rolled back): median ms\n");
  for (uint64_t heap : heaps)
    std::printf("%-8s %9.2f\n", (std::to_string(heap >> 20) + " MiB").c_str(), measure_stop(heap));
  return 0;
}
