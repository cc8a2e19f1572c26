#include "result_json.h"

namespace mpsandbox::cli {

nlohmann::json result_to_json(const ExecResult& r) {
  nlohmann::json j;
  j["status"] = to_string(r.status);
  j["stdout"] = r.stdout_text;
  j["stderr"] = r.stderr_text;
  j["value"] = r.value ? nlohmann::json(*r.value) : nlohmann::json(nullptr);
  // As text: parsing it here would turn integers past 64 bits into doubles.
  j["value_json"] = r.value_json ? nlohmann::json(*r.value_json) : nlohmann::json(nullptr);
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
  j["value_truncated"] = r.value_truncated;
  j["error_truncated"] = r.error_truncated;
  return j;
}

std::string stop_frames(const ExecResult& r) {
  if (!r.error || r.error->traceback.empty() || r.status == Status::Ok || r.status == Status::Error) return {};
  const std::string& tb = r.error->traceback;
  const size_t last = tb.rfind('\n', tb.size() >= 2 ? tb.size() - 2 : 0);
  return last == std::string::npos ? std::string() : tb.substr(0, last + 1);
}

std::string error_for_stderr(const ExecResult& r, uint64_t max_output_bytes, bool* cut) {
  *cut = false;
  if (!r.error) return {};
  std::string text = r.error->traceback.empty() ? r.error->type + ": " + r.error->message + "\n"
                                                : r.error->traceback;
  const uint64_t used = r.stderr_text.size();
  const uint64_t room = max_output_bytes > used ? max_output_bytes - used : 0;
  if (text.size() <= room) return text;
  *cut = true;
  size_t start = text.size() - room;
  // The library's texts are valid UTF-8: start at a line, else at a character.
  const size_t nl = text.find('\n', start);
  if (nl != std::string::npos && nl + 1 < text.size()) {
    start = nl + 1;
  } else {
    while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  }
  return text.substr(start);
}

void write_bytes(FILE* f, std::string_view s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f);
  std::fflush(f);
}

void write_stream(int stream, std::string_view text) { write_bytes(stream == 1 ? stdout : stderr, text); }

std::string dump_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mpsandbox::cli
