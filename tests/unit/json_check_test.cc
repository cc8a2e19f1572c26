// src/sandbox/json_check.h: the strict checks of host-call payloads and replies. Every
// case is also put to nlohmann::json (accept, or its SAX parser for the payload shape;
// integers of any size allowed),
// the reference these checks replaced; tests/fuzz/json_fuzz.cc compares them on random
// input.
#include "sandbox/json_check.h"

#include "../fuzz/json_reference.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace {

using mpsandbox::json_valid;
using mpsandbox::json_valid_payload;

struct Case {
  std::string text;
  bool valid;
};

const Case kValues[] = {
    {"0", true}, {"-0", true}, {"1.5e-7", true}, {"-12.0E+3", true}, {"1E9", true},
    {"123456789012345678901234567890", true}, {"true", true}, {"false", true}, {"null", true},
    {" \t\r\n[1, 2]\n", true}, {"{}", true}, {"[]", true}, {"[[],{}]", true},
    {"{\"a\": {\"b\": [null, true, \"x\"]}}", true}, {"\"\"", true},
    {"\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"", true},
    {"\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf\"", true},
    // Magnitudes: floats what a double holds, as nlohmann; integers of any size (they
    // reach the guest exactly, issue 15), which nlohmann refuses past DBL_MAX.
    {std::string(5000, '9'), true}, {"-" + std::string(5000, '9'), true},
    {"[" + std::string(400, '1') + ", -" + std::string(400, '2') + "]", true},
    {std::string(400, '1') + ".5", false}, {std::string(400, '1') + "e0", false},
    {"0" + std::string(400, '1'), false}, {"\"" + std::string(400, '1') + "\"", true},
    {"1e308", true}, {"-1.7976931348623157e308", true}, {"0.00017976931348623157e312", true},
    {"1" + std::string(308, '0'), true}, {"1e-400", true}, {"0e999999999999999999999", true},
    {"-0.0e+400", true}, {"1e-99999999999999999999", true}, {"1e309", false}, {"1.8e308", false},
    {"1" + std::string(309, '0'), true}, {"10e308", false}, {"-1e99999999999999999999", false},
    // Grammar.
    {"", false}, {" ", false}, {"01", false}, {"-", false}, {"1.", false}, {".5", false},
    {"1e", false}, {"1e+", false}, {"+1", false}, {"0x10", false}, {"NaN", false},
    {"Infinity", false}, {"-Infinity", false}, {"tru", false}, {"nul", false}, {"True", false},
    {"[1,]", false}, {"[,1]", false}, {"{\"a\":1,}", false}, {"{,}", false}, {"{\"a\"}", false},
    {"{\"a\" 1}", false}, {"{1: 2}", false}, {"{\"a\": 1 \"b\": 2}", false}, {"[1 2]", false},
    {"[", false}, {"]", false}, {"{", false}, {"[}", false}, {"{]", false}, {"[1]]", false},
    {"1 2", false}, {"[] []", false}, {"/* c */ 1", false}, {"1 // c", false}, {"'a'", false},
    {std::string("[\0]", 3), false}, {"\f1", false},
    // Strings.
    {"\"abc", false}, {"\"\\\"", false}, {"\"\\x\"", false}, {"\"\\u12\"", false},
    {"\"\\u12G4\"", false}, {"\"\t\"", false}, {"\"\n\"", false}, {std::string("\"\0\"", 3), false},
    {"\"\\uD800\"", false}, {"\"\\uDC00\"", false}, {"\"\\uD800\\u0041\"", false},
    {"\"\\uD800x\"", false}, {"\"\\uDBFF\\uDFFF\"", true},
    // UTF-8: truncated, overlong, surrogate, past U+10FFFF, stray continuation bytes.
    {"\"\xc3\"", false}, {"\"\xc0\xaf\"", false}, {"\"\xc1\xbf\"", false}, {"\"\xe0\x80\xaf\"", false},
    {"\"\xed\xa0\x80\"", false}, {"\"\xf0\x80\x80\xaf\"", false}, {"\"\xf4\x90\x80\x80\"", false},
    {"\"\xf5\x80\x80\x80\"", false}, {"\"\x80\"", false}, {"\"\xbf\"", false}, {"\"\xff\"", false},
    {"\"\xe2\x82\"", false}, {"\"\xe2\x82x\"", false}, {"\xc3\xa9", false},
};

TEST(JsonCheck, ValuesAreCheckedStrictlyAsNlohmannDoes) {
  for (const Case& c : kValues) {
    EXPECT_EQ(json_valid(c.text), c.valid) << c.text;
    EXPECT_EQ(json_reference::valid(c.text), c.valid) << "reference disagrees: " << c.text;
  }
}

// Where nlohmann is laxer: it skips a byte-order mark (the guest's decoder would not)
// and takes a NUL byte for the end of the input, so text after one went unchecked.
TEST(JsonCheck, AByteOrderMarkOrANulByteIsRejected) {
  EXPECT_TRUE(nlohmann::json::accept("\xef\xbb\xbf{}"));
  EXPECT_FALSE(json_valid("\xef\xbb\xbf{}"));
  EXPECT_FALSE(json_valid_payload("\xef\xbb\xbf{}"));
  const char text[] = "{\"args\": []}\0{\"args\": 1}";
  const std::string trailing(text, sizeof(text) - 1);
  EXPECT_TRUE(nlohmann::json::accept(trailing));
  EXPECT_FALSE(json_valid(trailing));
  EXPECT_FALSE(json_valid_payload(trailing));
  EXPECT_FALSE(json_valid(std::string("1\0", 2)));
}

const Case kPayloads[] = {
    {"{}", true}, {"{\"args\": []}", true}, {"{\"kwargs\": {}}", true},
    {"{\"args\": [1, {\"args\": 2}], \"kwargs\": {\"kwargs\": [3]}}", true},
    {" {\"args\":[],\"kwargs\":{},\"other\":5} ", true}, {"{\"argsx\": 1, \"arg\": 2}", true},
    {"{\"\\u0061rgs\": []}", true}, {"{\"x\": {\"args\": 1}}", true},
    {"[]", false}, {"\"args\"", false}, {"1", false}, {"null", false},
    {"{\"args\": {}}", false}, {"{\"args\": 1}", false}, {"{\"args\": null}", false},
    {"{\"kwargs\": []}", false}, {"{\"kwargs\": \"x\"}", false},
    {"{\"\\u0061rgs\": 1}", false}, {"{\"kwar\\u0067s\": []}", false},
    {"{\"args\": [], \"args\": 5}", false}, {"{\"args\": [}", false}, {"{\"args\": []", false},
};

TEST(JsonCheck, PayloadsHaveArgsArraysAndKwargsObjects) {
  for (const Case& c : kPayloads) {
    EXPECT_EQ(json_valid_payload(c.text), c.valid) << c.text;
    EXPECT_EQ(json_reference::payload(c.text), c.valid) << "reference disagrees: " << c.text;
  }
}

TEST(JsonCheck, DepthIsUnboundedAndNeverRecurses) {
  const size_t n = 1000000;
  const std::string deep = std::string(n, '[') + std::string(n, ']');
  EXPECT_TRUE(json_valid(deep));
  EXPECT_FALSE(json_valid(std::string(n, '[')));
  EXPECT_FALSE(json_valid(std::string(n, '[') + std::string(n - 1, ']')));
  std::string objects;
  for (size_t i = 0; i < 1000; ++i) objects += i % 2 ? "[" : "{\"k\":";
  for (size_t i = 1000; i-- > 0;) objects += i % 2 ? "]" : "}";
  EXPECT_TRUE(json_valid(objects));
  objects[objects.find(']')] = '}';  // closes the innermost array as an object
  EXPECT_FALSE(json_valid(objects));
  // Mismatched closers past the inline levels (256) are caught too.
  std::string mixed = std::string(300, '[') + "{" + std::string(1, ']') + std::string(300, ']');
  EXPECT_FALSE(json_valid(mixed));
}

}  // namespace
