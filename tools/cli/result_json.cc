#include "result_json.h"

namespace mpsandbox::cli {

nlohmann::json result_to_json(const ExecResult& r) {
  nlohmann::json j;
  j["status"] = to_string(r.status);
  j["stdout"] = r.stdout_text;
  j["stderr"] = r.stderr_text;
  j["value"] = r.value ? nlohmann::json(*r.value) : nlohmann::json(nullptr);
  if (r.error) {
    j["error"] = {{"type", r.error->type},
                  {"message", r.error->message},
                  {"traceback", r.error->traceback},
                  {"line", r.error->line}};
  } else {
    j["error"] = nullptr;
  }
  j["exit_code"] = r.exit_code ? nlohmann::json(*r.exit_code) : nlohmann::json(nullptr);
  j["fuel_used"] = r.fuel_used;
  j["memory_peak_bytes"] = r.memory_peak_bytes;
  j["wall_time_us"] = r.wall_time_us;
  j["stdout_truncated"] = r.stdout_truncated;
  j["stderr_truncated"] = r.stderr_truncated;
  return j;
}

std::string dump_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mpsandbox::cli
