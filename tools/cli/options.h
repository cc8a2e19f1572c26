// Parsing of the CLI's numeric options: one-line errors, no exceptions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mpsandbox/policy.h"

namespace mpsandbox::cli {

// "4096", "64K", "16M", "1G", "16MiB", "2GB" (binary multiples). nullopt if malformed,
// zero, negative or too large.
std::optional<uint64_t> parse_bytes(std::string_view text);

// Positive whole number.
std::optional<uint64_t> parse_count(std::string_view text);

// Timeouts are kept to the millisecond (Limits::timeout_ms), for at most 30 days: a
// shorter or longer one cannot be honoured and is refused, never rounded to "none".
inline constexpr double kMinTimeoutSeconds = 0.001;
inline constexpr double kMaxTimeoutSeconds = 30.0 * 24 * 3600;
inline constexpr const char* kTimeoutRangeText = "0.001 and 2592000 (30 days)";

// Seconds in [kMinTimeoutSeconds, kMaxTimeoutSeconds] in whole milliseconds (rounded up);
// nullopt for anything else (NaN, infinities, negative, too small or too large).
std::optional<uint64_t> seconds_to_ms(double seconds);

// Seconds (fractions and exponents allowed) as seconds_to_ms; nullopt if malformed.
std::optional<uint64_t> parse_seconds_as_ms(std::string_view text);

// Adds the filesystem flags to `policy`: --mount-ro and --mount-rw (HOST:GUEST, or HOST
// alone for /input), --write-quota and --scratch (BYTES, an in-memory /tmp). An error
// message names the flag and the bad value; host directories must exist.
std::optional<std::string> add_mounts(Policy& policy, const std::vector<std::string>& ro,
                                      const std::vector<std::string>& rw,
                                      const std::optional<std::string>& write_quota,
                                      const std::optional<std::string>& scratch);

// Snapshot files (--save, --restore, the protocol's snapshot and restore ops). An error
// message names the path. Writes go to a temporary file renamed over `path`, mode 0600,
// so a crash never leaves half a snapshot under the name.
std::optional<std::string> write_file_atomic(const std::string& path, std::string_view bytes);
// Reads at most `max_bytes` (a longer file is an error).
std::optional<std::string> read_file(const std::string& path, uint64_t max_bytes, std::string* out);

}  // namespace mpsandbox::cli
