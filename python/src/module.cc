// Python bindings of mpsandbox (pybind11): a thin layer over the C++ API, holding no
// sandbox logic. The GIL is released while the guest runs and taken again for host
// function callbacks.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

#include "mpsandbox/mpsandbox.h"

namespace py = pybind11;
using namespace mpsandbox;

namespace {

// Host-side failures of a session (busy, snapshot impossible) surface as SandboxError,
// whose `code` is the C++ FailureCode's name ("busy", "moved_from", ...).
struct SandboxFailure : std::runtime_error {
  explicit SandboxFailure(const Failure& f) : std::runtime_error(f.message), code(to_string(f.code)) {}
  std::string code;
};

// str(obj) as UTF-8, with what cannot be encoded (lone surrogates) replaced.
std::string utf8_str(py::handle obj) {
  py::str text(obj);
  py::bytes encoded = py::reinterpret_steal<py::bytes>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "replace"));
  if (!encoded) throw py::error_already_set();
  return encoded.cast<std::string>();
}

// Limits fields accept Python ints (anything with __index__, not bool) from 0 to 2**64 - 1;
// other values are refused here with the field's name, never rounded or wrapped. Ranges
// are checked when a Session is made (ValueError naming the limit).
void def_limit(py::class_<Limits>& cls, const char* name, uint64_t Limits::*field, const char* unit) {
  cls.def_property(
      name, [field](const Limits& l) { return l.*field; },
      [name, field, unit](Limits& l, const py::object& v) {
        if (py::isinstance<py::bool_>(v) || !PyIndex_Check(v.ptr()))
          throw py::type_error(std::string(name) + " must be an int (" + unit + "), not " +
                               std::string(py::str(v.get_type().attr("__name__"))));
        py::int_ i = py::reinterpret_steal<py::int_>(PyNumber_Index(v.ptr()));
        if (!i) throw py::error_already_set();
        if (i < py::int_(0)) throw py::value_error(std::string(name) + " must not be negative");
        unsigned long long value = PyLong_AsUnsignedLongLong(i.ptr());
        if (value == static_cast<unsigned long long>(-1) && PyErr_Occurred()) {
          PyErr_Clear();
          throw py::value_error(std::string(name) + " is too large");
        }
        l.*field = value;
      });
}

// Wraps a Python callable as a HostFunction: JSON request in, JSON value or error out.
HostFunction python_host_function(py::function fn) {
  auto shared = std::make_shared<py::function>(std::move(fn));
  return [shared](std::string_view request) -> HostReply {
    py::gil_scoped_acquire gil;
    try {
      py::module_ json = py::module_::import("json");
      py::dict req = json.attr("loads")(py::str(request.data(), request.size()));
      py::list args = req.contains("args") ? py::list(req["args"]) : py::list();
      py::dict kwargs = req.contains("kwargs") ? py::dict(req["kwargs"]) : py::dict();
      py::object result = (*shared)(*py::tuple(args), **kwargs);
      py::object text;
      try {
        text = json.attr("dumps")(result, py::arg("allow_nan") = false);
      } catch (py::error_already_set& e) {
        return HostReply::error("TypeError", "host function result is not JSON-serializable: " + utf8_str(e.value()));
      }
      return HostReply::value(text.cast<std::string>());
    } catch (py::error_already_set& e) {
      // One str argument is the message as raised (str() of a KeyError would quote it).
      py::tuple args = e.value().attr("args");
      const bool one_str = args.size() == 1 && py::isinstance<py::str>(args[0]);
      return HostReply::error(utf8_str(e.type().attr("__name__")), utf8_str(one_str ? args[0] : e.value()));
    }
  };
}

// Session.snapshot(): the serialized snapshot, with the GIL released meanwhile.
py::bytes snapshot_bytes(const Session& s) {
  Result<std::string> bytes = [&]() -> Result<std::string> {
    py::gil_scoped_release release;
    auto snap = s.snapshot();
    if (!snap) return snap.failure();
    return snap.value().serialize();
  }();
  if (!bytes) throw SandboxFailure(bytes.failure());
  return py::bytes(bytes.value());
}

// Session.restore() and unpickling.
std::unique_ptr<Session> restore_bytes(const py::bytes& data, std::optional<Limits> limits,
                                       std::optional<Policy> policy, const Engine& e) {
  const std::string bytes = data;  // a copy: the GIL is released below
  Result<Session> r = [&]() -> Result<Session> {
    py::gil_scoped_release release;
    auto snap = e.load_snapshot(bytes);
    if (!snap) return snap.failure();
    return e.restore(snap.value(), {limits, policy});
  }();
  if (!r) throw SandboxFailure(r.failure());
  return std::make_unique<Session>(std::move(r).value());
}

}  // namespace

