#include "repl.h"

#include <editline/readline.h>
#include <signal.h>

#include <atomic>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "result_json.h"

namespace mpsandbox::cli {
namespace {

Session* g_running = nullptr;       // the session whose exec Ctrl-C interrupts
std::atomic<bool> g_sigint{false};  // Ctrl-C arrived at the prompt

void on_sigint(int) {
  // Async-signal-safe: interrupt() only stores an atomic flag.
  if (Session* s = g_running) s->interrupt();
  g_sigint = true;
}

}  // namespace

int run_repl(Session& session) {
  std::printf("mpsandbox %s (MicroPython %s); exit() or Ctrl-D to leave\n", version(),
              micropython_version());
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  std::setlocale(LC_CTYPE, "");  // so line editing accepts UTF-8 input
  using_history();

  std::string block;
  for (;;) {
    g_sigint = false;
    char* raw = readline(block.empty() ? ">>> " : "... ");
    if (raw == nullptr) {
      if (g_sigint) {  // Ctrl-C at the prompt drops the pending input
        std::printf("\nKeyboardInterrupt\n");
        block.clear();
        continue;
      }
      std::printf("\n");
      return 0;
    }
    std::string line(raw);
    std::free(raw);
    if (!line.empty()) add_history(line.c_str());
    if (block.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
    block += block.empty() ? line : "\n" + line;
    auto more = session.needs_more_input(block);
    if (more && more.value()) continue;

    g_running = &session;
    // Output reaches the terminal as the program writes it.
    auto result = session.exec(block + "\n", {.filename = "<stdin>", .on_output = write_stream});
    g_running = nullptr;
    block.clear();
    if (!result) {
      std::fprintf(stderr, "mpsandbox: %s\n", result.failure().message.c_str());
      continue;
    }
    const ExecResult& r = result.value();
    if (r.exit_code) return *r.exit_code & 0xff;  // exit(), quit(), sys.exit()
    if (r.value) write_bytes(stdout, *r.value + "\n");
    if (r.status == Status::Error && r.error) {
      bool cut = false;
      write_bytes(stderr, error_for_stderr(r, session.limits().max_output_bytes, &cut));
    } else if (r.status != Status::Ok) {
      std::fprintf(stderr, "mpsandbox: stopped (%s): %s; the session is as it was before\n",
                   to_string(r.status), r.error ? r.error->message.c_str() : "");
    }
  }
}

}  // namespace mpsandbox::cli
