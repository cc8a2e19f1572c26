// The performance table (make bench): session start, process start, per-exec overhead,
// host-function round trip, CPU-bound work against native MicroPython and CPython, memory
// per idle session, fuel-metering and rollback overhead. Every comparison is measured
// interleaved in one run (A, B, A, B, ...): the machine is shared and noisy. Prints the
// table and writes it as JSON.
//
//   mpsandbox_bench [--build DIR] [--json FILE] [--quick] [--rows abcdefghi]
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "bench_stats.h"
#include "mpsandbox/mpsandbox.h"
#include "runtime/snapshot.h"
#include "sandbox/session_template.h"

namespace fs = std::filesystem;
using bench::Clock;
using bench::micros;
using bench::Stats;
using nlohmann::json;

namespace {

struct Options {
  fs::path build = "build";
  std::string json_path;
  bool quick = false;
  std::string rows = "abcdefghi";
  int perf_n = 1000, perf_m = 1000;  // run-perfbench.py's "PC" parameters
  int perf_rounds = 7;
};

struct Row {
  std::string id, what, unit;
  Stats stats;
  std::optional<double> target;  // met if median <= target
  std::string note;
};

std::vector<Row> g_rows;
json g_details = json::object();

void add_row(Row r) {
  const bool has = r.target.has_value();
  std::printf("%-2s %-48s %10.2f %10.2f %-6s %s%s\n", r.id.c_str(), r.what.c_str(),
              r.stats.median, r.stats.p99, r.unit.c_str(),
              has ? (r.stats.median <= *r.target ? "met " : "MISS ") : "",
              has ? ("(target <= " + std::to_string(*r.target).substr(0, 5) + ")").c_str() : "");
  if (!r.note.empty()) std::printf("   %s\n", r.note.c_str());
  std::fflush(stdout);
  g_rows.push_back(std::move(r));
}

mpsandbox::Limits bench_limits() {
  mpsandbox::Limits l;
  l.timeout_ms = 0;
  l.fuel = 1ull << 62;
  return l;
}

mpsandbox::Session must_session(const mpsandbox::Limits& l = bench_limits()) {
  auto s = mpsandbox::Engine().new_session(l);
  if (!s) {
    std::fprintf(stderr, "new_session: %s\n", s.failure().message.c_str());
    std::exit(1);
  }
  return std::move(s).value();
}

void must_ok(mpsandbox::Result<mpsandbox::ExecResult>& r, const char* what) {
  if (!r || r.value().status != mpsandbox::Status::Ok) {
    std::fprintf(stderr, "%s failed: %s\n", what,
                 !r ? r.failure().message.c_str() : r.value().error->message.c_str());
    std::exit(1);
  }
}

// (a) a new session in a warm process, until print(1+1) has printed; interleaved with
// the same without session templates (a full guest start-up), for comparison.
void row_session_start(const Options& o) {
  const int reps = o.quick ? 100 : 500;
  const auto limits = bench_limits();
  mpsandbox::Engine engine;
  for (int i = 0; i < 10; ++i) (void)engine.new_session(limits);  // warm the process
  std::vector<double> total[2], create[2], end;
  // One loop per kind: a session without a template maps and unmaps a whole reservation,
  // and run between two templated starts it left them cold caches and TLBs (row a read
  // 16-20 us that way, 10-12 us on its own, on the same build).
  mpsandbox::EngineConfig plain_config;
  plain_config.session_templates = false;
  const mpsandbox::Engine plain(plain_config);
  for (int templated = 1; templated >= 0; --templated) {
    const mpsandbox::Engine& e = templated ? engine : plain;
    for (int i = 0; i < reps; ++i) {
      const auto t0 = Clock::now();
      std::optional<mpsandbox::Session> s(e.new_session(limits).value());
      const auto t1 = Clock::now();
      auto r = s->exec("print(1+1)");
      const auto t2 = Clock::now();
      must_ok(r, "print(1+1)");
      if (r.value().stdout_text != "2\n") std::exit(1);
      s.reset();  // with templates: the memory goes back to the template's pool
      const auto t3 = Clock::now();
      create[templated].push_back(micros(t0, t1));
      total[templated].push_back(micros(t0, t2));
      if (templated) end.push_back(micros(t2, t3));
    }
  }
  // Sessions that all stay resident: the pool is empty, and each maps the image anew.
  std::vector<double> fresh;
  std::vector<mpsandbox::Session> kept;
  for (int i = 0; i < reps; ++i) {
    const auto t0 = Clock::now();
    kept.push_back(engine.new_session(limits).value());
    auto r = kept.back().exec("print(1+1)");
    fresh.push_back(micros(t0, Clock::now()));
    must_ok(r, "print(1+1)");
  }
  auto med = [](const std::vector<double>& v) {
    return std::to_string(bench::summarize(v).median).substr(0, 6);
  };
  add_row({"a", "session start: new_session + print(1+1)", "us", bench::summarize(total[1]), 20.0,
           "of which new_session " + med(create[1]) + " us (a memory from the template's pool); "
           "ending the session, which resets its memory for the pool: " + med(end) + " us"});
  add_row({"a", "the same while every session stays resident (pool empty)", "us",
           bench::summarize(fresh), {}, ""});
  add_row({"a", "the same without templates", "us", bench::summarize(total[0]), {},
           "of which new_session " + med(create[0]) + " us"});
}

// (b) whole processes: the CLI, CPython and native MicroPython, interleaved.
void row_process_start(const Options& o) {
  const int rounds = o.quick ? 10 : 40;
  struct Cmd {
    const char* name;
    std::vector<std::string> argv;
    std::vector<double> t;
  };
  std::vector<Cmd> cmds = {
      {"mpsandbox -c", {(o.build / "mpsandbox").string(), "-c", "print(1+1)"}, {}},
      {"native micropython -c", {(o.build / "native" / "micropython").string(), "-c", "print(1+1)"}, {}},
      {"python3 -c", {"/usr/bin/python3", "-c", "print(1+1)"}, {}},
  };
  for (int i = 0; i < rounds + 2; ++i) {
    for (auto& c : cmds) {
      auto r = bench::run_child(c.argv);
      if (r.status != 0 || r.out != "2\n") {
        std::fprintf(stderr, "%s failed (status %d)\n", c.argv[0].c_str(), r.status);
        break;
      }
      if (i >= 2) c.t.push_back(r.wall_us / 1000.0);  // the first two warm the page cache
    }
  }
  for (auto& c : cmds)
    add_row({"b", std::string("process start: ") + c.name, "ms", bench::summarize(c.t), {}, ""});
}

// (c) per-exec overhead in a resident session: the same program each time (compiled once
// per session: the guest's code cache), interleaved with a program that differs each
// time only in a comment, so that it is lexed, parsed and compiled every time.
void row_exec_overhead(const Options& o) {
  const int reps = o.quick ? 2000 : 20000;
  auto s = must_session();
  auto r0 = s.exec("x = 0");
  must_ok(r0, "x = 0");
  for (int i = 0; i < 200; ++i) (void)s.exec("x += 1");
  std::vector<double> same, fresh;
  for (int i = 0; i < reps; ++i) {
    const std::string distinct = "x += 1  # " + std::to_string(i);
    auto a = Clock::now();
    auto r = s.exec("x += 1");
    auto b = Clock::now();
    auto f = s.exec(distinct);
    auto c = Clock::now();
    same.push_back(micros(a, b));
    fresh.push_back(micros(b, c));
    must_ok(r, "x += 1");
    must_ok(f, "x += 1 with a comment");
  }
  add_row({"c", "per-exec overhead: x += 1", "us", bench::summarize(same), 5.0, ""});
  add_row({"c", "the same, a new program each time (compiled)", "us", bench::summarize(fresh), {}, ""});
}

// (d) guest -> host -> guest with a small JSON value, against a Python function.
void row_host_call(const Options& o) {
  const int reps = o.quick ? 20 : 100;
  constexpr int kCalls = 1000;
  auto s = must_session();
  (void)s.register_function("echo", [](std::string_view) {
    return mpsandbox::HostReply::value(R"({"a": 1, "b": [1, 2]})");
  });
  auto setup = s.exec("def pyecho(v): return {'a': 1, 'b': [1, 2]}\nv = {'a': 1, 'b': [1, 2]}");
  must_ok(setup, "setup");
  const std::string host_loop = "for _ in range(1000): r = echo(v)";
  const std::string py_loop = "for _ in range(1000): r = pyecho(v)";
  std::vector<double> host, py, extra;
  for (int i = 0; i < reps + 3; ++i) {
    auto a = Clock::now();
    auto r1 = s.exec(host_loop);
    auto b = Clock::now();
    auto r2 = s.exec(py_loop);
    auto c = Clock::now();
    must_ok(r1, "host loop");
    must_ok(r2, "python loop");
    if (i < 3) continue;
    host.push_back(micros(a, b) / kCalls);
    py.push_back(micros(b, c) / kCalls);
    extra.push_back(host.back() - py.back());
  }
  Stats p = bench::summarize(py), e = bench::summarize(extra);
  add_row({"d", "host-function round trip (per call, in a loop)", "us", bench::summarize(host), 2.0,
           "same loop calling a Python function: " + std::to_string(p.median).substr(0, 5) +
               " us; host call costs " + std::to_string(e.median).substr(0, 5) + " us more"});
}

// (f) private memory per idle session with 1000 resident.
void row_memory(const Options& o) {
  const int n = o.quick ? 200 : 1000;
  std::vector<mpsandbox::Session> sessions;
  sessions.reserve(n);
  (void)must_session();  // one-time costs (templates, handlers) are not per session
  const long long before = bench::private_rss_bytes();
  for (int i = 0; i < n; ++i) sessions.push_back(must_session());
  const long long created = bench::private_rss_bytes();
  for (auto& s : sessions) (void)s.exec("x = 1");
  const long long used = bench::private_rss_bytes();
  Stats idle, after;
  idle.median = idle.p99 = (created - before) / 1024.0 / n;
  after.median = after.p99 = (used - before) / 1024.0 / n;
  idle.n = after.n = n;
  add_row({"f", "private RSS per idle session (" + std::to_string(n) + " resident)", "KiB", idle,
           200.0 * 1000 / 1024, "after one exec (x = 1) in each: " +
                                    std::to_string(after.median).substr(0, 6) + " KiB per session"});
}

// (h) rollback support: the same execs with snapshots on and off, interleaved.
void row_rollback(const Options& o) {
  const int reps = o.quick ? 1000 : 5000;
  struct W {
    const char* name;
    const char* setup;
    const char* code;
    int reps;
  };
  const W works[] = {{"x += 1", "x = 0", "x += 1", reps},
                     {"1k strs", "", "y = [str(i) for i in range(1000)]", reps / 10}};
  for (const W& w : works) {
    mpsbx::rt::set_snapshots_disabled_for_benchmarks(true);
    auto off = must_session();
    (void)off.exec(w.setup);
    mpsbx::rt::set_snapshots_disabled_for_benchmarks(false);
    auto on = must_session();
    (void)on.exec(w.setup);
    std::vector<double> t_on, t_off, diff;
    for (int i = 0; i < w.reps + 50; ++i) {
      mpsbx::rt::set_snapshots_disabled_for_benchmarks(false);
      auto a = Clock::now();
      auto r1 = on.exec(w.code);
      auto b = Clock::now();
      mpsbx::rt::set_snapshots_disabled_for_benchmarks(true);
      auto r2 = off.exec(w.code);
      auto c = Clock::now();
      must_ok(r1, w.code);
      must_ok(r2, w.code);
      if (i < 50) continue;
      t_on.push_back(micros(a, b));
      t_off.push_back(micros(b, c));
      diff.push_back(micros(a, b) - micros(b, c));
    }
    mpsbx::rt::set_snapshots_disabled_for_benchmarks(false);
    Stats s_on = bench::summarize(t_on), s_off = bench::summarize(t_off);
    Stats d = bench::summarize(diff);
    add_row({"h", std::string("rollback overhead per exec: ") + w.name, "us", d, {},
             "with snapshots " + std::to_string(s_on.median).substr(0, 6) + " us, without " +
                 std::to_string(s_off.median).substr(0, 6) + " us (medians)"});
    off = mpsandbox::Session(must_session());  // release both before the next workload
  }
}

// (e) and (g): MicroPython's tests/perf_bench programs, driven as run-perfbench.py
// drives them (program + benchrun.py + bm_run(N, M)); each reports its own run time in
// microseconds, so process start and compilation are not counted.
struct Target {
  std::string name;
  std::vector<std::string> argv;  // the script path is appended
};

std::optional<double> run_perf_program(const Target& t, const std::string& script,
                                       std::string* result) {
  auto argv = t.argv;
  argv.push_back(script);
  auto r = bench::run_child(argv);
  if (r.status != 0) return std::nullopt;
  std::istringstream in(r.out);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  std::istringstream fields(last);
  long long us = -1, norm = -1;
  fields >> us >> norm;
  if (us <= 0 || norm < 0) return std::nullopt;
  std::getline(fields, *result);
  return us / 1000.0;
}

void rows_perf_bench(const Options& o, bool want_e, bool want_g) {
  const fs::path dir = o.build / "deps" / "micropython" / "tests" / "perf_bench";
  std::ifstream runner_src(dir / "benchrun.py");
  if (!runner_src) {
    std::fprintf(stderr, "no %s: run make build first\n", dir.c_str());
    return;
  }
  std::stringstream benchrun;
  benchrun << runner_src.rdbuf();
  char tmpl[] = "/tmp/mpsandbox-bench-XXXXXX";
  if (!mkdtemp(tmpl)) return;
  const fs::path tmp = tmpl;

  std::vector<std::string> programs;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() != ".py" || name == "benchrun.py") continue;
    if (name.rfind("viper_", 0) == 0) continue;          // needs the native emitter
    if (name.rfind("core_import_mpy", 0) == 0) continue;  // needs .mpy loading (off)
    programs.push_back(name);
  }
  std::sort(programs.begin(), programs.end());

  // In each round the sandbox runs right after native and right before the unmetered
  // build: the ratios pair runs that are adjacent in time.
  std::vector<Target> targets = {
      {"native", {(o.build / "native" / "micropython").string()}},
      {"sandbox", {(o.build / "mpsandbox_bench_runner").string()}},
  };
  if (want_g) targets.push_back({"unmetered", {(o.build / "mpsandbox_bench_runner_unmetered").string()}});
  targets.push_back({"cpython", {"/usr/bin/python3"}});

  std::map<std::string, std::map<std::string, std::vector<double>>> times;
  std::map<std::string, std::map<std::string, std::string>> results;
  std::vector<std::string> scripts;
  for (const auto& p : programs) {
    std::ifstream in(dir / p);
    std::stringstream src;
    src << in.rdbuf() << benchrun.str() << "bm_run(" << o.perf_n << ", " << o.perf_m << ")\n";
    const fs::path script = tmp / p;
    std::ofstream(script) << src.str();
    scripts.push_back(script.string());
  }
  const int rounds = o.quick ? 1 : o.perf_rounds;
  for (int round = 0; round < rounds; ++round) {
    for (size_t i = 0; i < programs.size(); ++i) {
      for (const auto& t : targets) {
        std::string result;
        auto ms = run_perf_program(t, scripts[i], &result);
        if (ms) {
          times[programs[i]][t.name].push_back(*ms);
          results[programs[i]][t.name] = result;
        }
      }
    }
  }
  fs::remove_all(tmp);

  std::printf("\n   perf_bench (N=%d M=%d, %d interleaved rounds), median ms; ratios: median of per-round ratios:\n", o.perf_n,
              o.perf_m, rounds);
  std::printf("   %-22s %9s %9s %9s %9s %8s %8s %8s %9s\n", "program", "sandbox", "native", "cpython",
              "unmetered", "sbx/nat", "cpy/nat", "sbx/cpy", "metering");
  std::vector<double> sbx_ratio, cpy_ratio, meter_ratio, sbx_fastest, meter_fastest;
  // Programs on which native MicroPython beats CPython, and the sandbox / CPython ratio
  // there (the target: the sandbox beats CPython too).
  std::vector<std::string> native_wins;
  double worst_vs_cpython = 0;
  json programs_json = json::array();
  for (const auto& p : programs) {
    auto& m = times[p];
    auto med = [&](const char* t) -> double {
      return m.count(t) && !m[t].empty() ? bench::summarize(m[t]).median : NAN;
    };
    const double s = med("sandbox"), n = med("native"), c = med("cpython"), u = med("unmetered");
    // Median over rounds of the ratio within each round: a burst of load from other
    // jobs then skews one pair, not a whole column.
    auto ratio = [&](const char* a, const char* b) -> double {
      if (!m.count(a) || !m.count(b) || m[a].size() != m[b].size() || m[a].empty()) return NAN;
      std::vector<double> r;
      for (size_t i = 0; i < m[a].size(); ++i) r.push_back(m[a][i] / m[b][i]);
      return bench::summarize(r).median;
    };
    const double sn = ratio("sandbox", "native"), cn = ratio("cpython", "native"),
                 su = ratio("sandbox", "unmetered"), sc = ratio("sandbox", "cpython");
    if (cn > 1 && std::isfinite(sc)) {
      native_wins.push_back(p.substr(0, p.size() - 3));
      worst_vs_cpython = std::max(worst_vs_cpython, sc);
    }
    // Second estimate: the ratio of each binary's fastest run. Load from other jobs only
    // ever adds time, so the fastest run is the least disturbed one.
    auto fastest = [&](const char* a, const char* b) -> double {
      if (!m.count(a) || !m.count(b) || m[a].empty() || m[b].empty()) return NAN;
      return *std::min_element(m[a].begin(), m[a].end()) / *std::min_element(m[b].begin(), m[b].end());
    };
    const double sn_fast = fastest("sandbox", "native"), su_fast = fastest("sandbox", "unmetered");
    if (std::isfinite(sn_fast)) sbx_fastest.push_back(sn_fast);
    if (std::isfinite(su_fast)) meter_fastest.push_back(su_fast);
    const bool same = results[p]["sandbox"] == results[p]["native"];
    std::printf("   %-22s %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f %8.2f %8.1f%%%s\n", p.c_str(), s, n, c, u,
                sn, cn, sc, (su - 1) * 100, same ? "" : "  (results differ)");
    if (std::isfinite(sn)) sbx_ratio.push_back(sn);
    if (std::isfinite(cn)) cpy_ratio.push_back(cn);
    if (std::isfinite(su)) meter_ratio.push_back(su);
    json j = {{"program", p}, {"results_match_native", same}};
    for (const char* t : {"sandbox", "native", "cpython", "unmetered"}) {
      const double v = med(t);
      j[std::string(t) + "_ms"] = std::isfinite(v) ? json(v) : json(nullptr);
    }
    programs_json.push_back(j);
  }
  g_details["perf_bench"] = {{"n", o.perf_n}, {"m", o.perf_m}, {"rounds", rounds},
                             {"programs", programs_json}};
  std::printf("\n");
  // A geometric mean of ratios as a row: as a factor, or as a percentage over 1.
  auto geomean_stats = [](const std::vector<double>& ratios, bool percent) {
    Stats st;
    st.median = st.p99 = percent ? (bench::geomean(ratios) - 1) * 100 : bench::geomean(ratios);
    st.n = ratios.size();
    return st;
  };
  if (want_e) {
    add_row({"e", "CPU-bound: sandbox / native, geomean of " + std::to_string(sbx_ratio.size()), "x",
             geomean_stats(sbx_ratio, false), 1.3, ""});
    add_row({"e", "CPU-bound: CPython / native, geomean of " + std::to_string(cpy_ratio.size()), "x",
             geomean_stats(cpy_ratio, false), {}, ""});
    if (!sbx_fastest.empty())
      add_row({"e", "the same from each binary's fastest run", "x", geomean_stats(sbx_fastest, false), {}, ""});
    if (!native_wins.empty()) {
      std::string names;
      for (const auto& n : native_wins) names += (names.empty() ? "" : ", ") + n;
      Stats st;
      st.median = st.p99 = worst_vs_cpython;
      st.n = native_wins.size();
      add_row({"e", "where native beats CPython (" + names + "): sandbox / CPython, worst", "x", st, 1.0, ""});
    }
  }
  if (want_g && !meter_ratio.empty()) {
    add_row({"g", "fuel metering: metered / unmetered - 1, geomean", "%", geomean_stats(meter_ratio, true),
             10.0, ""});
    if (!meter_fastest.empty())
      add_row({"g", "the same from each binary's fastest run", "%", geomean_stats(meter_fastest, true), {}, ""});
  }
}

