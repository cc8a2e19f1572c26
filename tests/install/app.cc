// A program built against an installed mpsandbox, as a user builds one:
//   g++ app.cc $(pkg-config --cflags --libs mpsandbox)
// Prints what the guest prints: "42" from an exec, then "42" through a host function
// written with mpsandbox/json.h (which needs nlohmann_json through the .pc file).
#include <mpsandbox/json.h>
#include <mpsandbox/mpsandbox.h>

#include <cstdio>

int main() {
  mpsandbox::Engine engine;
  auto session = engine.new_session();
  if (!session) {
    std::fprintf(stderr, "new_session: %s\n", session.failure().message.c_str());
    return 1;
  }
  auto& s = session.value();
  auto r = s.exec("print(6*7)");
  if (!r || !r.value().ok()) return 2;
  std::fputs(r.value().stdout_text.c_str(), stdout);

  auto registered = s.register_function(
      "mul", mpsandbox::json_host_function([](const nlohmann::json& args, const nlohmann::json&) {
        return args[0].get<int>() * args[1].get<int>();
      }));
  if (!registered) return 3;
  r = s.exec("print(mul(6, 7))");
  if (!r || !r.value().ok()) return 4;
  std::fputs(r.value().stdout_text.c_str(), stdout);
  return 0;
}
