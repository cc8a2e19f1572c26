// The reference for src/sandbox/json_check.h's payload shape: nlohmann's SAX parser, with
// "args" an array and "kwargs" an object (the check json_valid_payload replaced). Shared
// by tests/unit/json_check_test.cc and tests/fuzz/json_fuzz.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <cstring>
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

// `text` with every integer literal (outside strings) of more than 300 digits replaced by
// "1": json_check accepts integers of any size, which nlohmann reads as doubles and
// refuses past DBL_MAX. Literals nlohmann would refuse anyway (leading zeros, parts of
// floats) are left alone.
inline std::string integers_shortened(const std::string& text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto in = [](char c, const char* set) { return c != '\0' && std::strchr(set, c) != nullptr; };
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) out += text[++i];
      else if (c == '"') in_string = false;
      ++i;
      continue;
    }
    if (c == '"') in_string = true;
    bool starts = c >= '1' && c <= '9';
    if (starts && i > 0) {
      const char prev = text[i - 1];
      starts = prev == '-' ? (i < 2 || !in(text[i - 2], "0123456789.eE")) : !in(prev, "0123456789.eE+");
    }
    size_t j = i;
    while (starts && j < text.size() && digit(text[j])) ++j;
    if (starts && j - i > 300 && (j == text.size() || !in(text[j], ".eE"))) {
      out += '1';
      i = j;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

inline bool payload(const std::string& text) {
  PayloadShape shape;
  return nlohmann::json::sax_parse(integers_shortened(text), &shape);
}

// What json_valid must answer: nlohmann's accept, integers of any size allowed.
inline bool valid(const std::string& text) { return nlohmann::json::accept(integers_shortened(text)); }

}  // namespace json_reference
