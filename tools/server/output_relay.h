// Guest output as the front ends stream it (REST server-sent events, MCP notifications):
// ExecOptions::on_output pieces as text of whole UTF-8 characters. A piece may end inside
// a character (a line still open when handed over); its first bytes wait for the rest, so
// no event carries half a character. Bytes that are not UTF-8 at all pass on as they are
// (the JSON writer replaces them, as it does in the final result).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace mpsandbox::server {

class OutputRelay {
 public:
  using Sink = std::function<void(const char* stream, const std::string& text)>;  // "stdout" or "stderr"
  explicit OutputRelay(Sink sink) : sink_(std::move(sink)) {}

  // ExecOptions::on_output.
  void operator()(int stream, std::string_view piece) {
    std::string& carry = stream == 1 ? out_ : err_;
    std::string text = carry + std::string(piece);
    carry.clear();
    const size_t keep = incomplete_tail(text);
    carry = text.substr(text.size() - keep);
    text.resize(text.size() - keep);
    if (!text.empty()) sink_(stream == 1 ? "stdout" : "stderr", text);
  }
  // What waited for the rest of a character that never came.
  void flush() {
    if (!out_.empty()) sink_("stdout", std::exchange(out_, {}));
    if (!err_.empty()) sink_("stderr", std::exchange(err_, {}));
  }

 private:
  // The length of a UTF-8 sequence begun but not finished at the end of `s` (0 to 3).
  static size_t incomplete_tail(const std::string& s) {
    for (size_t back = 1; back <= 3 && back <= s.size(); ++back) {
      const auto c = static_cast<unsigned char>(s[s.size() - back]);
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
      const size_t need = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }
  Sink sink_;
  std::string out_, err_;
};

}  // namespace mpsandbox::server
