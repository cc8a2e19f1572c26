// The service's table (make bench, README): `mpsandbox serve` and `mpsandbox mcp` as
// processes, driven over loopback by this load generator.
//   mpsandbox_bench_server PATH_TO_MPSANDBOX [--quick]
// Rows: exec round trip over HTTP with keep-alive (x += 1) with 8 concurrent clients, p50
// and p99, and the execs per second they reach, beside the same clients against a server
// that does nothing (the floor); an MCP tools/call over stdio; the resident
// memory of 10,000 idle sessions in one server; the first exec of an evicted session.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <spawn.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double us(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::micro>(b - a).count(); }

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

struct Child {
  pid_t pid = -1;
  int in = -1, out = -1;  // its stdin (ours to write), its stdout (ours to read)
};

Child spawn(const std::vector<std::string>& argv) {
  int to[2], from[2];
  if (pipe(to) != 0 || pipe(from) != 0) std::exit(1);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, to[0], 0);
  posix_spawn_file_actions_adddup2(&fa, from[1], 1);
  posix_spawn_file_actions_addclose(&fa, to[1]);
  posix_spawn_file_actions_addclose(&fa, from[0]);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  Child c;
  if (posix_spawn(&c.pid, args[0], &fa, nullptr, args.data(), environ) != 0) std::exit(1);
  posix_spawn_file_actions_destroy(&fa);
  close(to[0]);
  close(from[1]);
  c.in = to[1];
  c.out = from[0];
  return c;
}

// A line from `fd`, buffered (one read per chunk, not per byte).
std::string read_line(int fd) {
  static std::map<int, std::string> pending;
  std::string& buf = pending[fd];
  size_t nl;
  while ((nl = buf.find('\n')) == std::string::npos) {
    char chunk[65536];
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) {
      std::string rest = std::move(buf);
      buf.clear();
      return rest;
    }
    buf.append(chunk, static_cast<size_t>(n));
  }
  std::string line = buf.substr(0, nl);
  buf.erase(0, nl + 1);
  return line;
}

// One keep-alive HTTP/1.1 connection.
class Http {
 public:
  explicit Http(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) std::exit(1);
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  ~Http() { close(fd_); }
  // Returns the body; the status in *status.
  std::string request(const std::string& method, const std::string& path, const std::string& body, int* status = nullptr) {
    std::string req = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n" + body;
    if (write(fd_, req.data(), req.size()) != static_cast<ssize_t>(req.size())) std::exit(1);
    size_t end;
    while ((end = buf_.find("\r\n\r\n")) == std::string::npos) fill();
    const std::string head = buf_.substr(0, end);
    if (status) *status = std::atoi(head.c_str() + 9);
    size_t length = 0;
    const size_t cl = head.find("Content-Length: ");
    if (cl != std::string::npos) length = std::strtoul(head.c_str() + cl + 16, nullptr, 10);
    while (buf_.size() < end + 4 + length) fill();
    std::string out = buf_.substr(end + 4, length);
    buf_.erase(0, end + 4 + length);
    return out;
  }

 private:
  void fill() {
    char chunk[65536];
    const ssize_t n = read(fd_, chunk, sizeof chunk);
    if (n <= 0) {
      std::fprintf(stderr, "the server closed the connection\n");
      std::exit(1);
    }
    buf_.append(chunk, static_cast<size_t>(n));
  }
  int fd_;
  std::string buf_;
};

struct Server {
  Child child;
  int port = 0;
};

