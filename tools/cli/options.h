// Parsing of the CLI's numeric options: one-line errors, no exceptions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mpsandbox::cli {

// "4096", "64K", "16M", "1G", "16MiB", "2GB" (binary multiples). nullopt if malformed,
// zero, negative or too large.
std::optional<uint64_t> parse_bytes(std::string_view text);

// Positive whole number.
std::optional<uint64_t> parse_count(std::string_view text);

// Positive seconds (fractions allowed), returned in whole milliseconds (rounded up).
std::optional<uint64_t> parse_seconds_as_ms(std::string_view text);

}  // namespace mpsandbox::cli
