#include "sandbox/source_check.h"

#include <gtest/gtest.h>

using mpsandbox::check_source;

TEST(SourceCheck, AcceptsValidUtf8) {
  EXPECT_FALSE(check_source("", "f"));
  EXPECT_FALSE(check_source("print('\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80')", "f"));
  EXPECT_FALSE(check_source("\xF4\x8F\xBF\xBF", "f"));  // U+10FFFF
}

TEST(SourceCheck, RejectsEachKindOfBadByte) {
  struct Case { std::string text; int line; };
  for (const Case& c : {Case{std::string("a\n\0", 3), 2}, Case{"\x80", 1}, Case{"\xC1\xBF", 1},
                        Case{"x\n\n\xE0\x80\xAF", 3}, Case{"\xED\xBF\xBF", 1},
                        Case{"\xF4\x90\x80\x80", 1}, Case{"\xF5\x80\x80\x80", 1},
                        Case{"ok\xC3", 1}, Case{"\xFE", 1}}) {
    auto e = check_source(c.text, "prog.py");
    ASSERT_TRUE(e.has_value()) << c.text;
    EXPECT_EQ(e->type, "SyntaxError");
    EXPECT_EQ(e->line, c.line) << c.text;
    EXPECT_NE(e->traceback.find("File \"prog.py\""), std::string::npos);
  }
}