std::string now_utc() {
  char buf[32];
  std::time_t t = std::time(nullptr);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

void write_json(const std::string& path) {
  json rows = json::array();
  for (const Row& r : g_rows) {
    json j = {{"id", r.id}, {"what", r.what}, {"unit", r.unit}, {"median", r.stats.median},
              {"p99", r.stats.p99}, {"samples", r.stats.n}};
    if (r.target) {
      j["target"] = *r.target;
      j["met"] = r.stats.median <= *r.target;
    }
    if (!r.note.empty()) j["note"] = r.note;
    rows.push_back(j);
  }
  json doc = {{"date", now_utc()},
              {"machine",
               {{"cpu", bench::cpu_model()}, {"nproc", bench::cpu_count()},
                {"kernel", bench::kernel_release()}}},
              {"mpsandbox", mpsandbox::version()},
              {"micropython", mpsandbox::micropython_version()},
              {"rows", rows},
              {"details", g_details}};
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path) << doc.dump(2) << "\n";
  std::printf("\nwritten to %s\n", path.c_str());
}

}  // namespace

// Snapshots (issue rows i): in-process snapshot, fork, serialize and load + restore, for an
// idle session and for one holding about 10 MB of Python objects; serialized sizes.
void rows_snapshots(const Options& o) {
  const int reps = o.quick ? 50 : 200;
  struct Kind {
    const char* name;
    const char* setup;
    uint64_t heap;
  };
  const Kind kinds[] = {
      {"idle session (x = 41)", "x = 41", 1ull << 20},
      {"10 MB of Python objects", "data = [{'k': i, 'v': str(i) * 3} for i in range(60000)]", 64ull << 20},
  };
  for (const Kind& k : kinds) {
    mpsandbox::Limits l = bench_limits();
    l.heap_bytes = k.heap;
    const int n = k.heap > (1u << 20) ? reps / 10 : reps;
    mpsandbox::Engine engine;
    mpsandbox::Session s = engine.new_session(l).value();
    auto r = s.exec(k.setup);
    must_ok(r, k.setup);
    std::vector<double> snap, fork, ser, load, first_exec;
    std::string bytes;
    uint64_t mem = 0;
    for (int i = 0; i < n; ++i) {
      const auto t0 = Clock::now();
      auto sn = s.snapshot();
      const auto t1 = Clock::now();
      std::optional<mpsandbox::Session> f(s.fork().value());
      const auto t2 = Clock::now();
      auto b = sn.value().serialize();
      const auto t3 = Clock::now();
      // The fork's first exec: it reseeds `random` (real randomness) and runs unprotected.
      const auto e0 = Clock::now();
      auto fr = f->exec("pass");
      first_exec.push_back(micros(e0, Clock::now()));
      must_ok(fr, "pass");
      auto restored = engine.restore(engine.load_snapshot(b.value()).value());
      const auto t4 = Clock::now();
      if (!restored) std::exit(1);
      mem = sn.value().memory_bytes();
      bytes = std::move(b.value());
      snap.push_back(micros(t0, t1));
      fork.push_back(micros(t1, t2));
      ser.push_back(micros(t2, t3));
      load.push_back(micros(t3, t4));
    }
    const bool idle = k.heap == (1u << 20);
    const std::string what = std::string(" (") + k.name + ")";
    add_row({"i", "snapshot" + what, "us", bench::summarize(snap), idle ? std::optional(5.0) : std::nullopt,
             "holds " + std::to_string(mem / 1024) + " KiB of memory pages (those differing from the template)"});
    add_row({"i", "fork" + what, "us", bench::summarize(fork), idle ? std::optional(5.0) : std::nullopt,
             "the fork's first exec (pass), which reseeds random: " +
                 std::to_string(bench::summarize(first_exec).median).substr(0, 6) + " us"});
    add_row({"i", "serialize" + what, "us", bench::summarize(ser), idle ? std::optional(100.0) : std::nullopt,
             "serialized size " + std::to_string(bytes.size()) + " bytes" + (idle ? " (target <= 65536)" : "")});
    add_row({"i", "load_snapshot + restore" + what, "us", bench::summarize(load),
             idle ? std::optional(100.0) : std::nullopt, ""});
    g_details["snapshot_bytes"][k.name] = bytes.size();
  }
}

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--build") o.build = next();
    else if (a == "--json") o.json_path = next();
    else if (a == "--quick") o.quick = true;
    else if (a == "--rows") o.rows = next();
    else if (a == "--perf-n") o.perf_n = std::atoi(next().c_str());
    else if (a == "--perf-rounds") o.perf_rounds = std::atoi(next().c_str());
    else {
      std::fprintf(stderr, "usage: %s [--build DIR] [--json FILE] [--quick] [--rows abcdefghi] "
                           "[--perf-n N] [--perf-rounds R]\n", argv[0]);
      return 2;
    }
  }
  auto want = [&](char c) { return o.rows.find(c) != std::string::npos; };
  std::printf("mpsandbox %s, MicroPython %s; %u CPUs, %s\n\n", mpsandbox::version(),
              mpsandbox::micropython_version(), bench::cpu_count(), bench::cpu_model().c_str());
  std::printf("%-2s %-48s %10s %10s %-6s %s\n", "", "measure", "median", "p99", "unit", "target");
  if (want('a')) row_session_start(o);
  if (want('b')) row_process_start(o);
  if (want('c')) row_exec_overhead(o);
  if (want('d')) row_host_call(o);
  if (want('f')) row_memory(o);
  if (want('h')) row_rollback(o);
  if (want('i')) rows_snapshots(o);
  if (want('e') || want('g')) rows_perf_bench(o, want('e'), want('g'));
  if (!o.json_path.empty()) write_json(o.json_path);
  return 0;
}
