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

#include "sandbox/json_check.h"

namespace {

// The payload shape by nlohmann's SAX parser: "args" an array, "kwargs" an object.
class PayloadShape final : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool string(string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool start_object(std::size_t) override { return !(depth_ == 1 && key_ == "args") && ++depth_; }
  bool start_array(std::size_t) override {
    return !(depth_ == 0 || (depth_ == 1 && key_ == "kwargs")) && ++depth_;
  }
  bool end_object() override { return --depth_, true; }
  bool end_array() override { return --depth_, true; }
  bool key(string_t& k) override {
    if (depth_ == 1) key_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool scalar() const { return depth_ > 1 || (depth_ == 1 && key_ != "args" && key_ != "kwargs"); }
  int depth_ = 0;
  std::string key_;
};

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
  check(valid == nlohmann::json::accept(text), "json_valid", text);
  PayloadShape shape;
  check(payload == nlohmann::json::sax_parse(text, &shape), "json_valid_payload", text);
  return 0;
}
