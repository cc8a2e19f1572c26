// Helpers shared by the unit tests: create a session and run code, failing the test on
// host-side failures.
#pragma once

#include <gtest/gtest.h>
#include <pthread.h>

#include <functional>
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

// Runs `fn` on a new thread with a native stack of `stack_bytes` and waits for it.
inline void on_thread_with_stack(size_t stack_bytes, const std::function<void()>& fn) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, stack_bytes), 0);
  pthread_t thread;
  auto body = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, body, const_cast<std::function<void()>*>(&fn)), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace test
