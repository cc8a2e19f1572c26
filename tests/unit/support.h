// Helpers shared by the unit tests: create a session and run code, failing the test on
// host-side failures.
#pragma once

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

#include "mpsandbox/mpsandbox.h"

namespace test {

inline mpsandbox::Session make_session(const mpsandbox::Limits& limits = {},
                                       const mpsandbox::Policy& policy = {}) {
  auto s = mpsandbox::Engine().new_session(limits, policy);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.failure().message);
  return std::move(s).value();
}

inline mpsandbox::ExecResult run(mpsandbox::Session& s, std::string_view code) {
  auto r = s.exec(code);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.failure().message);
  return std::move(r).value();
}

}  // namespace test