Server start_server(const std::string& bin, const std::vector<std::string>& extra) {
  std::vector<std::string> argv = {bin, "serve", "--listen", "127.0.0.1:0"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  Server s;
  s.child = spawn(argv);
  const std::string line = read_line(s.child.out);
  const size_t colon = line.find("127.0.0.1:");
  if (colon == std::string::npos) std::exit(1);
  s.port = std::atoi(line.c_str() + colon + 10);
  return s;
}

void stop(const Child& c) {
  kill(c.pid, SIGTERM);
  int status;
  waitpid(c.pid, &status, 0);
  close(c.in);
  close(c.out);
}

// Private_Clean + Private_Dirty: what the process holds alone. VmRSS would count the
// session template's shared pages once per session that maps them.
long private_kib(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/smaps_rollup");
  std::string line;
  long total = 0;
  while (std::getline(f, line))
    if (line.rfind("Private_Clean:", 0) == 0 || line.rfind("Private_Dirty:", 0) == 0) total += std::atol(line.c_str() + 14);
  return total;
}

void row(const char* what, double value, const char* unit, const std::string& target) {
  std::printf("%-58s %12.1f %-6s %s\n", what, value, unit, target.c_str());
  std::fflush(stdout);
}

constexpr const char* kOurs = "HTTP exec round trip (x += 1), ";

// The HTTP rows: one client alone, then 8 concurrent keep-alive clients, each on its own
// session, running `x += 1`.
void http_rows(int port, bool quick, const std::string& prefix) {
  {  // one client alone: the round trip without queueing behind the others
    Http h(port);
    const std::string id = json::parse(h.request("POST", "/v1/sessions", ""))["id"];
    const std::string path = "/v1/sessions/" + id + "/exec";
    h.request("POST", path, R"({"code": "x = 0"})");
    std::vector<double> one;
    for (int i = 0; i < (quick ? 500 : 5000); ++i) {
      const auto a = Clock::now();
      h.request("POST", path, R"({"code": "x += 1"})");
      one.push_back(us(a, Clock::now()));
    }
    row((prefix + "1 client: p50").c_str(), percentile(one, 0.5), "us", "");
    row("  p99", percentile(one, 0.99), "us", "");
  }
  const int clients = 8, per = quick ? 500 : 5000;
  std::vector<std::vector<double>> lat(clients);
  std::vector<std::thread> threads;
  std::atomic<int> ready{0};
  const auto t0 = Clock::now();
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      Http h(port);
      const std::string id = json::parse(h.request("POST", "/v1/sessions", ""))["id"];
      const std::string path = "/v1/sessions/" + id + "/exec";
      h.request("POST", path, R"({"code": "x = 0"})");
      ++ready;
      while (ready < clients) std::this_thread::yield();
      for (int i = 0; i < per; ++i) {
        const auto a = Clock::now();
        int status = 0;
        h.request("POST", path, R"({"code": "x += 1"})", &status);
        lat[c].push_back(us(a, Clock::now()));
        if (status != 200) {
          std::fprintf(stderr, "exec answered %d\n", status);
          std::exit(1);
        }
      }
    });
  for (auto& t : threads) t.join();
  const double seconds = us(t0, Clock::now()) / 1e6;
  std::vector<double> all;
  for (auto& v : lat) all.insert(all.end(), v.begin(), v.end());
  const bool ours = prefix == kOurs;
  row((prefix + "8 clients: p50").c_str(), percentile(all, 0.5), "us", ours ? "100 us" : "");
  row("  p99", percentile(all, 0.99), "us", ours ? "1 ms" : "");
  row("  execs per second, all clients", static_cast<double>(all.size()) / seconds, "/s", ours ? ">= 20,000" : "");
}

