// Python bindings of mpsandbox (pybind11): a thin layer over the C++ API, holding no
// sandbox logic. The GIL is released while the guest runs and taken again for host
// function callbacks.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "mpsandbox/mpsandbox.h"

namespace py = pybind11;
using namespace mpsandbox;

namespace {

// Host-side failures (busy, closed, snapshot refused...) surface as SandboxError or one of
// its subclasses, chosen by the C++ FailureCode; `code` is the code's name ("busy", ...).
struct SandboxFailure : std::runtime_error {
  explicit SandboxFailure(const Failure& f, bool limits = false)
      : std::runtime_error(f.message), code(to_string(f.code)), failure(f.code), invalid_limits(limits) {}
  std::string code;
  FailureCode failure;
  bool invalid_limits;  // InvalidLimits rather than InvalidArgument
};

// The exception classes, made once by the module (multiple bases: py::exception takes one).
struct Errors {
  py::object base, invalid_argument, invalid_limits, busy, closed, snapshot_rejected;
};
Errors& errors() {
  static Errors* e = new Errors();  // never destroyed: the interpreter may outlive statics
  return *e;
}

py::object new_error(py::module_& m, const char* name, const char* doc, std::initializer_list<py::object> bases) {
  py::tuple t(bases.size());
  size_t i = 0;
  for (const auto& b : bases) t[i++] = b;
  const std::string full = std::string("mpsandbox.") + name;
  py::object cls = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc(full.c_str(), doc, t.ptr(), nullptr));
  if (!cls) throw py::error_already_set();
  m.attr(name) = cls;
  return cls;
}

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

// A Python Session: the C++ one, and what reset() needs to make it again.
struct PySession : Session {
  PySession(Session&& s, Engine e) : Session(std::move(s)), engine(std::move(e)) {}
  Engine engine;
  std::map<std::string, HostFunction> functions;  // as registered, for reset()
  std::mutex use_mu;
  int in_use = 0;  // calls running with the GIL released (InUse)
};

// Marks a call that runs with the GIL released, so that close() and reset() on another
// thread refuse (SessionBusy) instead of destroying the session under it. Made with the
// GIL held; the lock is never held while taking the GIL.
class InUse {
 public:
  explicit InUse(PySession& s) : s_(s) {
    std::lock_guard lock(s_.use_mu);
    ++s_.in_use;
  }
  ~InUse() {
    std::lock_guard lock(s_.use_mu);
    --s_.in_use;
  }
  InUse(const InUse&) = delete;
  InUse& operator=(const InUse&) = delete;

 private:
  PySession& s_;
};

// Replaces the session by `next` (none: closes it) unless a call is using it
// (SessionBusy); the old one is destroyed with the GIL released.
void replace_session(PySession& s, std::optional<Session> next) {
  std::optional<Session> old;
  {
    std::lock_guard lock(s.use_mu);
    if (s.in_use != 0)
      throw SandboxFailure(Failure{"the session is executing on another thread", FailureCode::Busy});
    old.emplace(std::move(static_cast<Session&>(s)));
    if (next) static_cast<Session&>(s) = std::move(*next);
  }
  py::gil_scoped_release release;
  old.reset();
  next.reset();
}

// repr() of guest text (invalid UTF-8 replaced).
std::string py_repr(const std::string& text) {
  py::str s = py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(text.data(), text.size(), "replace"));
  return py::repr(s).cast<std::string>();
}

const char* status_name(Status s) {
  switch (s) {
    case Status::Ok: return "OK";
    case Status::Error: return "ERROR";
    case Status::FuelExhausted: return "FUEL_EXHAUSTED";
    case Status::Timeout: return "TIMEOUT";
    case Status::Interrupted: return "INTERRUPTED";
    case Status::OutputLimit: return "OUTPUT_LIMIT";
    case Status::Killed: return "KILLED";
  }
  return "?";
}

std::string mount_repr(const Mount& mt) {
  std::string out = "Mount(kind=";
  switch (mt.kind) {
    case Mount::Kind::ReadOnly: out += "MountKind.READ_ONLY"; break;
    case Mount::Kind::ReadWrite: out += "MountKind.READ_WRITE"; break;
    case Mount::Kind::Scratch: out += "MountKind.SCRATCH"; break;
  }
  out += ", guest_path=" + py_repr(mt.guest_path);
  if (mt.kind != Mount::Kind::Scratch) out += ", host_path=" + py_repr(mt.host_path);
  if (mt.kind != Mount::Kind::ReadOnly)
    out += ", max_bytes=" + std::to_string(mt.max_bytes) + ", max_files=" + std::to_string(mt.max_files);
  return out + ")";
}

