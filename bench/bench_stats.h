// Small helpers for bench/perf_bench.cc: order statistics, child processes, machine facts.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double micros(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::micro>(b - a).count();
}

struct Stats {
  double median = 0, p99 = 0, min = 0;
  size_t n = 0;
};
// Median, 99th percentile (nearest rank) and minimum of `v`.
Stats summarize(std::vector<double> v);
double geomean(const std::vector<double>& v);

struct ChildResult {
  int status = -1;     // exit status, or -1 if it did not exit normally
  std::string out;     // its stdout
  double wall_us = 0;  // from spawn to exit
};
// Runs argv[0] (a path) with stdin from /dev/null, stderr discarded, stdout captured.
ChildResult run_child(const std::vector<std::string>& argv);

// Facts about this machine for the report: CPU model, logical CPUs, kernel.
std::string cpu_model();
unsigned cpu_count();
std::string kernel_release();

// Private_Clean + Private_Dirty of this process in bytes (/proc/self/smaps_rollup).
long long private_rss_bytes();

}  // namespace bench
