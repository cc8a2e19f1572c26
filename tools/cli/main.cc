// mpsandbox: run Python code in the sandbox from the command line.
//   mpsandbox [limits] [--json] [--save FILE] [--restore FILE] -c CODE | FILE.py | -
//   mpsandbox --version
// Exit codes: 0 success, 1 the guest raised, 2 usage error, 3 the run was stopped
// (a limit or a trap); sys.exit(n) exits with n.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "mpsandbox/json.h"
#include "mpsandbox/mpsandbox.h"
#include "options.h"
#include "result_json.h"
#include "repl.h"
#include "session_protocol.h"
#include "http_server.h"
#include "mcp.h"

namespace {

constexpr int kExitOk = 0, kExitGuestError = 1, kExitUsage = 2, kExitStopped = 3;

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "mpsandbox: %s\n", msg.c_str());
  return kExitUsage;
}

bool read_all(std::istream& in, std::string& out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int exit_status(const mpsandbox::ExecResult& r) {
  if (r.exit_code) return *r.exit_code & 0xff;  // SystemExit(n): the program's own status
  switch (r.status) {
    case mpsandbox::Status::Ok: return kExitOk;
    case mpsandbox::Status::Error: return kExitGuestError;
    default: return kExitStopped;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Run untrusted Python code in a MicroPython WebAssembly sandbox."};
  app.footer(
      "Exit status: 0 success, 1 the program raised an exception, 2 usage error,\n"
      "3 the run was stopped by a limit (fuel, timeout, output) or a trap;\n"
      "sys.exit(n) exits with n.");
  std::string code;
  std::string program;
  bool show_version = false;
  auto* c_opt = app.add_option("-c", code, "Program passed in as a string");
  auto* file_opt = app.add_option("program", program, "Python file to run, or - for stdin");
  // As python3's: what follows the program is its sys.argv[1:] (after -c CODE, all of
  // it); an argument that starts with '-' goes after `--`.
  std::vector<std::string> program_args;
  app.add_option("args", program_args, "Arguments for the program: its sys.argv[1:]");
  app.add_flag("-V,--version", show_version, "Print mpsandbox and MicroPython versions");
  std::string fuel, memory, timeout, max_output, rollback;
  bool json = false;
  bool interactive = false;
  bool deterministic = false;
  std::string seed;
  app.add_flag("--deterministic", deterministic,
               "Virtual clocks and seeded randomness: bit-identical runs");
  app.add_option("--seed", seed, "Seed for --deterministic (default 0)")->type_name("N");
  app.add_flag("-i", interactive, "Interactive prompt (after running the program, if any)");
  // The defaults shown are the library's own (mpsandbox::Limits).
  const mpsandbox::Limits defaults;
  auto seconds = [](uint64_t ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", static_cast<double>(ms) / 1000.0);
    return std::string(text);
  };
  auto mib = [](uint64_t b) { return b % (1u << 20) == 0 ? std::to_string(b >> 20) + "M" : std::to_string(b); };
  app.add_option("--fuel", fuel, "CPU fuel for the run (deterministic units; default " + std::to_string(defaults.fuel) + ")")
      ->type_name("N");
  app.add_option("--memory", memory, "Memory limit, e.g. 64M or 1G (default " + mib(defaults.memory_bytes) + ")")
      ->type_name("BYTES");
  app.add_option("--timeout", timeout,
                 "Wall-clock limit, e.g. 2.5; 0 for none (default " + seconds(defaults.timeout_ms) + ")")
      ->type_name("SECONDS");
  app.add_option("--max-output", max_output, "Cap on each of stdout and stderr (default " + mib(defaults.max_output_bytes) + ")")
      ->type_name("BYTES");
  app.add_option("--rollback-memory", rollback,
                 "Host memory an exec may use to be undoable (default 128M); past it the exec is stopped")
      ->type_name("BYTES");
  app.add_flag("--json", json, "Print one JSON object with the result instead of the streams");
  std::vector<std::string> mounts_ro, mounts_rw;
  std::string scratch, write_quota;
  app.add_option("--mount-ro", mounts_ro, "Mount a host directory read-only (GUEST defaults to /input)")
      ->type_name("HOST:GUEST")
      ->allow_extra_args(false);
  app.add_option("--mount-rw", mounts_rw, "Mount a host directory writable, within --write-quota")
      ->type_name("HOST:GUEST")
      ->allow_extra_args(false);
  auto* write_quota_opt = app.add_option("--write-quota", write_quota, "Bytes the guest may write to --mount-rw (default 16M)")
      ->type_name("BYTES");
  std::string guest_cwd;
  app.add_option("--cwd", guest_cwd, "The guest's working directory (inside its mounts)")
      ->type_name("GUEST_DIR");
  auto* scratch_opt = app.add_option("--scratch", scratch, "An in-memory read-write filesystem at /tmp of this size")
      ->type_name("BYTES");
  std::string save_path, restore_path, key_path;
  auto* save_opt = app.add_option("--save", save_path, "After the program runs, write the session's snapshot here")
      ->type_name("FILE");
  auto* restore_opt = app.add_option("--restore", restore_path,
                                     "Start from this snapshot; its limits and policy apply unless flags change them")
      ->type_name("FILE");
  app.add_option("--snapshot-key", key_path, "Sign snapshots with, and require on restore, the key in this file (16-64 bytes)")
      ->type_name("FILE");
  CLI::App* session_cmd =
      app.add_subcommand("session", "Serve one persistent session as JSON lines on stdin/stdout");
  session_cmd->fallthrough();  // limit options may follow the subcommand
  session_cmd->footer(
      "The options of mpsandbox itself (--fuel, --memory, --timeout, --max-output, --rollback-memory,\n"
      "--deterministic, --seed, --mount-ro, --mount-rw, --write-quota, --scratch) set the session's\n"
      "limits and policy; they may come before or after `session`. Each request is one JSON line\n"
      "(\"code\", \"stdin\", \"op\": \"snapshot\" | \"restore\" ...), each response one line: docs/PROTOCOL.md.");
  CLI::App* serve_cmd = app.add_subcommand("serve", "Serve sessions over HTTP (docs/SERVER.md)");
  std::string listen = "127.0.0.1:8080", config_path, data_dir;
  unsigned threads = 0;
  auto* listen_opt = serve_cmd->add_option("--listen", listen, "Address and port (default 127.0.0.1:8080)")->type_name("ADDR:PORT");
  serve_cmd->add_option("--config", config_path, "Profiles, tenants and server settings (TOML)")->type_name("FILE");
  serve_cmd->add_option("--data-dir", data_dir, "Where idle and persisted sessions are stored")->type_name("DIR");
  serve_cmd->add_option("--threads", threads, "Worker threads (default: one per core)")->type_name("N");
  CLI::App* mcp_cmd = app.add_subcommand("mcp", "Serve the Model Context Protocol on stdin/stdout (docs/SERVER.md)");
  std::string mcp_config;
  mcp_cmd->add_option("--config", mcp_config, "Profiles (TOML, as serve's): sessions use \"default\"")->type_name("FILE");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // A mistyped flag is named as such, not as the conflict it causes (its value taken
    // for the program's file name).
    std::set<std::string> known;
    auto add = [&](const CLI::App* a) {
      for (const CLI::Option* o : a->get_options()) {
        for (const std::string& n : o->get_lnames()) known.insert("--" + n);
        for (const std::string& n : o->get_snames()) known.insert("-" + n);
      }
    };
    add(&app);
    for (const CLI::App* sub : app.get_subcommands({})) add(sub);
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      if (a == "--") break;
      const std::string name = a.substr(0, a.find('='));
      if (a.size() > 1 && a[0] == '-' && !known.count(name)) return usage_error("unknown option " + name);
    }
    return usage_error(e.what());
  }

  if (show_version) {
    std::printf("mpsandbox %s (MicroPython %s)\n", mpsandbox::version(),
                mpsandbox::micropython_version());
    return kExitOk;
  }

  if (mcp_cmd->parsed()) {
    mpsandbox::server::ServerOptions server_options;
    mpsandbox::server::ManagerConfig manager_config;
    if (!mcp_config.empty()) {
      if (auto err = mpsandbox::server::load_config(mcp_config, &server_options, &manager_config)) return usage_error(*err);
    }
    return mpsandbox::server::serve_mcp_stdio(std::cin, std::cout, std::move(manager_config));
  }
  if (serve_cmd->parsed()) {
    mpsandbox::server::ServerOptions server_options;
    mpsandbox::server::ManagerConfig manager_config;
    if (!config_path.empty()) {
      if (auto err = mpsandbox::server::load_config(config_path, &server_options, &manager_config)) return usage_error(*err);
    }
    if (listen_opt->count() || config_path.empty()) {
      const size_t colon = listen.rfind(':');
      const std::string port = colon == std::string::npos ? "" : listen.substr(colon + 1);
      if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos || std::stoul(port) > 65535)
        return usage_error("--listen: expected ADDR:PORT, got '" + listen + "'");
      server_options.address = listen.substr(0, colon);
      server_options.port = static_cast<uint16_t>(std::stoul(port));
    }
    if (threads) server_options.threads = threads;
    if (!data_dir.empty()) manager_config.data_dir = data_dir;
    return mpsandbox::server::serve(server_options, std::move(manager_config));
  }

  std::string source, filename;
  if (session_cmd->parsed()) {
    if (c_opt->count() || file_opt->count()) return usage_error("session takes no program");
  }
  // sys.argv as python3 sets it: the program's path ('-c', '-' for stdin), then its arguments.
  std::vector<std::string> guest_argv;
  if (c_opt->count()) {
    source = code;
    filename = "<string>";
    guest_argv.push_back("-c");
    if (file_opt->count()) guest_argv.push_back(program);
  } else if (file_opt->count() && program == "-") {
    if (!read_all(std::cin, source)) return usage_error("cannot read the program from stdin");
    filename = "<stdin>";
    guest_argv.push_back("-");
  } else if (file_opt->count()) {
    std::ifstream in(program, std::ios::binary);
    if (!in) return usage_error("cannot open '" + program + "': " + std::strerror(errno));
    if (!read_all(in, source)) return usage_error("cannot read '" + program + "'");
    filename = program;
    guest_argv.push_back(program);
  } else if (!session_cmd->parsed()) {
    if (!interactive && !isatty(STDIN_FILENO))
      return usage_error("no program given (use -c CODE, FILE, - for stdin or -i; --help for more)");
    interactive = true;
  }

  // The engine: snapshots are signed and checked with --snapshot-key's bytes.
  mpsandbox::EngineConfig engine_config;
  if (!key_path.empty()) {
    if (auto err = mpsandbox::cli::read_file(key_path, 64, &engine_config.snapshot_key))
      return usage_error("--snapshot-key: " + *err + " (a key is 16 to 64 bytes)");
  }
  auto made_engine = mpsandbox::Engine::create(engine_config);
  if (!made_engine) return usage_error("--snapshot-key: " + made_engine.failure().message);
  const mpsandbox::Engine engine = made_engine.value();
  if (session_cmd->parsed() && (save_opt->count() || restore_opt->count()))
    return usage_error("session takes no --save or --restore (use the snapshot and restore requests)");
  // --restore: the snapshot's limits and policy, changed by the flags given.
  std::optional<mpsandbox::Snapshot> restored;
  if (restore_opt->count()) {
    std::string bytes;
    if (auto err = mpsandbox::cli::read_file(restore_path, engine_config.max_snapshot_bytes + (1u << 20), &bytes))
      return usage_error("--restore: " + *err);
    auto snap = engine.load_snapshot(bytes);
    if (!snap) return usage_error("--restore " + restore_path + ": " + snap.failure().message);
    restored = std::move(snap).value();
  }

  // Each limit flag: its text, its parser, what it expects, and where the value goes.
  mpsandbox::Limits limits = restored ? restored->limits() : mpsandbox::Limits{};
  using Parser = std::optional<uint64_t> (*)(std::string_view);
  const struct {
    const char* flag;
    const std::string& text;
    Parser parse;
    const char* expected;
    uint64_t& target;
  } flags[] = {
      {"--fuel", fuel, mpsandbox::cli::parse_count, "a positive whole number", limits.fuel},
      {"--memory", memory, mpsandbox::cli::parse_bytes, "a positive size such as 64M or 1G",
       limits.memory_bytes},
      {"--timeout", timeout, mpsandbox::cli::parse_seconds_as_ms,
       "seconds between 0.001 and 2592000 (30 days), or 0 for none", limits.timeout_ms},
      {"--max-output", max_output, mpsandbox::cli::parse_bytes, "a positive size such as 4096 or 1M",
       limits.max_output_bytes},
      {"--rollback-memory", rollback, mpsandbox::cli::parse_bytes,
       "a size such as 64M or 1G (at least 1M)", limits.rollback_bytes},
  };
  for (const auto& f : flags) {
    if (f.text.empty()) continue;
    auto v = f.parse(f.text);
    if (!v) return usage_error(std::string(f.flag) + ": expected " + f.expected + ", got '" + f.text + "'");
    f.target = *v;
  }

  mpsandbox::Policy policy;
  policy.deterministic = deterministic;
  if (!seed.empty()) {
    uint64_t v = 0;
    auto [p, ec] = std::from_chars(seed.data(), seed.data() + seed.size(), v);
    if (ec != std::errc() || p != seed.data() + seed.size())
      return usage_error("--seed: expected a whole number, got '" + seed + "'");
    if (!deterministic) return usage_error("--seed needs --deterministic");
    policy.seed = v;
  }

  if (auto err = mpsandbox::cli::add_mounts(
          policy, mounts_ro, mounts_rw,
          write_quota_opt->count() ? std::optional(write_quota) : std::nullopt,
          scratch_opt->count() ? std::optional(scratch) : std::nullopt))
    return usage_error(*err);

  if (session_cmd->parsed()) return mpsandbox::cli::serve_session(std::cin, std::cout, engine, limits, policy);

  const bool policy_flags = deterministic || !seed.empty() || !mounts_ro.empty() || !mounts_rw.empty() ||
                            scratch_opt->count();
  auto session = restored ? engine.restore(*restored, {limits, policy_flags ? std::optional(policy) : std::nullopt})
                          : engine.new_session(limits, policy);
  if (!session)
    return usage_error((restored ? "--restore " + restore_path + ": " : std::string()) + session.failure().message);
  // --save: after the program (and the prompt, with -i) ends, whatever it did.
  struct SaveAtEnd {
    const std::string& path;
    bool wanted;
    mpsandbox::Session& session;
    int save() const {
      if (!wanted) return 0;
      auto snap = session.snapshot();
      auto bytes = snap ? snap.value().serialize() : mpsandbox::Result<std::string>(snap.failure());
      if (!bytes) return usage_error("--save: " + bytes.failure().message);
      if (auto err = mpsandbox::cli::write_file_atomic(path, bytes.value())) return usage_error("--save: " + *err);
      return 0;
    }
  } saver{save_path, save_opt->count() > 0, session.value()};
  auto saved = [&](int status) { return saver.save() != 0 ? kExitUsage : status; };
  if (!guest_cwd.empty()) {
    // A separate exec, so the program's own line numbers and globals are untouched.
    auto r = session.value().exec("__import__('os').chdir(" + nlohmann::json(guest_cwd).dump() + ")");
    if (!r || r.value().status != mpsandbox::Status::Ok)
      return usage_error("--cwd: no such guest directory '" + guest_cwd + "'");
  }
  if (!guest_argv.empty()) {
    guest_argv.insert(guest_argv.end(), program_args.begin(), program_args.end());
    // A separate exec, as --cwd's; a JSON array of strings is a Python list literal.
    auto r = session.value().exec("__import__('sys').argv = " + mpsandbox::json_text(guest_argv));
    if (!r || r.value().status != mpsandbox::Status::Ok) return usage_error("cannot set the program's sys.argv");
  } else if (!program_args.empty()) {
    return usage_error("arguments given without a program");
  }
  if (interactive && source.empty() && filename.empty()) return saved(mpsandbox::cli::run_repl(session.value()));
  // A program given by -c or FILE reads the process's stdin as its sys.stdin.
  std::string guest_stdin;
  if (filename != "<stdin>" && !isatty(STDIN_FILENO) && !interactive) read_all(std::cin, guest_stdin);
  // Output reaches the terminal (or pipe) as the program writes it, line by line; with
  // --json it is in the one result line.
  auto result = session.value().exec(
      source, {.filename = filename, .stdin_text = guest_stdin, .on_output = json ? nullptr : mpsandbox::cli::write_stream});
  if (!result) {
    std::fprintf(stderr, "mpsandbox: %s\n", result.failure().message.c_str());
    return kExitStopped;
  }
  const mpsandbox::ExecResult& r = result.value();
  if (interactive && !json && !r.exit_code) {
    bool cut = false;
    if (r.error && !r.error->traceback.empty())
      mpsandbox::cli::write_bytes(stderr, mpsandbox::cli::error_for_stderr(r, session.value().limits().max_output_bytes, &cut));
    return saved(mpsandbox::cli::run_repl(session.value()));
  }
  if (json) {
    std::string line = mpsandbox::cli::dump_line(mpsandbox::cli::result_to_json(r)) + "\n";
    mpsandbox::cli::write_bytes(stdout, line);
    return saved(exit_status(r));
  }
  const uint64_t output_cap = session.value().limits().max_output_bytes;
  // An uncaught exception's text goes to stderr within the same cap as the guest's own.
  bool error_cut = false;
  if (r.status == mpsandbox::Status::Error && !r.exit_code && r.error)
    mpsandbox::cli::write_bytes(stderr, mpsandbox::cli::error_for_stderr(r, output_cap, &error_cut));
  if (r.stdout_truncated || r.stderr_truncated || error_cut)
    std::fprintf(stderr, "mpsandbox: output truncated at %llu bytes per stream\n",
                 static_cast<unsigned long long>(output_cap));

  if (r.status != mpsandbox::Status::Ok && r.status != mpsandbox::Status::Error) {
    mpsandbox::cli::write_bytes(stderr, mpsandbox::cli::stop_frames(r));
    std::fprintf(stderr, "mpsandbox: run stopped (%s): %s\n", mpsandbox::to_string(r.status),
                 r.error ? r.error->message.c_str() : "");
  }
  return saved(exit_status(r));
}