bool same_mount(const Mount& a, const Mount& b) {
  return a.kind == b.kind && a.guest_path == b.guest_path && a.host_path == b.host_path &&
         a.max_bytes == b.max_bytes && a.max_files == b.max_files;
}

// JSON text of a Python value for inputs and call arguments: json.dumps's rules (NaN
// refused; non-ASCII escaped, so that a lone surrogate reaches the host's check as one).
std::string to_json(const py::handle& value, const char* what) {
  try {
    return py::module_::import("json").attr("dumps")(value, py::arg("allow_nan") = false).cast<std::string>();
  } catch (py::error_already_set& e) {
    if (!e.matches(PyExc_TypeError) && !e.matches(PyExc_ValueError) && !e.matches(PyExc_RecursionError)) throw;
    throw py::type_error(std::string(what) + " must be JSON-compatible: " + utf8_str(e.value()));
  }
}

// Runs an exec or call with the GIL released, relaying output to on_output(stream, data)
// (1 or 2 and the bytes written, with the GIL held). If on_output raises, it is not
// called again and the exception is raised when the exec returns.
template <typename Fn>
ExecResult run_guest(ExecOptions options, const std::optional<py::function>& on_output, Fn&& fn) {
  std::optional<py::error_already_set> raised;
  if (on_output)
    options.on_output = [&](int stream, std::string_view data) {
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
    return fn(options);
  }();
  if (raised) throw std::move(*raised);
  if (!r) throw SandboxFailure(r.failure());
  return std::move(r).value();
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
      // A coroutine (an async def host function): awaited on exec_async's event loop.
      if (py::module_::import("inspect").attr("isawaitable")(result).cast<bool>())
        result = py::module_::import("mpsandbox._aio").attr("resolve")(result);
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
py::bytes snapshot_bytes(PySession& s) {
  InUse use(s);
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
std::unique_ptr<PySession> restore_bytes(const py::bytes& data, std::optional<Limits> limits,
                                       std::optional<Policy> policy, const Engine& e) {
  const std::string bytes = data;  // a copy: the GIL is released below
  Result<Session> r = [&]() -> Result<Session> {
    py::gil_scoped_release release;
    auto snap = e.load_snapshot(bytes);
    if (!snap) return snap.failure();
    return e.restore(snap.value(), {limits, policy});
  }();
  if (!r) throw SandboxFailure(r.failure());
  return std::make_unique<PySession>(std::move(r).value(), e);
}

}  // namespace

PYBIND11_MODULE(_mpsandbox, m) {
  m.doc() = "Run untrusted Python code in a MicroPython WebAssembly sandbox.";
  m.attr("__version__") = version();
  m.attr("micropython_version") = micropython_version();

  Errors& err = errors();
  py::object exception = py::reinterpret_borrow<py::object>(PyExc_Exception);
  py::object value_error = py::reinterpret_borrow<py::object>(PyExc_ValueError);
  err.base = new_error(m, "SandboxError",
                       "A host-side failure of mpsandbox (never an error of the guest's code, which is in "
                       "ExecResult.error). `code` names the failure: 'invalid_argument', 'busy', "
                       "'moved_from', 'out_of_resources', 'guest_start_failed', 'internal', "
                       "'snapshot_rejected'.",
                       {exception});
  err.invalid_argument = new_error(m, "InvalidArgument",
                                   "An argument the API does not accept (inputs, a call's name or arguments, a "
                                   "host function's name); also a ValueError.",
                                   {err.base, value_error});
  err.invalid_limits = new_error(m, "InvalidLimits", "Limits outside the accepted ranges (a ValueError).",
                                 {err.invalid_argument});
  err.busy = new_error(m, "SessionBusy", "The session is executing on another thread.", {err.base});
  err.closed = new_error(m, "SessionClosed", "The session was closed (Session.close()).", {err.base});
  err.snapshot_rejected = new_error(m, "SnapshotRejected",
                                    "Snapshot bytes that are corrupt, of another build or key, or do not fit "
                                    "the limits and policy given (a ValueError).",
                                    {err.base, value_error});
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const SandboxFailure& e) {
      Errors& err = errors();
      py::object cls = err.base;
      std::string message = e.what();
      switch (e.failure) {
        case FailureCode::InvalidArgument: cls = e.invalid_limits ? err.invalid_limits : err.invalid_argument; break;
        case FailureCode::Busy: cls = err.busy; break;
        case FailureCode::MovedFrom:
          cls = err.closed;
          message = "the session is closed";
          break;
        case FailureCode::SnapshotRejected: cls = err.snapshot_rejected; break;
        default: break;
      }
      py::object value = cls(message);
      value.attr("code") = e.code;
      PyErr_SetObject(cls.ptr(), value.ptr());
    }
  });

  // The ranges of Limits' fields (Session() refuses others with InvalidLimits).
  m.attr("MAX_MEMORY_BYTES") = kMaxMemoryBytes;
  m.attr("MIN_HEAP_BYTES") = kMinHeapBytes;
  m.attr("GUEST_OVERHEAD_BYTES") = kGuestOverheadBytes;
  m.attr("MAX_FUEL") = kMaxFuel;
  m.attr("MAX_TIMEOUT_MS") = kMaxTimeoutMs;
  m.attr("MAX_BUFFER_BYTES") = kMaxBufferBytes;
  m.attr("MIN_ROLLBACK_BYTES") = kMinRollbackBytes;
  m.attr("MAX_ROLLBACK_BYTES") = kMaxRollbackBytes;
  m.attr("MAX_JSON_NESTING") = kMaxHostCallNesting;

  py::enum_<Status> status_cls(m, "Status", "How an exec ended.");
  status_cls
      .value("OK", Status::Ok, "ran to completion (or SystemExit(0))")
      .value("ERROR", Status::Error, "a Python exception escaped (ExecResult.error)")
      .value("FUEL_EXHAUSTED", Status::FuelExhausted, "the fuel limit stopped it (rolled back)")
      .value("TIMEOUT", Status::Timeout, "the wall-clock limit stopped it (rolled back)")
      .value("INTERRUPTED", Status::Interrupted, "interrupt() stopped it (rolled back)")
      .value("OUTPUT_LIMIT", Status::OutputLimit, "an output stream passed its cap under OutputOverflow.STOP")
      .value("KILLED", Status::Killed, "the guest trapped (rolled back; the session goes on)");
  // str() is the C++ name ("fuel_exhausted"). Set directly: pybind11 2.10 names its own
  // __str__ "name", so .def("__str__") would chain onto it and replace the name property.
  status_cls.attr("__str__") = py::cpp_function([](Status s) { return std::string(to_string(s)); },
                                                py::name("__str__"), py::is_method(status_cls));

  py::class_<Limits> limits_cls(m, "Limits",
                                "Resource limits of a session: Limits(fuel=..., timeout_ms=...); unset fields keep "
                                "their defaults. Ranges: the MAX_*/MIN_* constants; Session() raises InvalidLimits.");
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

  py::enum_<OutputOverflow>(m, "OutputOverflow", "What happens when a program writes more than max_output_bytes.")
      .value("TRUNCATE", OutputOverflow::Truncate, "keep the first max_output_bytes, flag it, go on")
      .value("STOP", OutputOverflow::Stop, "stop the exec with Status.OUTPUT_LIMIT (rolled back)");

  py::enum_<Mount::Kind>(m, "MountKind")
      .value("READ_ONLY", Mount::Kind::ReadOnly, "a host directory, read-only")
      .value("READ_WRITE", Mount::Kind::ReadWrite, "a host directory, writable within quotas")
      .value("SCRATCH", Mount::Kind::Scratch, "an in-memory filesystem that lives with the session");

  py::class_<Mount>(m, "Mount", "A directory tree the guest sees at guest_path (Policy.mount_*() make them).")
      .def_readonly("kind", &Mount::kind)
      .def_readonly("guest_path", &Mount::guest_path)
      .def_readonly("host_path", &Mount::host_path)
      .def_readonly("max_bytes", &Mount::max_bytes)
      .def_readonly("max_files", &Mount::max_files)
      .def("__repr__", [](const Mount& mt) { return mount_repr(mt); })
      .def("__eq__", [](const Mount& a, const py::object& b) -> py::object {
        if (!py::isinstance<Mount>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        return py::bool_(same_mount(a, b.cast<const Mount&>()));
      })
      .attr("__hash__") = py::none();

  // Host paths accept str or os.PathLike; mounts are checked when a Session is created.
  auto fspath = [](const py::object& p) {
    return py::module_::import("os").attr("fspath")(p).cast<std::string>();
  };
  py::class_<Policy> policy_cls(m, "Policy",
                                "What a session's guest may do beyond computing: mounts, determinism, output "
                                "overflow. Policy(deterministic=True, seed=7); the mount_* methods chain.");
  policy_cls
      .def(py::init([](OutputOverflow output_overflow, bool deterministic, uint64_t seed, uint32_t max_open_files) {
             Policy p;
             p.output_overflow = output_overflow;
             p.deterministic = deterministic;
             p.seed = seed;
             p.max_open_files = max_open_files;
             return p;
           }),
           py::kw_only(), py::arg("output_overflow") = OutputOverflow::Truncate, py::arg("deterministic") = false,
           py::arg("seed") = 0, py::arg("max_open_files") = 64)
      .def_readwrite("output_overflow", &Policy::output_overflow)
      .def_readwrite("deterministic", &Policy::deterministic,
                     "Virtual clocks (from 2000-01-01) and a random stream seeded with `seed`.")
      .def_readwrite("seed", &Policy::seed)
      .def_readwrite("max_open_files", &Policy::max_open_files)
      .def_property_readonly("mounts", [](const Policy& p) { return p.mounts; })
      .def(
          "mount_readonly",
          [fspath](Policy& p, const py::object& host_dir, std::string guest_path) -> Policy& {
            return p.mount_readonly(fspath(host_dir), std::move(guest_path));
          },
          py::arg("host_dir"), py::arg("guest_path") = "/input", py::return_value_policy::reference_internal,
          "Shows host_dir read-only at guest_path; returns the Policy.")
      .def(
          "mount_readwrite",
          [fspath](Policy& p, const py::object& host_dir, std::string guest_path, uint64_t max_write_bytes,
                   uint64_t max_files) -> Policy& {
            return p.mount_readwrite(fspath(host_dir), std::move(guest_path), max_write_bytes, max_files);
          },
          py::arg("host_dir"), py::arg("guest_path"), py::arg("max_write_bytes") = 16ull << 20,
          py::arg("max_files") = 1024, py::return_value_policy::reference_internal,
          "Shows host_dir writable at guest_path, within max_write_bytes written and max_files created.")
      .def("mount_scratch", &Policy::mount_scratch, py::arg("guest_path") = "/tmp",
           py::arg("max_bytes") = 16ull << 20, py::arg("max_files") = 1024,
           py::return_value_policy::reference_internal,
           "An in-memory filesystem at guest_path that lives and dies with the session.")
      .def("__repr__", [](const Policy& p) {
        std::string out = std::string("Policy(output_overflow=OutputOverflow.") +
                          (p.output_overflow == OutputOverflow::Stop ? "STOP" : "TRUNCATE") +
                          ", deterministic=" + (p.deterministic ? "True" : "False") +
                          ", seed=" + std::to_string(p.seed) + ", max_open_files=" + std::to_string(p.max_open_files);
        if (!p.mounts.empty()) {
          out += ", mounts=[";
          for (size_t i = 0; i < p.mounts.size(); ++i) out += (i ? ", " : "") + mount_repr(p.mounts[i]);
          out += "]";
        }
        return out + ")";
      })
      .def("__eq__", [](const Policy& a, const py::object& other) -> py::object {
        if (!py::isinstance<Policy>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        const Policy& b = other.cast<const Policy&>();
        bool same = a.output_overflow == b.output_overflow && a.deterministic == b.deterministic &&
                    a.seed == b.seed && a.max_open_files == b.max_open_files && a.mounts.size() == b.mounts.size();
        for (size_t i = 0; same && i < a.mounts.size(); ++i) same = same_mount(a.mounts[i], b.mounts[i]);
        return py::bool_(same);
      });
  policy_cls.attr("__hash__") = py::none();

  py::class_<GuestError>(m, "GuestError", "A Python exception that escaped the program, or what stopped it.")
      .def_readonly("type", &GuestError::type, "'ZeroDivisionError', ...; 'FuelExhausted', 'Timeout' for stops")
      .def_readonly("message", &GuestError::message, "str() of the exception")
      .def_readonly("traceback", &GuestError::traceback, "the traceback as CPython prints it")
      .def_readonly("line", &GuestError::line, "innermost line of the program, 0 if unknown")
      .def("__repr__", [](const GuestError& e) {
        return "GuestError(type=" + py_repr(e.type) + ", message=" + py_repr(e.message) +
               ", line=" + std::to_string(e.line) + ")";
      })
      .def("__eq__", [](const GuestError& a, const py::object& other) -> py::object {
        if (!py::isinstance<GuestError>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        const GuestError& b = other.cast<const GuestError&>();
        return py::bool_(a.type == b.type && a.message == b.message && a.traceback == b.traceback && a.line == b.line);
      })
      .attr("__hash__") = py::none();

  // Output is bytes from the guest; exposed as str with invalid UTF-8 replaced, and the
  // exact bytes as stdout_bytes / stderr_bytes.
  auto decode = [](const std::string& s) {
    return py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(s.data(), s.size(), "replace"));
  };
  py::class_<ExecResult>(m, "ExecResult", "What an exec or call produced (docs/PYTHON.md).")
      .def_readonly("status", &ExecResult::status)
      .def_property_readonly("stdout", [decode](const ExecResult& r) { return decode(r.stdout_text); },
                             "what the guest wrote to stdout (invalid UTF-8 replaced)")
      .def_property_readonly("stderr", [decode](const ExecResult& r) { return decode(r.stderr_text); },
                             "what the guest wrote to stderr (invalid UTF-8 replaced)")
      .def_property_readonly("stdout_bytes", [](const ExecResult& r) { return py::bytes(r.stdout_text); })
      .def_property_readonly("stderr_bytes", [](const ExecResult& r) { return py::bytes(r.stderr_text); })
      .def_readonly("value", &ExecResult::value, "repr() of the final expression's value (None if there is none)")
      .def_readonly("value_json", &ExecResult::value_json, "the same value as JSON text, if JSON-compatible")
      .def_readonly("error", &ExecResult::error)
      .def_readonly("exit_code", &ExecResult::exit_code, "set when the program raised SystemExit")
      .def_readonly("fuel_used", &ExecResult::fuel_used)
      .def_readonly("memory_peak_bytes", &ExecResult::memory_peak_bytes)
      .def_readonly("wall_time_us", &ExecResult::wall_time_us)
      .def_readonly("stdout_truncated", &ExecResult::stdout_truncated)
      .def_readonly("stderr_truncated", &ExecResult::stderr_truncated)
      .def_readonly("value_truncated", &ExecResult::value_truncated)
      .def_readonly("error_truncated", &ExecResult::error_truncated)
      .def_property_readonly("ok", &ExecResult::ok, "status is Status.OK")
      .def("__repr__", [](const ExecResult& r) {
        std::string out = std::string("ExecResult(status=Status.") + status_name(r.status);
        if (r.value) out += ", value=" + py_repr(*r.value);
        if (r.error) out += ", error=" + py_repr(r.error->type + ": " + r.error->message);
        if (!r.stdout_text.empty()) out += ", stdout=" + py_repr(r.stdout_text.substr(0, 200));
        if (!r.stderr_text.empty()) out += ", stderr=" + py_repr(r.stderr_text.substr(0, 200));
        return out + ")";
      })
      .def("__eq__", [](const ExecResult& a, const py::object& other) -> py::object {
        if (!py::isinstance<ExecResult>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        const ExecResult& b = other.cast<const ExecResult&>();
        auto same_error = [](const std::optional<GuestError>& x, const std::optional<GuestError>& y) {
          if (!x || !y) return !x && !y;
          return x->type == y->type && x->message == y->message && x->traceback == y->traceback && x->line == y->line;
        };
        // Everything the guest produced; not how long it took.
        return py::bool_(a.status == b.status && a.stdout_text == b.stdout_text && a.stderr_text == b.stderr_text &&
                         a.value == b.value && a.value_json == b.value_json && same_error(a.error, b.error) &&
                         a.exit_code == b.exit_code && a.fuel_used == b.fuel_used &&
                         a.stdout_truncated == b.stdout_truncated && a.stderr_truncated == b.stderr_truncated &&
                         a.value_truncated == b.value_truncated && a.error_truncated == b.error_truncated);
      })
      .attr("__hash__") = py::none();

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
          py::arg("exec_id") = py::none(), py::call_guard<py::gil_scoped_release>(),
          "Stops the running exec, or exec number exec_id (at its start if it has not started); False for an "
          "id past the next exec's.");

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
             if (!made) throw SandboxFailure(made.failure());
             return std::move(made).value();
           }),
           py::kw_only(), py::arg("session_templates") = true, py::arg("max_templates") = 8,
           py::arg("template_pool_size") = 16, py::arg("default_limits") = py::none(),
           py::arg("default_policy") = py::none(), py::arg("snapshot_key") = py::bytes(),
           py::arg("max_snapshot_bytes") = uint64_t{1} << 30)
      .def_property_readonly("default_limits", [](const Engine& e) { return e.config().default_limits; })
      .def_property_readonly("default_policy", [](const Engine& e) { return e.config().default_policy; })
      .def_property_readonly("session_templates", [](const Engine& e) { return e.config().session_templates; });

  py::class_<PySession>(m, "Session",
                        "A persistent MicroPython interpreter in a WebAssembly sandbox. Use it from one thread at "
                        "a time (SessionBusy otherwise); close() or a with block gives its memory back.")
      .def(py::init([](std::optional<Limits> limits, std::optional<Policy> policy, std::optional<Engine> engine) {
             const Engine e = engine ? *engine : Engine();
             auto made = e.new_session(limits.value_or(e.config().default_limits),
                                       policy.value_or(e.config().default_policy));
             // InvalidLimits for the limits; a policy's refusal (a missing host directory)
             // stays InvalidArgument.
             if (!made) throw SandboxFailure(made.failure(), made.failure().message.starts_with("invalid limits"));
             return std::make_unique<PySession>(std::move(made).value(), e);
           }),
           py::arg("limits") = py::none(), py::arg("policy") = py::none(), py::kw_only(),
           py::arg("engine") = py::none())
      .def(
          "exec",
          [](PySession& s, const std::string& code, const std::string& filename, const std::string& stdin_text,
             const py::object& inputs, bool rollback_on_error, std::optional<py::function> on_output, uint64_t fuel,
             uint64_t timeout_ms) {
            ExecOptions o{.filename = filename, .stdin_text = stdin_text, .rollback_on_error = rollback_on_error,
                          .fuel = fuel, .timeout_ms = timeout_ms};
            if (!inputs.is_none()) {
              if (!py::isinstance<py::dict>(inputs))
                throw py::type_error("inputs must be a dict of names to JSON-compatible values, not " +
                                     std::string(py::str(inputs.get_type().attr("__name__"))));
              o.inputs_json = to_json(inputs, "inputs");
            }
            InUse use(s);
            return run_guest(o, on_output, [&](const ExecOptions& opts) { return s.exec(code, opts); });
          },
          py::arg("code"), py::arg("filename") = "<string>", py::arg("stdin") = "", py::kw_only(),
          py::arg("inputs") = py::none(), py::arg("rollback_on_error") = false, py::arg("on_output") = py::none(),
          py::arg("fuel") = 0, py::arg("timeout_ms") = 0,
          "Runs code in the session's __main__ and returns an ExecResult. inputs: a dict bound as globals "
          "first. on_output(stream, data) gets output as it is written. fuel, timeout_ms: this exec's own "
          "caps, when below the session's limits.")
      .def(
          "call",
          [](PySession& s, const std::string& function, const py::args& args, const py::kwargs& kwargs) {
            const std::string args_json = to_json(py::list(args), "call arguments");
            const std::string kwargs_json = to_json(py::dict(kwargs), "call arguments");
            InUse use(s);
            return run_guest({}, std::nullopt, [&](const ExecOptions& opts) {
              return s.call(function, args_json, kwargs_json, opts);
            });
          },
          py::arg("function"), py::pos_only(),
          "Calls the guest's function (a name or dotted path in __main__) with JSON-compatible arguments; "
          "the ExecResult's value and value_json are what it returned.")
      .def(
          "register_function",
          [](PySession& s, py::function fn, std::optional<std::string> name) {
            std::string n = name ? *name : py::str(fn.attr("__name__")).cast<std::string>();
            if (!name && n == "<lambda>")
              throw SandboxFailure(Failure{"a lambda has no name to call it by: pass one, as in "
                                           "register_function(f, name=\"double\")", FailureCode::InvalidArgument});
            HostFunction host = python_host_function(std::move(fn));
            auto r = s.register_function(n, host);
            if (!r) throw SandboxFailure(r.failure());
            s.functions.insert_or_assign(n, std::move(host));
          },
          py::arg("func"), py::kw_only(), py::arg("name") = py::none(),
          "Makes func callable from the guest as name(...) and host.name(...), with JSON-compatible "
          "arguments and result. A coroutine function is awaited (on exec_async's event loop).")
      .def(
          "needs_more_input",
          [](PySession& s, const std::string& source) {
            auto r = s.needs_more_input(source);
            if (!r) throw SandboxFailure(r.failure());
            return r.value();
          },
          py::arg("source"), "True if source is an unfinished block (an open def, bracket or string).")
      .def(
          "set_limits",
          [](PySession& s, const Limits& limits) {
            auto r = s.set_limits(limits);
            if (!r) throw SandboxFailure(r.failure(), r.failure().code == FailureCode::InvalidArgument);
          },
          py::arg("limits"), "New per-exec limits for later execs (heap_bytes and memory_bytes stay).")
      .def(
          "reset",
          [](PySession& s) {
            if (!s.alive()) throw SandboxFailure(Failure{"", FailureCode::MovedFrom});
            auto fresh = [&] {
              py::gil_scoped_release release;
              return s.engine.new_session(s.limits(), s.policy());
            }();
            if (!fresh) throw SandboxFailure(fresh.failure());
            for (const auto& [name, fn] : s.functions) {
              auto r = fresh.value().register_function(name, fn);
              if (!r) throw SandboxFailure(r.failure());
            }
            replace_session(s, std::move(fresh).value());
          },
          "Starts over: a fresh interpreter with the same limits, policy and host functions. SessionBusy "
          "while another thread runs a call in it.")
      .def(
          "close",
          [](PySession& s) { replace_session(s, std::nullopt); },
          "Ends the session and gives its memory back; later calls raise SessionClosed. Idempotent. "
          "SessionBusy while another thread runs a call in it.")
      .def_property_readonly("closed", [](const PySession& s) { return !s.alive(); })
      .def("__enter__", [](py::object self) { return self; })
      .def("__exit__", [](PySession& s, const py::args&) { replace_session(s, std::nullopt); })
      .def("interrupt",
           [](PySession& s) {
             InUse use(s);
             py::gil_scoped_release release;
             s.interrupt();
           },
           "Stops the running exec (from another thread); it ends with Status.INTERRUPTED.")
      .def("interrupt_handle", &Session::interrupt_handle)
      .def_property_readonly("next_exec_id", &Session::next_exec_id,
                             "The number the next exec will have (for InterruptHandle.interrupt).")
      .def_property_readonly("limits", &Session::limits)
      .def_property_readonly("policy", &Session::policy)
      // Snapshots (docs/API.md): bytes out, a new Session in. The guest's state is copied;
      // host functions are not in the bytes (register them again), fork() keeps them.
      .def("snapshot", &snapshot_bytes, "The session's state as portable bytes (Session.restore takes them).")
      .def_static(
          "restore",
          [](const py::bytes& data, std::optional<Limits> limits, std::optional<Policy> policy,
             std::optional<Engine> engine) { return restore_bytes(data, limits, policy, engine ? *engine : Engine()); },
          py::arg("data"), py::arg("limits") = py::none(), py::arg("policy") = py::none(), py::kw_only(),
          py::arg("engine") = py::none(),
          "A new Session from Session.snapshot() bytes; SnapshotRejected if they are corrupt, of another "
          "build or key, or do not fit the limits and policy.")
      .def(
          "fork",
          [](PySession& s) {
            InUse use(s);
            Result<Session> r = [&] {
              py::gil_scoped_release release;
              return s.fork();
            }();
            if (!r) throw SandboxFailure(r.failure());
            auto forked = std::make_unique<PySession>(std::move(r).value(), s.engine);
            forked->functions = s.functions;
            return forked;
          },
          "A new, independent Session continuing from this one's state, host functions included.")
      // pickle: the snapshot's bytes; restored with the default Engine (no snapshot key).
      .def(py::pickle(&snapshot_bytes, [](const py::bytes& data) {
        return restore_bytes(data, std::nullopt, std::nullopt, Engine());
      }));
}
