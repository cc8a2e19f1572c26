#include "repl.h"

#include <editline/readline.h>
#include <signal.h>
#include <sys/stat.h>

#include <atomic>
#include <vector>
#include <cstring>
#include <cctype>
#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "result_json.h"

namespace mpsandbox::cli {
namespace {

Session* g_running = nullptr;       // the session whose exec Ctrl-C interrupts
Session* g_completing = nullptr;    // the session Tab asks for names
std::atomic<bool> g_sigint{false};  // Ctrl-C arrived at the prompt

void on_sigint(int) {
  // Async-signal-safe: interrupt() only stores an atomic flag.
  if (Session* s = g_running) s->interrupt();
  g_sigint = true;
}

// Tab: the names that complete `text` (`name` or `a.b.name`), asked of the session as
// CPython's rlcompleter asks its interpreter: dir() of the globals and builtins, or of the
// object before the last dot (whose attribute lookups may run its code, as there). The
// question is one expression, so it defines nothing in the session.
std::vector<std::string> g_matches;

bool dotted_name(std::string_view s) {
  bool start = true;
  for (char c : s) {
    const bool alpha = std::isalpha(static_cast<unsigned char>(c)) || c == '_';
    if (c == '.') {
      if (start) return false;
      start = true;
    } else if (alpha || (!start && std::isdigit(static_cast<unsigned char>(c)))) {
      start = false;
    } else {
      return false;
    }
  }
  return !start;
}

std::vector<std::string> names_for(Session& session, const std::string& text) {
  const size_t dot = text.rfind('.');
  const std::string base = dot == std::string::npos ? "" : text.substr(0, dot);
  const std::string prefix = dot == std::string::npos ? text : text.substr(dot + 1);
  if ((!base.empty() && !dotted_name(base)) || (!prefix.empty() && !dotted_name(prefix))) return {};
  const std::string source = base.empty() ? "dir() + dir(__import__('builtins'))" : "dir(" + base + ")";
  auto r = session.exec("sorted(set(n for n in " + source + " if n.startswith('" + prefix + "')))",
                        {.filename = "<completion>"});
  std::vector<std::string> out;
  if (!r || r.value().status != Status::Ok || !r.value().value) return out;
  // The repr of a list of identifiers: ['a', 'b'].
  const std::string& repr = *r.value().value;
  for (size_t i = repr.find('\''); i != std::string::npos; i = repr.find('\'', i)) {
    const size_t j = repr.find('\'', i + 1);
    if (j == std::string::npos) break;
    const std::string name = repr.substr(i + 1, j - i - 1);
    if (base.empty() || name.substr(0, 2) != "__" || prefix.substr(0, 1) == "_")
      out.push_back(base.empty() ? name : base + "." + name);
    i = j + 1;
  }
  if (base.empty()) {
    static const char* kKeywords[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
                                      "class", "continue", "def", "del", "elif", "else", "except", "finally",
                                      "for", "from", "global", "if", "import", "in", "is", "lambda",
                                      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                                      "with", "yield"};
    for (const char* k : kKeywords)
      if (std::string_view(k).substr(0, prefix.size()) == prefix) out.push_back(k);
    std::sort(out.begin(), out.end());
  }
  return out;
}

char* next_match(const char* text, int state) {
  if (state == 0) g_matches = g_completing ? names_for(*g_completing, text) : std::vector<std::string>{};
  if (static_cast<size_t>(state) >= g_matches.size()) return nullptr;
  return strdup(g_matches[state].c_str());
}

char** complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // never file names
  rl_completion_append_character = '\0';  // `print` may be followed by `(`, `word.upper` by `()`
  return rl_completion_matches(text, next_match);
}

// Where the prompt's history is kept between runs: $MPSANDBOX_HISTORY (empty: nowhere),
// else ~/.mpsandbox_history.
std::string history_path() {
  if (const char* p = std::getenv("MPSANDBOX_HISTORY")) return p;
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.mpsandbox_history" : "";
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
  stifle_history(1000);
  const std::string history = history_path();
  if (!history.empty()) read_history(history.c_str());
  struct SaveHistory {
    const std::string& path;
    ~SaveHistory() {
      if (path.empty()) return;
      write_history(path.c_str());
      ::chmod(path.c_str(), 0600);  // what was typed may hold secrets
    }
  } save_history{history};
  g_completing = &session;
  rl_attempted_completion_function = complete;
  rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,[+-*/%";

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
      write_bytes(stderr, stop_frames(r));
      std::fprintf(stderr, "mpsandbox: stopped (%s): %s; the session is as it was before\n",
                   to_string(r.status), r.error ? r.error->message.c_str() : "");
    }
  }
}

}  // namespace mpsandbox::cli
