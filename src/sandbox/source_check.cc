#include "sandbox/source_check.h"

#include <cstdint>
#include <string>

namespace mpsandbox {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if it is invalid.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
  auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  uint8_t c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

GuestError syntax_error(std::string_view filename, int line, std::string message) {
  GuestError e;
  e.type = "SyntaxError";
  e.message = std::move(message);
  e.line = line;
  e.traceback = "Traceback (most recent call last):\n  File \"" + std::string(filename) +
                "\", line " + std::to_string(line) + "\nSyntaxError: " + e.message + "\n";
  return e;
}

}  // namespace

std::optional<GuestError> check_source(std::string_view src, std::string_view filename) {
  int line = 1;
  for (size_t i = 0; i < src.size();) {
    char c = src[i];
    if (c == '\0') return syntax_error(filename, line, "source code cannot contain null bytes");
    if (c == '\n') ++line;
    size_t n = utf8_sequence(src, i);
    if (n == 0) {
      return syntax_error(filename, line,
                          "invalid UTF-8 in source at byte offset " + std::to_string(i));
    }
    i += n;
  }
  return std::nullopt;
}

std::string to_valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t n = utf8_sequence(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

namespace {

bool continuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

}  // namespace

std::string utf8_head(std::string_view text, size_t cap, bool* cut) {
  *cut = false;
  if (text.size() > cap) {
    // Keep no character that the cut splits.
    size_t end = cap;
    for (int k = 0; k < 3 && end > 0 && continuation(text[end]); ++k) --end;
    text = text.substr(0, end);
    *cut = true;
  }
  std::string out = to_valid_utf8(text);
  if (out.size() > cap) {  // replacements (3 bytes for 1) made it longer
    size_t end = cap;
    while (end > 0 && continuation(out[end])) --end;
    out.resize(end);
    *cut = true;
  }
  return out;
}

std::string utf8_tail(std::string_view text, size_t cap, bool* cut) {
  *cut = false;
  if (text.size() > cap) {
    size_t from = text.size() - cap;
    for (int k = 0; k < 3 && from < text.size() && continuation(text[from]); ++k) ++from;
    text = text.substr(from);
    *cut = true;
  }
  std::string out = to_valid_utf8(text);
  size_t start = 0;
  if (out.size() > cap) {
    start = out.size() - cap;
    *cut = true;
  }
  if (*cut) {
    // Start at a whole line if the piece holds a line break, else at a character.
    const size_t nl = out.find('\n', start);
    if (nl != std::string::npos && nl + 1 < out.size()) {
      start = nl + 1;
    } else {
      while (start < out.size() && continuation(out[start])) ++start;
    }
  }
  return start == 0 ? out : out.substr(start);
}

}  // namespace mpsandbox
