// libFuzzer target: src/sandbox/json_check.h against nlohmann::json, the reference it
// replaced, on random input (host-call payloads come from untrusted guest code). Built
// with clang, ASan and UBSan. nlohmann is laxer in two ways, both checked here instead:
// it skips a leading byte-order mark, and it takes a NUL byte for the end of the input.
// Run: build/mpsandbox_fuzz_json -max_total_time=60 (make test runs it briefly).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "json_reference.h"
#include "sandbox/json_check.h"

namespace {

void check(bool ok, const char* what, const std::string& text) {
  if (ok) return;
  std::fprintf(stderr, "json_check disagrees with the reference (%s) on %zu bytes\n", what, text.size());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const bool valid = mpsandbox::json_valid(text);
  const bool payload = mpsandbox::json_valid_payload(text);
  check(!payload || valid, "a payload that is not valid JSON", text);
  if (std::memchr(data, 0, size) != nullptr || (size >= 3 && std::memcmp(data, "\xef\xbb\xbf", 3) == 0)) {
    check(!valid, "NUL byte or byte-order mark accepted", text);
    return 0;
  }
  check(valid == json_reference::valid(text), "json_valid", text);
  check(payload == json_reference::payload(text), "json_valid_payload", text);
  return 0;
}
