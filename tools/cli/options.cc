#include "options.h"

#include <cctype>
#include <charconv>
#include <string>
#include <cmath>

namespace mpsandbox::cli {

std::optional<uint64_t> parse_count(std::string_view text) {
  uint64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size() || v == 0) return std::nullopt;
  return v;
}

std::optional<uint64_t> parse_bytes(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  auto base = parse_count(text.substr(0, digits));
  if (!base) return std::nullopt;
  std::string unit(text.substr(digits));
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const struct {
    std::string_view suffix;
    int shift;
  } kUnits[] = {{"", 0},   {"b", 0},   {"k", 10},  {"kb", 10}, {"kib", 10}, {"m", 20},
                {"mb", 20}, {"mib", 20}, {"g", 30}, {"gb", 30}, {"gib", 30}};
  for (const auto& u : kUnits) {
    if (unit == u.suffix) {
      if (*base > (UINT64_MAX >> u.shift)) return std::nullopt;
      return *base << u.shift;
    }
  }
  return std::nullopt;
}

std::optional<uint64_t> parse_seconds_as_ms(std::string_view text) {
  double v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v) || v <= 0 ||
      v > 30.0 * 24 * 3600)
    return std::nullopt;
  return static_cast<uint64_t>(std::ceil(v * 1000.0));
}

}  // namespace mpsandbox::cli
