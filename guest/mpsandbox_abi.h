// The guest/host ABI of mpsandbox: the single source of truth for the names and codes
// that cross the sandbox boundary. Included by the guest (C, wasm32) and the host (C++).
#ifndef MPSANDBOX_ABI_H
#define MPSANDBOX_ABI_H

// Import module of the host functions the guest calls (besides WASI preview1).
#define MPSBX_IMPORT_MODULE "mpsandbox"

// Export and import names, as identifiers: the guest stringifies them (MPSBX_STR), the
// host pastes them into wasm2c's mangled symbols (Z_guestZ_<name>, Z_mpsandboxZ_<name>).
#define MPSBX_EXPORT_INIT   mpsbxinit   // (u32 heap_bytes) -> i32 status
#define MPSBX_EXPORT_INPUT  mpsbxinput  // (u32 len) -> u32 buffer of len bytes, 0 if OOM
#define MPSBX_EXPORT_EXEC   mpsbxexec   // (u32 src_len, u32 name_len, u32 inputs_len, u32 mode)
                                        // -> i32 status; the three texts in order in the
                                        // input buffer
#define MPSBX_IMPORT_REPORT report      // (i32 field, u32 ptr, u32 len) -> void
#define MPSBX_IMPORT_ROOTS  gcroots     // (u32 lo, u32 hi, u32 buf, u32 cap, u32 skip) -> u32
#define MPSBX_IMPORT_STACKLEFT stackleft // () -> u32 native stack bytes left; 0: raise RecursionError
#define MPSBX_IMPORT_MEMLEFT memleft    // () -> u32 bytes linear memory may still grow by
#define MPSBX_IMPORT_HOSTCALL hostcall  // (u32 name, u32 len, u32 payload, u32 len) -> u32 reply len,
                                        // | MPSBX_HOSTCALL_ERROR if the reply is "Type: message"
#define MPSBX_IMPORT_HOSTREPLY hostreply // (u32 buf, u32 len) -> void: copies the pending reply
#define MPSBX_EXPORT_DEFINE mpsbxdefine  // (u32 name_len) -> i32 status; name in the input buffer
#define MPSBX_EXPORT_COMPLETE mpsbxcomplete // (u32 len) -> i32: 1 if the input needs more lines

// Fuel metering (tools/build/fuel_pass.cc): the pass adds the i64 global FUEL and calls
// FUELHOOK when it drops below zero; the hook calls the host's OUTOFFUEL import, which
// refills the counter, asks the guest to raise a stop (MPSBX_STOP_*) or unwinds it.
#define MPSBX_EXPORT_FUEL      fuel
#define MPSBX_EXPORT_FUELHOOK  mpsbxfuelhook
#define MPSBX_IMPORT_OUTOFFUEL outoffuel  // () -> u32 MPSBX_STOP_*: a stop the guest should raise
// (u32 units) -> u32: takes `units` of fuel for work the pass cannot see (a collection,
// by heap size; a large allocation, by bytes) and checks the interrupt flag and the
// deadline, like a refill; 0 units: the checks alone (the collector's loops call it).
#define MPSBX_IMPORT_CHARGE charge  // -> u32 MPSBX_STOP_*, as OUTOFFUEL
// Markers the pass consumes (calls to these imports never reach the host). The
// interpreter's dispatch loop is charged per branch instead of per bytecode: BYBRANCHES,
// called at the top of a loop, exempts that loop's header from its charge; BRANCH is
// replaced by a charge of MPSBX_FUEL_BRANCH_UNITS (guest/vm_split.py places both).
#define MPSBX_IMPORT_FUEL_BYBRANCHES fuelbybranches
#define MPSBX_IMPORT_FUEL_BRANCH fuelbranch
#define MPSBX_FUEL_BRANCH_UNITS 8

// libm functions the guest takes from the host's C library (guest/libm_host.c), so that
// math.sin(x), x ** y and the rest are CPython's on the same host to the last bit:
// wasi-libc's (musl's) versions differ in the last digit for a few percent of arguments.
// X(name, arity): imported as "libm_<name>", (f64[, f64]) -> f64, no state, no memory.
// gamma and lgamma are not here: CPython computes them itself (patch 0186).
#define MPSBX_LIBM_FUNCS(X) \
  X(sin, 1) X(cos, 1) X(tan, 1) X(asin, 1) X(acos, 1) X(atan, 1) X(atan2, 2) \
  X(sinh, 1) X(cosh, 1) X(tanh, 1) X(asinh, 1) X(acosh, 1) X(atanh, 1) \
  X(exp, 1) X(exp2, 1) X(expm1, 1) X(log, 1) X(log2, 1) X(log10, 1) X(log1p, 1) \
  X(pow, 2) X(cbrt, 1) X(erf, 1) X(erfc, 1)

// Stops the host asks the guest to raise (as exceptions of these names) so that the
// program unwinds with a traceback; the host stops it outright if that takes too long.
#define MPSBX_STOP_NONE      0
#define MPSBX_STOP_FUEL      1  // FuelExhausted
#define MPSBX_STOP_TIMEOUT   2  // Timeout
#define MPSBX_STOP_INTERRUPT 3  // Interrupted

// Set in hostcall's result when the reply is an error; reply lengths stay below it.
#define MPSBX_HOSTCALL_ERROR 0x80000000u

#define MPSBX_STR_(x) #x
#define MPSBX_STR(x) MPSBX_STR_(x)

// Status codes returned by init and exec.
#define MPSBX_OK            0  // finished normally
#define MPSBX_EXCEPTION     1  // a Python exception escaped; details were reported
#define MPSBX_SYSTEM_EXIT   2  // SystemExit; the exit code was reported
#define MPSBX_NO_MEMORY     3  // the guest could not allocate what the call needed
#define MPSBX_NOT_READY     4  // exec before a successful init
#define MPSBX_MEMORY_ERROR  5  // an uncaught MemoryError, reported as MPSBX_EXCEPTION is;
                               // the host rolls the exec back, as after a limit's stop

// Fields of the report import, sent after an exec that raised.
#define MPSBX_FIELD_TYPE      0  // exception type name, e.g. "ZeroDivisionError"
#define MPSBX_FIELD_MESSAGE   1  // str(exception)
#define MPSBX_FIELD_TRACEBACK 2  // full traceback text as MicroPython prints it
#define MPSBX_FIELD_EXIT_CODE 3  // decimal exit code of a SystemExit
#define MPSBX_FIELD_LINE      4  // decimal line number of the innermost user frame
#define MPSBX_FIELD_VALUE     5  // repr() of the final expression statement (after success)
#define MPSBX_FIELD_VALUE_JSON 6 // the same value as JSON, when it is JSON-compatible

// Modes of the exec export.
#define MPSBX_MODE_EXEC 0  // run the source (after binding the inputs, a JSON object, as
                           // globals of __main__)
#define MPSBX_MODE_CALL 1  // call the dotted name given as the source with the inputs,
                           // {"args": [...], "kwargs": {...}}; report what it returns

#endif