PYBIND11_MODULE(_mpsandbox, m) {
  m.doc() = "Run untrusted Python code in a MicroPython WebAssembly sandbox.";
  m.attr("__version__") = version();
  m.attr("micropython_version") = micropython_version();

  static py::exception<SandboxFailure> sandbox_error(m, "SandboxError");
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const SandboxFailure& e) {
      py::object err = py::handle(sandbox_error.ptr())(e.what());
      err.attr("code") = e.code;
      PyErr_SetObject(sandbox_error.ptr(), err.ptr());
    }
  });

  py::enum_<Status>(m, "Status")
      .value("OK", Status::Ok)
      .value("ERROR", Status::Error)
      .value("FUEL_EXHAUSTED", Status::FuelExhausted)
      .value("TIMEOUT", Status::Timeout)
      .value("INTERRUPTED", Status::Interrupted)
      .value("OUTPUT_LIMIT", Status::OutputLimit)
      .value("KILLED", Status::Killed)
      .def("__str__", [](Status s) { return std::string(to_string(s)); });

  py::class_<Limits> limits_cls(m, "Limits");
  static const struct {
    const char* name;
    uint64_t Limits::*field;
    const char* unit;
  } kLimitFields[] = {
      {"fuel", &Limits::fuel, "fuel units"},
      {"timeout_ms", &Limits::timeout_ms, "milliseconds, 0 for none"},
      {"memory_bytes", &Limits::memory_bytes, "bytes"},
      {"heap_bytes", &Limits::heap_bytes, "bytes"},
      {"max_output_bytes", &Limits::max_output_bytes, "bytes"},
      {"max_source_bytes", &Limits::max_source_bytes, "bytes"},
      {"max_host_result_bytes", &Limits::max_host_result_bytes, "bytes"},
      {"rollback_bytes", &Limits::rollback_bytes, "bytes of host memory an exec may use to be undoable"},
  };
  for (const auto& f : kLimitFields) def_limit(limits_cls, f.name, f.field, f.unit);
  // Limits(fuel=..., timeout_ms=...): each keyword set as its attribute is (checked the same way).
  limits_cls.def(py::init([](const py::kwargs& fields) {
    auto limits = std::make_unique<Limits>();
    py::object self = py::cast(limits.get(), py::return_value_policy::reference);
    for (const auto& [key, value] : fields) {
      const std::string name = py::str(key);
      bool known = false;
      for (const auto& f : kLimitFields) known |= name == f.name;
      if (!known) throw py::type_error("Limits() got an unexpected keyword argument '" + name + "'");
      self.attr(name.c_str()) = value;
    }
    return limits;
  }));
  limits_cls.def("__repr__", [](const Limits& l) {
    std::string out = "Limits(";
    for (const auto& f : kLimitFields) out += std::string(out.size() > 7 ? ", " : "") + f.name + "=" + std::to_string(l.*(f.field));
    return out + ")";
  });
  limits_cls.def("__eq__", [](const Limits& a, const py::object& other) -> py::object {
    if (!py::isinstance<Limits>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    const Limits& b = other.cast<const Limits&>();
    bool same = true;
    for (const auto& f : kLimitFields) same &= a.*(f.field) == b.*(f.field);
    return py::bool_(same);
  });
  limits_cls.attr("__hash__") = py::none();  // mutable: unhashable, as a dataclass with eq

  py::enum_<OutputOverflow>(m, "OutputOverflow")
      .value("TRUNCATE", OutputOverflow::Truncate)
      .value("STOP", OutputOverflow::Stop);

  py::enum_<Mount::Kind>(m, "MountKind")
      .value("READ_ONLY", Mount::Kind::ReadOnly)
      .value("READ_WRITE", Mount::Kind::ReadWrite)
      .value("SCRATCH", Mount::Kind::Scratch);

  py::class_<Mount>(m, "Mount")
      .def_readonly("kind", &Mount::kind)
      .def_readonly("guest_path", &Mount::guest_path)
      .def_readonly("host_path", &Mount::host_path)
      .def_readonly("max_bytes", &Mount::max_bytes)
      .def_readonly("max_files", &Mount::max_files)
      .def("__repr__", [](const Mount& mt) {
        return "Mount(" + mt.guest_path + (mt.host_path.empty() ? "" : " <- " + mt.host_path) + ")";
      });

  // Host paths accept str or os.PathLike; mounts are checked when a Session is created.
  auto fspath = [](const py::object& p) {
    return py::module_::import("os").attr("fspath")(p).cast<std::string>();
  };
  py::class_<Policy>(m, "Policy")
      .def(py::init<>())
      .def_readwrite("output_overflow", &Policy::output_overflow)
      .def_readwrite("deterministic", &Policy::deterministic)
      .def_readwrite("seed", &Policy::seed)
      .def_readwrite("max_open_files", &Policy::max_open_files)
      .def_readonly("mounts", &Policy::mounts)
      .def(
          "mount_readonly",
          [fspath](Policy& p, const py::object& host_dir, std::string guest_path) -> Policy& {
            return p.mount_readonly(fspath(host_dir), std::move(guest_path));
          },
          py::arg("host_dir"), py::arg("guest_path") = "/input", py::return_value_policy::reference)
      .def(
          "mount_readwrite",
          [fspath](Policy& p, const py::object& host_dir, std::string guest_path, uint64_t max_write_bytes,
                   uint64_t max_files) -> Policy& {
            return p.mount_readwrite(fspath(host_dir), std::move(guest_path), max_write_bytes, max_files);
          },
          py::arg("host_dir"), py::arg("guest_path"), py::arg("max_write_bytes") = 16ull << 20,
          py::arg("max_files") = 1024, py::return_value_policy::reference)
      .def("mount_scratch", &Policy::mount_scratch, py::arg("guest_path") = "/tmp",
           py::arg("max_bytes") = 16ull << 20, py::arg("max_files") = 1024,
           py::return_value_policy::reference);

  py::class_<GuestError>(m, "GuestError")
      .def_readonly("type", &GuestError::type)
      .def_readonly("message", &GuestError::message)
      .def_readonly("traceback", &GuestError::traceback)
      .def_readonly("line", &GuestError::line)
      .def("__repr__", [](const GuestError& e) { return "GuestError(" + e.type + ": " + e.message + ")"; });

  // Output is bytes from the guest; exposed as str with invalid UTF-8 replaced, and the
  // exact bytes as stdout_bytes / stderr_bytes.
  auto decode = [](const std::string& s) {
    return py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(s.data(), s.size(), "replace"));
  };
  py::class_<ExecResult>(m, "ExecResult")
      .def_readonly("status", &ExecResult::status)
      .def_property_readonly("stdout", [decode](const ExecResult& r) { return decode(r.stdout_text); })
      .def_property_readonly("stderr", [decode](const ExecResult& r) { return decode(r.stderr_text); })
      .def_property_readonly("stdout_bytes", [](const ExecResult& r) { return py::bytes(r.stdout_text); })
      .def_property_readonly("stderr_bytes", [](const ExecResult& r) { return py::bytes(r.stderr_text); })
      .def_readonly("value", &ExecResult::value)
      .def_readonly("error", &ExecResult::error)
      .def_readonly("exit_code", &ExecResult::exit_code)
      .def_readonly("fuel_used", &ExecResult::fuel_used)
      .def_readonly("memory_peak_bytes", &ExecResult::memory_peak_bytes)
      .def_readonly("wall_time_us", &ExecResult::wall_time_us)
      .def_readonly("stdout_truncated", &ExecResult::stdout_truncated)
      .def_readonly("stderr_truncated", &ExecResult::stderr_truncated)
      .def_readonly("value_truncated", &ExecResult::value_truncated)
      .def_readonly("error_truncated", &ExecResult::error_truncated)
      .def_property_readonly("ok", &ExecResult::ok)
      .def("__repr__", [](const ExecResult& r) {
        return std::string("ExecResult(status=") + to_string(r.status) + ", value=" +
               (r.value ? *r.value : "None") + ")";
      });

  py::class_<InterruptHandle>(m, "InterruptHandle",
                              "Stops a session's execs from any thread; valid after the session is gone.")
      .def(
          "interrupt",
          [](const InterruptHandle& h, std::optional<uint64_t> exec_id) {
            if (!exec_id) {
              h.interrupt();
              return true;
            }
            return h.interrupt(*exec_id);
          },
          py::arg("exec_id") = py::none(), py::call_guard<py::gil_scoped_release>());

  py::class_<Engine>(m, "Engine",
                     "Makes sessions with a configuration of its own (docs/API.md, EngineConfig).")
      .def(py::init([](bool session_templates, size_t max_templates, size_t template_pool_size,
                       std::optional<Limits> default_limits, std::optional<Policy> default_policy,
                       const py::bytes& snapshot_key, uint64_t max_snapshot_bytes) {
             EngineConfig c;
             c.session_templates = session_templates;
             c.max_templates = max_templates;
             c.template_pool_size = template_pool_size;
             if (default_limits) c.default_limits = *default_limits;
             if (default_policy) c.default_policy = *default_policy;
             c.snapshot_key = snapshot_key;
             c.max_snapshot_bytes = max_snapshot_bytes;
             auto made = Engine::create(c);
             if (!made) throw py::value_error(made.failure().message);
             return std::move(made).value();
           }),
           py::kw_only(), py::arg("session_templates") = true, py::arg("max_templates") = 8,
           py::arg("template_pool_size") = 16, py::arg("default_limits") = py::none(),
           py::arg("default_policy") = py::none(), py::arg("snapshot_key") = py::bytes(),
           py::arg("max_snapshot_bytes") = uint64_t{1} << 30)
      .def_property_readonly("default_limits", [](const Engine& e) { return e.config().default_limits; })
      .def_property_readonly("default_policy", [](const Engine& e) { return e.config().default_policy; })
      .def_property_readonly("session_templates", [](const Engine& e) { return e.config().session_templates; });

  py::class_<Session>(m, "Session")
      .def(py::init([](std::optional<Limits> limits, std::optional<Policy> policy, std::optional<Engine> engine) {
             const Engine e = engine ? *engine : Engine();
             auto made = e.new_session(limits.value_or(e.config().default_limits),
                                       policy.value_or(e.config().default_policy));
             if (!made) throw py::value_error(made.failure().message);
             return std::make_unique<Session>(std::move(made).value());
           }),
           py::arg("limits") = py::none(), py::arg("policy") = py::none(), py::kw_only(),
           py::arg("engine") = py::none())
      .def(
          "exec",
          [](Session& s, const std::string& code, const std::string& filename, const std::string& stdin_text,
             bool rollback_on_error, std::optional<py::function> on_output) {
            // on_output(stream, data): 1 or 2 and the bytes written, as the guest writes
            // (ExecOptions::on_output), with the GIL held. If it raises, it is not called
            // again and the exception is raised when exec() returns.
            std::optional<py::error_already_set> raised;
            std::function<void(int, std::string_view)> relay;
            if (on_output)
              relay = [&](int stream, std::string_view data) {
                py::gil_scoped_acquire hold;
                try {
                  (*on_output)(stream, py::bytes(data.data(), data.size()));
                } catch (py::error_already_set& e) {
                  raised.emplace(std::move(e));
                  throw std::runtime_error("on_output raised");  // the exec stops calling it
                }
              };
            Result<ExecResult> r = [&] {
              py::gil_scoped_release release;
              return s.exec(code, {.filename = filename, .stdin_text = stdin_text,
                                   .rollback_on_error = rollback_on_error, .on_output = relay});
            }();
            if (raised) throw std::move(*raised);
            if (!r) throw SandboxFailure(r.failure());
            return std::move(r).value();
          },
          py::arg("code"), py::arg("filename") = "<string>", py::arg("stdin") = "", py::kw_only(),
          py::arg("rollback_on_error") = false, py::arg("on_output") = py::none())
      .def(
          "register_function",
          [](Session& s, py::function fn, std::optional<std::string> name) {
            std::string n = name ? *name : py::str(fn.attr("__name__")).cast<std::string>();
            if (!name && n == "<lambda>")
              throw py::value_error("a lambda has no name to call it by: pass one, as in register_function(f, name=\"double\")");
            auto r = s.register_function(n, python_host_function(std::move(fn)));
            if (!r) throw py::value_error(r.failure().message);
          },
          py::arg("func"), py::kw_only(), py::arg("name") = py::none())
      .def("interrupt", &Session::interrupt, py::call_guard<py::gil_scoped_release>())
      .def("interrupt_handle", &Session::interrupt_handle)
      .def_property_readonly("next_exec_id", &Session::next_exec_id)
      .def_property_readonly("limits", &Session::limits)
      // Snapshots (docs/API.md): bytes out, a new Session in. The guest's state is copied;
      // host functions are not in the bytes (register them again), fork() keeps them.
      .def("snapshot", &snapshot_bytes, "The session's state as portable bytes (Session.restore takes them).")
      .def_static(
          "restore",
          [](const py::bytes& data, std::optional<Limits> limits, std::optional<Policy> policy,
             std::optional<Engine> engine) { return restore_bytes(data, limits, policy, engine ? *engine : Engine()); },
          py::arg("data"), py::arg("limits") = py::none(), py::arg("policy") = py::none(), py::kw_only(),
          py::arg("engine") = py::none(),
          "A new Session from Session.snapshot() bytes; SandboxError (code 'snapshot_rejected') "
          "if they are corrupt, of another build or key, or do not fit the limits and policy.")
      .def(
          "fork",
          [](const Session& s) {
            Result<Session> r = [&] {
              py::gil_scoped_release release;
              return s.fork();
            }();
            if (!r) throw SandboxFailure(r.failure());
            return std::make_unique<Session>(std::move(r).value());
          },
          "A new, independent Session continuing from this one's state, host functions included.")
      // pickle: the snapshot's bytes; restored with the default Engine (no snapshot key).
      .def(py::pickle(&snapshot_bytes, [](const py::bytes& data) {
        return restore_bytes(data, std::nullopt, std::nullopt, Engine());
      }));
}
