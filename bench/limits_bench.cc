// How well limits hold across kinds of guest work (issue 15):
//  1. fuel per second: a fuel-only session runs each workload until a fixed budget is
//     spent; the rate should stay within a factor of 3 of ordinary bytecode's, so that a
//     budget bounds wall time whatever the program does;
//  2. the worst overshoot past a wall-clock deadline, and interrupt latency, per workload.
// Prints two tables.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "mpsandbox/mpsandbox.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Workload {
  const char* name;
  const char* setup;  // run first, without limits that matter
  const char* loop;   // runs until a limit stops it
};

const Workload kWorkloads[] = {
    {"bytecode loop", "", "x = 0\nwhile True:\n    x += 1"},
    {"gc.collect, 1M objects", "import gc\nheap = [(i,) for i in range(1_000_000)]",
     "while True:\n    gc.collect()"},
    {"gc.collect, empty heap", "import gc\nheap = [(i,) for i in range(1_000_000)]\ndel heap\ngc.collect()",
     "while True:\n    gc.collect()"},
    {"gc.threshold(1) allocs", "import gc\nheap = [(i,) for i in range(200_000)]\ngc.threshold(1)",
     "while True:\n    x = [1]"},
    {"big allocation", "", "while True:\n    b = bytearray(16 << 20)"},
    {"'%*d' padding", "", "while True:\n    s = '%*d' % (4_000_000, 1)"},
    {"compile", "src = '\\n'.join('x%d = %d + y * 2' % (i, i) for i in range(5000))",
     "while True:\n    compile(src, 'f', 'exec')"},
    {"compile 4 MB literal", "src = 'x = ' + repr('y' * 4_000_000)", "while True:\n    compile(src, 'f', 'exec')"},
    {"json.loads long str", "import json\ns = json.dumps('ab' * 2_000_000)", "while True:\n    json.loads(s)"},
    {"json.loads records", "import json\ns = json.dumps([{'a': i, 'b': [str(i)] * 3} for i in range(20000)])",
     "while True:\n    json.loads(s)"},
    {"set & set", "a = set(range(0, 600_000, 2))\nb = set(range(0, 600_000, 3))", "while True:\n    c = a & b"},
    {"zlib.decompress", "import zlib\nz = zlib.compress(bytes(16 << 20))", "while True:\n    x = zlib.decompress(z)"},
    {"sleep (fuel only)", "import time", "while True:\n    time.sleep(0.01)"},
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

mpsandbox::Session prepared(const Workload& w, uint64_t fuel, uint64_t timeout_ms) {
  mpsandbox::Limits setup;
  setup.memory_bytes = 512ull << 20;
  setup.timeout_ms = 0;
  setup.fuel = 1ull << 50;
  auto s = mpsandbox::Engine().new_session(setup).value();
  auto r = s.exec(w.setup);
  if (!r || r.value().status != mpsandbox::Status::Ok) {
    std::fprintf(stderr, "setup of %s failed\n", w.name);
    std::exit(1);
  }
  mpsandbox::Limits l = setup;
  l.fuel = fuel;
  l.timeout_ms = timeout_ms;
  if (!s.set_limits(l)) std::exit(1);
  return s;
}

// --only A,B: only the workloads whose names contain one of the comma-separated words
// (the bytecode loop, the baseline of the ratios, always runs).
bool selected(const Workload& w, const std::vector<std::string>& only) {
  if (only.empty() || &w == &kWorkloads[0]) return true;
  for (const std::string& o : only)
    if (std::string(w.name).find(o) != std::string::npos) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // rows as they are measured (a slow run shows where)
  std::vector<std::string> only;
  int kRuns = 3;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--only") && i + 1 < argc) {
      std::string list = argv[++i];
      for (size_t at = 0; at <= list.size();) {
        size_t comma = std::min(list.find(',', at), list.size());
        if (comma > at) only.push_back(list.substr(at, comma - at));
        at = comma + 1;
      }
    } else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
      kRuns = std::max(1, std::atoi(argv[++i]));
    } else {
      std::printf("usage: %s [--only WORD,WORD...] [--runs N]\n"
                  "  --only: only workloads whose names contain a WORD (the bytecode loop always)\n"
                  "  --runs: runs per measurement (3)\n", argv[0]);
      return !std::strcmp(argv[i], "--help") ? 0 : 2;
    }
  }
  // Each run of a workload is paired with a run of the bytecode loop just before it, and
  // the ratio is the median of the pairs' ratios: on a shared machine the speed drifts
  // between workloads. A budget of about a tenth of a second of bytecode: runs of 25 ms
  // (300 M units) moved by half from one table to the next.
  constexpr uint64_t kBudget = 1'200'000'000;
  std::printf("Fuel per second (fuel-only session, budget %llu units): median of %d runs, each paired\n"
              "with a run of the bytecode loop for the ratio\n\n",
              static_cast<unsigned long long>(kBudget), kRuns);
  std::printf("%-24s %12s %14s %10s\n", "workload", "seconds", "Mfuel/s", "vs loop");
  auto run_once = [&](const Workload& w, double* seconds) -> double {
    auto s = prepared(w, kBudget, 0);
    auto a = Clock::now();
    auto r = s.exec(w.loop);
    *seconds = std::chrono::duration<double>(Clock::now() - a).count();
    if (!r || r.value().status != mpsandbox::Status::FuelExhausted) {
      std::fprintf(stderr, "%s did not stop by fuel\n", w.name);
      std::exit(1);
    }
    return r.value().fuel_used / *seconds / 1e6;
  };
  for (const Workload& w : kWorkloads) {
    if (!selected(w, only)) continue;
    std::vector<double> secs, rates, ratios;
    for (int i = 0; i < kRuns; ++i) {
      double base_secs = 0, sec = 0;
      const double base = &w == &kWorkloads[0] ? 0 : run_once(kWorkloads[0], &base_secs);
      const double rate = run_once(w, &sec);
      secs.push_back(sec);
      rates.push_back(rate);
      ratios.push_back(base == 0 ? 1.0 : rate / base);
    }
    std::printf("%-24s %12.3f %14.1f %9.2fx\n", w.name, median(secs), median(rates), median(ratios));
  }

  constexpr int kDeadlineMs = 50;
  std::printf("\nStopping a running guest (deadline %d ms; interrupt 20 ms after the start): "
              "median / worst over %d runs, in ms\n\n", kDeadlineMs, kRuns);
  std::printf("%-24s %24s %24s\n", "workload", "timeout overshoot", "interrupt latency");
  for (const Workload& w : kWorkloads) {
    if (!selected(w, only)) continue;
    std::vector<double> over, latency;
    for (int i = 0; i < kRuns; ++i) {
      auto s = prepared(w, 1ull << 60, kDeadlineMs);
      auto a = Clock::now();
      auto r = s.exec(w.loop);
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - a).count();
      if (!r || r.value().status != mpsandbox::Status::Timeout) {
        std::fprintf(stderr, "%s did not stop by its deadline\n", w.name);
        return 1;
      }
      over.push_back(ms - kDeadlineMs);

      auto s2 = prepared(w, 1ull << 60, 0);
      Clock::time_point asked;
      std::thread t([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        asked = Clock::now();
        s2.interrupt();
      });
      auto r2 = s2.exec(w.loop);
      auto done = Clock::now();
      t.join();
      if (!r2 || r2.value().status != mpsandbox::Status::Interrupted) {
        std::fprintf(stderr, "%s was not interrupted\n", w.name);
        return 1;
      }
      latency.push_back(std::chrono::duration<double, std::milli>(done - asked).count());
    }
    std::printf("%-24s %11.3f / %10.3f %11.3f / %10.3f\n", w.name, median(over),
                *std::max_element(over.begin(), over.end()), median(latency),
                *std::max_element(latency.begin(), latency.end()));
  }
  return 0;
}
