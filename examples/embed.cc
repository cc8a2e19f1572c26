// Embedding mpsandbox in a C++ program: a session with limits and a policy, a host
// function, values in and out, a run stopped by its fuel limit, a fork and a snapshot.
// examples/README.md walks through it. Build it beside the library:
//
//   g++ -std=c++20 -I include examples/embed.cc build/libmpsandbox.a -lzstd -lsodium -o embed
//   ./embed
//
// (with CMake: target_link_libraries(embed PRIVATE mpsandbox); `make test` builds and runs it
// as the example_embed test).
#include <mpsandbox/json.h>
#include <mpsandbox/mpsandbox.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

using nlohmann::json;

// Host-side failures (invalid limits, a busy session) are Result values, never exceptions.
template <typename T>
T take(mpsandbox::Result<T> r, const char* what) {
  if (!r) {
    std::fprintf(stderr, "%s: %s (%s)\n", what, r.failure().message.c_str(),
                 mpsandbox::to_string(r.failure().code));
    std::exit(1);
  }
  return std::move(r).value();
}

// The guest's side: runs in the sandbox, calls the host's price() and reads `orders`.
constexpr const char* kGuestCode = R"(
def invoice(items):
    lines = [(name, price(name)) for name in items]
    return {"items": len(lines), "total": sum(p for _, p in lines)}

totals = [invoice(o)["total"] for o in orders]
print("orders:", len(orders), "totals:", totals)
max(totals)
)";

int main() {
  mpsandbox::Engine engine;  // owns the compiled guest; share it between sessions

  mpsandbox::Limits limits;  // every field has a safe default; lower what you need
  limits.fuel = 200'000'000;       // deterministic CPU units per exec
  limits.timeout_ms = 2000;        // wall clock per exec
  limits.memory_bytes = 64 << 20;  // the guest's whole linear memory
  mpsandbox::Policy policy;        // grants nothing by default
  policy.deterministic = true;     // virtual clock, seeded random: the same output each run
  policy.mount_scratch("/tmp", 1 << 20, 64);  // an in-memory /tmp of 1 MiB, 64 entries

  mpsandbox::Session session = take(engine.new_session(limits, policy), "new_session");

  // A host function: guest code calls price("apple"); the arguments arrive as JSON.
  const std::map<std::string, double> prices = {{"apple", 0.5}, {"pear", 0.75}, {"fig", 2.0}};
  auto price = mpsandbox::json_host_function([prices](const json& args, const json&) -> json {
    if (args.size() != 1 || !args[0].is_string())
      throw mpsandbox::HostException("TypeError", "price(name) takes one str");
    const std::string name = args[0].get<std::string>();
    auto it = prices.find(name);
    if (it == prices.end()) throw mpsandbox::HostException("KeyError", "no price for " + name);
    return it->second;
  });
  take(session.register_function("price", price), "register_function");

  // Values in: `orders` is bound as a global of __main__ before the code runs.
  json orders = {{"apple", "pear"}, {"fig", "fig", "apple"}};
  auto r = take(session.exec(kGuestCode, mpsandbox::with_inputs({{"orders", orders}})), "exec");
  std::printf("exec: %s, stdout: %s", mpsandbox::to_string(r.status), r.stdout_text.c_str());
  std::printf("value: %s\n", r.value.value_or("None").c_str());  // repr of the last expression

  // Values out: call a guest function with C++ values, read its result as JSON.
  r = take(mpsandbox::call(session, "invoice", json{"pear", "pear", "fig"}), "call");
  json bill = mpsandbox::json_value(r).value_or(json());
  std::printf("call invoice: items=%d total=%.2f\n", bill["items"].get<int>(), bill["total"].get<double>());

  // A host function's error is a guest exception, with the guest's traceback.
  r = take(mpsandbox::call(session, "invoice", json{"kiwi"}), "call");
  std::printf("call invoice(['kiwi']): %s: %s (line %d)\n", r.error->type.c_str(),
              r.error->message.c_str(), r.error->line);

  // A runaway program: this exec's own fuel cap stops it. The guest raises FuelExhausted
  // where it was, so the error has a traceback; then the exec is rolled back.
  mpsandbox::ExecOptions capped;
  capped.fuel = 5'000'000;
  capped.filename = "runaway.py";
  r = take(session.exec("spins = 0\nwhile True:\n    spins += 1\n", capped), "exec");
  std::printf("runaway: status %s, error %s at line %d\n", mpsandbox::to_string(r.status),
              r.error ? r.error->type.c_str() : "-", r.error ? r.error->line : 0);
  if (r.error) std::printf("%s", r.error->traceback.c_str());
  r = take(session.exec("'spins' in globals(), len(totals)"), "exec");
  std::printf("after the stop (rolled back, session kept): %s\n", r.value->c_str());

  // fork(): an independent copy of the session now, host functions included.
  mpsandbox::Session copy = take(session.fork(), "fork");
  take(copy.exec("orders.append(['fig'])"), "exec");
  auto a = take(session.exec("len(orders)"), "exec");
  auto b = take(copy.exec("len(orders)"), "exec");
  std::printf("fork: original has %s orders, the fork %s\n", a.value->c_str(), b.value->c_str());

  // snapshot(): the whole session as bytes, restored here (or in another process of this
  // build). Host functions are host code, not state: register them again.
  std::string bytes = take(take(session.snapshot(), "snapshot").serialize(), "serialize");
  auto loaded = take(engine.load_snapshot(bytes), "load_snapshot");
  mpsandbox::Session restored = take(engine.restore(loaded), "restore");
  take(restored.register_function("price", price), "register_function");
  r = take(mpsandbox::call(restored, "invoice", json{"apple"}), "call");
  std::printf("restored from %zu bytes: invoice(['apple']) -> %s\n", bytes.size(),
              r.value_json.value_or("null").c_str());
  return 0;
}
