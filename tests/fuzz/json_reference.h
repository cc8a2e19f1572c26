// The reference for src/sandbox/json_check.h's payload shape: nlohmann's SAX parser, with
// "args" an array and "kwargs" an object (the check json_valid_payload replaced). Shared
// by tests/unit/json_check_test.cc and tests/fuzz/json_fuzz.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace json_reference {

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

inline bool payload(const std::string& text) {
  PayloadShape shape;
  return nlohmann::json::sax_parse(text, &shape);
}

}  // namespace json_reference