// `--floor`: the do-nothing server of the floor rows. Answers every request on a
// keep-alive connection with one fixed JSON body, from two epoll threads.
int floor_server() {
  const int ls = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (bind(ls, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || listen(ls, 128) != 0 ||
      getsockname(ls, reinterpret_cast<sockaddr*>(&a), &len) != 0)
    return 1;
  std::printf("listening on 127.0.0.1:%d\n", ntohs(a.sin_port));
  std::fflush(stdout);
  const int loops[2] = {epoll_create1(0), epoll_create1(0)};
  const std::string body = R"({"id": "00000000000000000000000000000000", "status": "ok"})";
  const std::string reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                            std::to_string(body.size()) + "\r\n\r\n" + body;
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&, t] {
      std::map<int, std::string> pending;
      epoll_event events[64];
      char chunk[65536];
      for (;;) {
        const int n = epoll_wait(loops[t], events, 64, -1);
        for (int i = 0; i < n; ++i) {
          const int fd = events[i].data.fd;
          const ssize_t got = read(fd, chunk, sizeof chunk);
          if (got <= 0) {
            close(fd);
            pending.erase(fd);
            continue;
          }
          std::string& buf = pending[fd];
          buf.append(chunk, static_cast<size_t>(got));
          for (size_t end; (end = buf.find("\r\n\r\n")) != std::string::npos;) {
            const size_t cl = buf.find("Content-Length: ");
            const size_t body_len = cl < end ? std::strtoul(buf.c_str() + cl + 16, nullptr, 10) : 0;
            if (buf.size() < end + 4 + body_len) break;
            buf.erase(0, end + 4 + body_len);
            if (write(fd, reply.data(), reply.size()) < 0) break;
          }
        }
      }
    });
  for (int n = 0;; ++n) {
    const int c = accept(ls, nullptr, nullptr);
    if (c < 0) return 1;
    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(c, F_SETFL, O_NONBLOCK);
    epoll_event e{};
    e.events = EPOLLIN;
    e.data.fd = c;
    epoll_ctl(loops[n % 2], EPOLL_CTL_ADD, c, &e);
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)  // as start_server runs it: serve --listen ... --floor
    if (std::string(argv[i]) == "--floor") return floor_server();
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH_TO_MPSANDBOX [--quick]\n", argv[0]);
    return 2;
  }
  const std::string bin = argv[1];
  const bool quick = argc > 2 && std::string(argv[2]) == "--quick";
  const auto dir = std::filesystem::temp_directory_path() / ("mpsbx-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::printf("%-58s %12s %-6s %s\n", "measure (loopback, this machine)", "value", "unit", "target");

  {  // 1. exec round trips, 8 concurrent keep-alive clients, each on its own session
    Server s = start_server(bin, {"--data-dir", (dir / "a").string()});
    http_rows(s.port, quick, kOurs);
    stop(s.child);
    // The same clients against a server that does nothing (answers every request at once
    // from two epoll threads): what this machine's loopback, system calls and scheduler
    // leave for the work itself.
    Server floor = start_server("/proc/self/exe", {"--floor"});
    http_rows(floor.port, quick, "floor (a server that does nothing), ");
    stop(floor.child);
  }
  {  // 2. MCP tools/call over stdio
    Child m = spawn({bin, "mcp"});
    auto call = [&](const json& msg) {
      const std::string line = msg.dump() + "\n";
      if (write(m.in, line.data(), line.size()) != static_cast<ssize_t>(line.size())) std::exit(1);
      return json::parse(read_line(m.out));
    };
    json init_params = {{"protocolVersion", "2025-11-25"}, {"capabilities", json::object()},
                        {"clientInfo", {{"name", "bench"}, {"version", "1"}}}};
    call(json{{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", init_params}});
    auto tool_call = [](int id, const json& arguments) {
      json params = {{"name", "run_python"}, {"arguments", arguments}};
      return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", "tools/call"}, {"params", params}};
    };
    const json first = call(tool_call(1, {{"code", "x = 0"}}));
    const std::string session = first["result"]["structuredContent"]["session"];
    std::vector<double> lat;
    for (int i = 0; i < (quick ? 300 : 3000); ++i) {
      const auto a = Clock::now();
      call(tool_call(i + 2, {{"code", "x += 1"}, {"session", session}}));
      lat.push_back(us(a, Clock::now()));
    }
    row("MCP tools/call run_python over stdio (x += 1): p50", percentile(lat, 0.5), "us", "200 us");
    close(m.in);
    int status;
    waitpid(m.pid, &status, 0);
    close(m.out);
  }
  {  // 3. 10,000 idle sessions resident in one server
    Server s = start_server(bin, {});
    Http h(s.port);
    const long before = private_kib(s.child.pid);
    const int n = quick ? 1000 : 10000;
    for (int i = 0; i < n; ++i) {
      const std::string id = json::parse(h.request("POST", "/v1/sessions", ""))["id"];
      h.request("POST", "/v1/sessions/" + id + "/exec", R"({"code": "x = 1"})");
    }
    const long after = private_kib(s.child.pid);
    char what[96];
    std::snprintf(what, sizeof what, "private memory of the server with %d idle sessions", n);
    row(what, static_cast<double>(after) / 1024.0, "MiB", "< 1 GiB for 10,000");
    row("  per session", static_cast<double>(after - before) / n, "KiB", "");
    stop(s.child);
  }
  {  // 4. the first exec of an evicted session
    const auto cfg = dir / "evict.toml";
    std::ofstream(cfg) << "[server]\nmax_resident = 1\n";
    Server s = start_server(bin, {"--config", cfg.string(), "--data-dir", (dir / "b").string()});
    Http h(s.port);
    std::vector<double> lat;
    for (int round = 0; round < (quick ? 5 : 20); ++round) {
      const std::string a = json::parse(h.request("POST", "/v1/sessions", ""))["id"];
      h.request("POST", "/v1/sessions/" + a + "/exec", R"J({"code": "data = list(range(1000))"})J");
      const std::string b = json::parse(h.request("POST", "/v1/sessions", ""))["id"];
      h.request("POST", "/v1/sessions/" + b + "/exec", R"({"code": "y = 1"})");
      // Eviction runs every second: wait until the older session is out.
      for (int i = 0; i < 50; ++i) {
        const json list = json::parse(h.request("GET", "/v1/sessions", ""));
        bool evicted = false;
        for (const auto& e : list["sessions"])
          if (e["id"] == a && !e["resident"].get<bool>()) evicted = true;
        if (evicted) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      const auto t = Clock::now();
      h.request("POST", "/v1/sessions/" + a + "/exec", R"J({"code": "len(data)"})J");
      lat.push_back(us(t, Clock::now()));
      h.request("DELETE", "/v1/sessions/" + a, "");
      h.request("DELETE", "/v1/sessions/" + b, "");
    }
    row("first exec of an evicted session (restored from disk): p50", percentile(lat, 0.5), "us", "1 ms");
    stop(s.child);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
