#include "options.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

std::optional<uint64_t> seconds_to_ms(double seconds) {
  // NaN fails both comparisons.
  if (!(seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds)) return std::nullopt;
  return static_cast<uint64_t>(std::ceil(seconds * 1000.0));
}

std::optional<uint64_t> parse_seconds_as_ms(std::string_view text) {
  double v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
  if (v == 0) return 0;  // no timeout, as in the session protocol
  return seconds_to_ms(v);
}

namespace {

// "HOST:GUEST" splits at the last ":" (a host directory whose own name has a colon is
// taken whole); a bare "HOST" mounts at /input where `default_guest` allows it.
std::optional<std::string> split_mount(const char* flag, const std::string& spec, bool default_guest,
                                       std::string* host, std::string* guest) {
  struct stat st;
  auto is_dir = [&](const std::string& p) { return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode); };
  const size_t at = spec.rfind(':');
  if (at == std::string::npos || is_dir(spec)) {
    if (!default_guest)
      return std::string(flag) + ": expected HOST:GUEST (a writable mount names its guest path), got '" + spec + "'";
    *host = spec;
    *guest = "/input";
  } else {
    *host = spec.substr(0, at);
    *guest = spec.substr(at + 1);
    if (guest->empty() || (*guest)[0] != '/')
      return std::string(flag) + ": the guest path '" + *guest + "' is relative; guest paths start with /";
  }
  if (host->empty()) return std::string(flag) + ": expected HOST:GUEST, got '" + spec + "'";
  if (!is_dir(*host)) return std::string(flag) + ": no such host directory '" + *host + "'";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> add_mounts(Policy& policy, const std::vector<std::string>& ro,
                                      const std::vector<std::string>& rw,
                                      const std::optional<std::string>& write_quota,
                                      const std::optional<std::string>& scratch) {
  std::string host, guest;
  for (const std::string& spec : ro) {
    if (auto err = split_mount("--mount-ro", spec, true, &host, &guest)) return err;
    policy.mount_readonly(host, guest);
  }
  uint64_t quota = 16ull << 20;
  if (write_quota) {
    auto v = parse_bytes(*write_quota);
    if (!v) return "--write-quota: expected a positive size such as 1M, got '" + *write_quota + "'";
    quota = *v;
  }
  for (const std::string& spec : rw) {
    if (auto err = split_mount("--mount-rw", spec, false, &host, &guest)) return err;
    policy.mount_readwrite(host, guest, quota);
  }
  if (scratch) {
    auto v = parse_bytes(*scratch);
    if (!v) return "--scratch: expected a positive size such as 16M, got '" + *scratch + "'";
    policy.mount_scratch("/tmp", *v);
  }
  return std::nullopt;
}

std::optional<std::string> write_file_atomic(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp" + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return "cannot write '" + path + "': " + std::strerror(errno);
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return "cannot write '" + path + "': " + std::strerror(e);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return "cannot write '" + path + "': " + std::strerror(e);
  }
  return std::nullopt;
}

std::optional<std::string> read_file(const std::string& path, uint64_t max_bytes, std::string* out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "cannot open '" + path + "': " + std::strerror(errno);
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return "'" + path + "' is not a regular file";
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return "'" + path + "' is " + std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(max_bytes);
  }
  out->clear();
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      return "cannot read '" + path + "': " + std::strerror(e);
    }
    if (n == 0) break;
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      ::close(fd);
      return "'" + path + "' grew past the limit of " + std::to_string(max_bytes) + " bytes";
    }
    out->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return std::nullopt;
}

}  // namespace mpsandbox::cli
