#!/usr/bin/env python3
"""Post-processes the C that wasm2c 1.0.32 emits, in named passes.

Each pass rewrites one shape of wasm2c's output and first counts that shape in its input:
a pass that finds fewer or more than it expects, or a shape it does not know, fails the
build with its name ("wasm2c_fixup: pass NAME: ..."). The output is written only after
every pass succeeded (to a temporary file, then renamed); a failed run leaves no output,
not even an earlier one. The rewrites match wasm2c 1.0.32's text, so the build refuses
any other wasm2c (--check-wasm2c, run by cmake/Guest.cmake). Test:
tests/runtime/wasm2c_fixup_test.py.

The passes, in the order they run (the numbers are the points other files cite):

raw_input. The input is wasm2c's own output, not a file this script already wrote.

3. stack_check. wasm2c's prologue counts call depth in a thread-local counter (an
increment on entry, a decrement on exit); our limit is on the native stack pointer
alone, so the prologue becomes MPSBX_STACK_EXHAUSTED() (wasm-rt.h) and the epilogue
nothing: two thread-local read-modify-writes fewer per call (8% on perf_bench).
Checks: one prologue and one epilogue definition.

7. call_indirect. wasm2c checks an entry's index, that its function is not null, and
its type. Our runtime numbers function types from 1 (wasm_rt_impl.cc), and a null entry
has type 0, so the type check rejects null entries by itself: the null test goes.
Checks: one CALL_INDIRECT definition.

10. bulk_ops. memory.fill and memory.copy run in libc's memset and memmove, outside the
generated code; they are wrapped in MPSBX_BULK (wasm-rt.h), which marks the thread while
they run, so that the snapshot's fault handler knows a write fault there is the guest's
own write and may stop the guest at it (src/runtime/snapshot.cc, rollback_bytes).
Checks: one memset in memory_fill, one memmove in memory_copy.

9. shared_table (only with --shared-table). wasm2c passes each indirect callee the
instance stored in its table entry, which is why every instance needs a table of its
own, filled with its own address. When every element belongs to the module itself (no
imported function is in the table) and nothing changes the table after its
initialisation, that instance is always the caller's: indirect calls pass `instance`,
and sessions share one read-only table (src/sandbox/session_template.cc, which links
against the marker `mpsbx_guest_table_shared` this pass defines). Checks: the module
qualifies; every CALL_INDIRECT is on table T0 and had its entry's instance replaced.

4. fuel_refills. The metering pass's `if (counter < 0) hook();` becomes
`if (UNLIKELY(counter < 0)) MPSBX_REFUEL(counter, instance, hook);` (wasm-rt.h): the
branch leaves the straight-line path, and the call is one the compiler knows changes
nothing but the counter, so values stay in registers across charge sites. The thunk
that MPSBX_REFUEL calls is appended to the file. Checks: every call of the hook is
such a branch.

5. memory_base. The load and store helpers take the memory's base address instead of
the memory (MPSBX_MEM_T, wasm-rt.h), and each function reads it once at entry
(MPSBX_MEM_DECL): `data` never changes, but a store through it could, for all the
compiler knows, so it was read again after every store. Checks: the two helper
definitions; every call that passes the memory is a helper (rewritten) or a known
non-helper; every function that uses the base declares it.

8. stack_left. MicroPython checks its stack on every call and generator resume, and our
port asks the host how much native stack is left (the `stackleft` import). That is a
call through a function pointer; the generated code computes the same inline
(MPSBX_NATIVE_STACK_LEFT, wasm-rt.h), from the frame of the function that asks.
Checks: every use of the import is that call.

2. guest_text. Loads and stores carry no bounds checks: memory past the guest's size is
never mapped, and the fault handler turns a fault into a trap only when the faulting
instruction is generated code (src/runtime/wasm_rt_impl.cc). So every function of the
file, including the prelude's inline load/store helpers, is placed in the section
`mpsbx_guest_text` (MPSBX_GUEST_TEXT, wasm-rt.h), and the helpers are always inlined.
Only one-line signatures are recognised (wasm2c wraps those of more than 8 parameters).
Checks: every declared wasm function and every export is placed, as are both helpers.

1. unwind_targets. A code-generation bug of wasm2c 1.0.32 in exception handling.
wasm2c emits, for each wasm `try`,
    WASM_RT_UNWIND_TARGET *w2c_Tn_outer_target = wasm_rt_get_unwind_target();
    WASM_RT_UNWIND_TARGET w2c_Tn_unwind_target;
    if (!wasm_rt_try(w2c_Tn_unwind_target)) {
      wasm_rt_set_unwind_target(&w2c_Tn_unwind_target);
      ...body...
    } else { ...catch... }
but a branch from a try body to a label outside it (a `br` to an enclosing loop or block,
or a `return`) does not always restore the enclosing unwind target first. Later throws
then unwind into a try block that was left, or into a frame that has returned.
This pass inserts `wasm_rt_set_unwind_target(<outer target>);` before every such branch.
It relies only on wasm2c's regular output: one statement per line, labels `w2c_Bn:;`
(block ends), `w2c_Ln:` (loop heads), `w2c_Bfunc:;`, and a try's `} else {` at the same
indentation as its `if (!wasm_rt_try(...)) {`. Re-setting an already restored target
is harmless. Checks: every try of the file is found, in that shape, with its catch;
every branch in a try body is one this pass understands.

6. delegate_tries. LLVM's setjmp lowering wraps each call of __wasm_setjmp in a try
whose catch only rethrows to a target further out (wasm `delegate`). Entering a try costs
a _setjmp, and MicroPython's VM does this on every Python call; such a try becomes a plain
block that makes that outer target current for its body and restores its own on exit,
which sends every exception where the catch would have sent it. Checks: every
rethrow-only catch of the file belongs to a try rewritten (or kept, if its body uses its
own target), and the tries left are the others.

build_id. The build's identity: serialized snapshots (src/sandbox/snapshot_format.cc)
name it and are refused by any other build. A hash of the final translation itself.

usage: wasm2c_fixup.py [--shared-table] IN.c OUT.c
       wasm2c_fixup.py --check-wasm2c WASM2C
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile

# The wasm2c whose output the passes were written against (see --check-wasm2c).
WASM2C_VERSION = "1.0.32"


class PassError(Exception):
    """A pass did not find what it expects; the message says what, and what it found."""


def expect(found, expected, what):
    if found != expected:
        raise PassError(f"expected {expected} {what}, found {found}")


FUNC_START = re.compile(r"^(static |)\S.*\(.*\) \{$")
TRY_OPEN = re.compile(r"^(\s*)if \(!wasm_rt_try\((w2c_T\w+)_unwind_target\)\) \{$")
LABEL = re.compile(r"^\s*(w2c_[BL]\w*):;?\s*$")
GOTO = re.compile(r"\bgoto (w2c_[BL]\w*);")
# The inner try of a `delegate` to an enclosing try jumps to that try's catch, which
# sets its own outer target first: it needs no restore.
GOTO_CATCH = re.compile(r"^\s*goto (w2c_T\w+)_catch;$")
CATCH_LABEL = re.compile(r"^\s*(w2c_T\w+_catch):;$")
RETURN = re.compile(r"^\s*return\b")
# A prelude helper defined inside a macro: "  static inline T name(...) {   \"
MACRO_FUNC = re.compile(r"^(\s*)static inline (.*\) \{\s*\\)$")
DECLARED_FUNC = re.compile(r"^static .*\b(w2c_\w+)\(.*\);$")
DEFINED_NAME = re.compile(r"\b((?:w2c|Z)_\w+)\(")


def functions(src):
    """(first, last) line indexes of each top-level function definition, and whether the
    last one is unterminated."""
    spans, start = [], None
    for i, line in enumerate(src):
        if start is None:
            if FUNC_START.match(line):
                start = i
        elif line == "}":
            spans.append((start, i))
            start = None
    return spans, start is not None


def raw_input(src, ctx):
    expect(src[0], "/* Automatically generated by wasm2c */", "as the first line")
    for marker in ("MPSBX_", "mpsbx_guest_build_id"):
        if any(marker in l for l in src):
            raise PassError(f"the input already contains {marker}: it is not wasm2c's raw output")
    return src


PROLOGUE = "  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH) \\"
EPILOGUE = "#define FUNC_EPILOGUE --wasm_rt_call_stack_depth"


def stack_check(src, ctx):
    expect(src.count(PROLOGUE), 1, "call-depth FUNC_PROLOGUE lines")
    expect(src.count(EPILOGUE), 1, "call-depth FUNC_EPILOGUE definitions")
    return [("  if (MPSBX_STACK_EXHAUSTED()) \\" if l == PROLOGUE else
             "#define FUNC_EPILOGUE" if l == EPILOGUE else l) for l in src]


CALL_INDIRECT = "  (LIKELY((x) < table.size && table.data[x].func &&     \\"


def call_indirect(src, ctx):
    expect(src.count(CALL_INDIRECT), 1, "CALL_INDIRECT null tests")
    return [("  (LIKELY((x) < table.size &&                         \\" if l == CALL_INDIRECT else l)
            for l in src]


BULK_CALLS = ("  memset(mem->data + d, val, n);",
              "  memmove(dest->data + dest_addr, src->data + src_addr, n);")


def bulk_ops(src, ctx):
    for call in BULK_CALLS:
        expect(src.count(call), 1, f"lines `{call.strip()}`")
    return [f"  MPSBX_BULK({l.strip()[:-1]});" if l in BULK_CALLS else l for l in src]


TABLE_ENTRY_INSTANCE = re.compile(r"instance->w2c_T0\.data\[(w2c_\w+)\]\.module_instance")
ELEM_EXPR = re.compile(r"^  \{\d+, \(wasm_rt_function_ptr_t\)&w2c_\w+, (\w+)\},$")
TABLE_CHANGES = ("wasm_rt_grow_funcref_table", "funcref_table_copy(", "funcref_table_fill(")


def shared_table(src, ctx):
    elems = [m.group(1) for m in map(ELEM_EXPR.match, src) if m]
    inits = [l for l in src if "funcref_table_init(&instance->w2c_T0" in l]
    if not elems or any(e != "0" for e in elems):
        raise PassError("the table holds functions of other modules (or no elements)")
    if len(inits) != 1 or any(c in l for l in src for c in TABLE_CHANGES if "static inline" not in l) \
            or any(re.search(r"w2c_T0\.data\[[^]]*\]\s*=[^=]", l) for l in src):
        raise PassError("the module changes its table after initialisation")
    calls = sum(l.count("CALL_INDIRECT(instance->") for l in src)
    expect(sum(l.count("CALL_INDIRECT(instance->w2c_T0, ") for l in src), calls,
           "indirect calls through table T0 (of all indirect calls)")
    n = sum(len(TABLE_ENTRY_INSTANCE.findall(l)) for l in src if "module_instance" in l)
    expect(n, calls, "entry instances replaced (one per indirect call)")
    if n == 0:
        raise PassError("expected indirect calls, found none")
    if any("module_instance" in TABLE_ENTRY_INSTANCE.sub("", l) for l in src if "w2c_T0.data[" in l):
        raise PassError("an entry's instance is read in another shape than an indirect call's")
    ctx["indirect"] = n
    src = [TABLE_ENTRY_INSTANCE.sub("instance", l) for l in src]
    src.append("// Point 9: indirect calls pass the caller's instance; sessions share one table.")
    src.append('const int mpsbx_guest_table_shared = 1;')
    return src


FUEL_IF = re.compile(r"^(\s*)if \((w2c_i\d+)\) \{$")
FUEL_HOOK = "w2c_mpsbx_fuel_hook(instance);"
REFUEL = "MPSBX_REFUEL(instance->w2c_mpsbx_fuel, instance, w2c_mpsbx_fuel_hook);"
THUNK = """
#if MPSBX_REFUEL_BY_THUNK
static void mpsbx_refuel(Z_guest_instance_t*) __asm__("mpsbx_refuel") __attribute__((used, noinline));
MPSBX_GUEST_TEXT static void mpsbx_refuel(Z_guest_instance_t* instance) { w2c_mpsbx_fuel_hook(instance); }
MPSBX_REFUEL_THUNK("mpsbx_refuel")
#endif
"""


def fuel_refills(src, ctx):
    out, branches, hooks = [], 0, 0
    for i, line in enumerate(src):
        m = FUEL_IF.match(line)
        if m and i + 1 < len(src) and src[i + 1].strip() == FUEL_HOOK:
            out.append(f"{m.group(1)}if (UNLIKELY({m.group(2)})) {{")
            branches += 1
        elif line.strip() == FUEL_HOOK and out[-1].strip().startswith("if (UNLIKELY(w2c_i"):
            out.append(line.replace(FUEL_HOOK, REFUEL))
            hooks += 1
        else:
            out.append(line)
    expect(hooks, sum(l.strip() == FUEL_HOOK for l in src), "hook calls rewritten (of all hook calls)")
    expect(branches, hooks, "refill branches (one per hook call)")
    if branches:
        out.append(THUNK)
    ctx["refuels"] = branches
    return out


HELPER_SIG = "name(wasm_rt_memory_t* mem, u64 addr"
HELPER_DATA = "&mem->data[addr]"
HELPER_NAME = re.compile(r"[if](?:32|64)_(?:load|store)\w*")
HELPER_CALL = re.compile(rf"\b({HELPER_NAME.pattern})\(&instance->w2c_memory, ")
# Functions that take the memory itself, not its base, and are left as they are.
MEMORY_USERS = {"memory_fill", "memory_copy", "memory_init", "wasm_rt_allocate_memory",
                "wasm_rt_free_memory", "wasm_rt_grow_memory"}


def memory_base(src, ctx):
    text = "\n".join(src)
    # (Searched for in the whole text, literal parts first: a per-line regex doubles the time.)
    users = {re.search(r"\w*$", part[-64:]).group(0) for part in text.split("(&instance->w2c_memory")[:-1]}
    for name in users:
        if not HELPER_NAME.fullmatch(name) and name not in MEMORY_USERS:
            raise PassError(f"{name}() takes the memory, and is neither a load/store helper "
                            f"nor one of {sorted(MEMORY_USERS)}")
    helper_calls = sum(1 for m in re.finditer(HELPER_NAME.pattern + r"\(", text)
                       if not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
    out, sigs, bodies, calls, decls, declared = [], 0, 0, 0, 0, False
    for i, line in enumerate(src):
        if HELPER_SIG in line and any(HELPER_DATA in l for l in src[i + 1:i + 6]):
            line = line.replace(HELPER_SIG, "name(MPSBX_MEM_T mem, u64 addr")
            sigs += 1
        elif HELPER_DATA in line:
            line = line.replace(HELPER_DATA, "&MPSBX_MEM_DATA(mem)[addr]")
            bodies += 1
        if FUNC_START.match(line):
            declared = False
        line, n = HELPER_CALL.subn(r"\1(MPSBX_MEM_ARG(instance), ", line)
        if n and not declared:
            raise PassError(f"a load or store before the function's FUNC_PROLOGUE: {line.strip()}")
        calls += n
        out.append(line)
        if line == "  FUNC_PROLOGUE;":
            out.append("  MPSBX_MEM_DECL(instance)")
            decls += 1
            declared = True
    expect(sigs, 2, "load/store helper signatures")
    expect(bodies, 2, "load/store helper accesses")
    expect(calls, helper_calls, "helper calls on the memory `w2c_memory` (of all helper calls)")
    if calls == 0 or decls == 0:
        raise PassError(f"expected loads or stores in functions, found {calls} in {decls} functions")
    ctx["accesses"] = calls
    return out


STACK_LEFT_CALL = "(*Z_mpsandboxZ_stackleft)(instance->Z_mpsandbox_instance)"


def stack_left(src, ctx):
    n = sum(l.count(STACK_LEFT_CALL) for l in src)
    expect(n, sum(l.count("Z_mpsandboxZ_stackleft") for l in src),
           "stackleft calls (of all uses of the import)")
    ctx["stackleft"] = n
    return [l.replace(STACK_LEFT_CALL, "MPSBX_NATIVE_STACK_LEFT()") for l in src]


def guest_text(src, ctx):
    spans, unterminated = functions(src)
    if unterminated:
        raise PassError("the last function definition has no closing brace")
    out = list(src)
    placed, names, helpers = 0, set(), 0
    for first, _ in spans:
        out[first] = "MPSBX_GUEST_TEXT " + out[first]
        m = DEFINED_NAME.search(src[first])
        if m:
            names.add(m.group(1))
        placed += 1
    inside = set(i for first, last in spans for i in range(first, last + 1))
    for i, line in enumerate(src):
        m = MACRO_FUNC.match(line)
        if m and i not in inside:
            out[i] = f"{m.group(1)}static inline MPSBX_GUEST_TEXT MPSBX_GUEST_INLINE {m.group(2)}"
            placed += 1
            helpers += "name(MPSBX_MEM_T mem, u64 addr" in line
    if placed == 0:
        raise PassError("expected function definitions, found none")
    expect(helpers, 2, "load/store helpers placed")
    declared = {m.group(1) for m in map(DECLARED_FUNC.match, src) if m}
    exported = [DEFINED_NAME.search(src[i + 1]) for i, l in enumerate(src[:-1])
                if l.startswith("/* export: ")]
    missing = sorted((declared - names) | {"an export" if m is None else m.group(1)
                                           for m in exported if m is None or m.group(1) not in names})
    if missing:
        raise PassError(f"expected every declared function and export to be placed, these are not "
                        f"(a signature over several lines?): {', '.join(missing[:10])}")
    ctx["placed"] = placed
    return out


def repair_function(lines, first, ctx):
    """Point 1 within one function; `first` is its line index in the file, for messages."""
    labels = {}
    tries = []  # (name, body_start, body_end) line indexes within the function
    for i, line in enumerate(lines):
        m = LABEL.match(line) or CATCH_LABEL.match(line)
        if m:
            labels[m.group(1)] = i
        m = TRY_OPEN.match(line)
        if m:
            indent, name = m.group(1), m.group(2)
            if lines[i - 2] != f"{indent}WASM_RT_UNWIND_TARGET *{name}_outer_target = wasm_rt_get_unwind_target();":
                raise PassError(f"{name} near line {first + i + 1} has no outer target before it")
            j = next((j for j in range(i + 1, len(lines)) if lines[j] == indent + "} else {"
                      or lines[j].startswith(indent + "}") and not lines[j].startswith(indent + "} ")), None)
            if j is None or lines[j] != indent + "} else {":
                raise PassError(f"no catch for {name} near line {first + i + 1}")
            tries.append((name, i, j))
    ctx["tries_found"] += len(tries)
    if not tries:
        return lines
    out = []
    for i, line in enumerate(lines):
        enclosing = [t for t in tries if t[1] < i < t[2]]
        target = None
        if enclosing:
            gotos = line.count("goto ")
            m = GOTO.search(line)
            where = f"at line {first + i + 1}: {line.strip()}"
            if gotos > 1:
                raise PassError(f"more than one branch on a line {where}")
            if m:
                label = m.group(1)
                if label not in labels:
                    raise PassError(f"unknown label {label} {where}")
                pos = labels[label]
                left = [t for t in enclosing if not (t[1] < pos < t[2])]
                if left:
                    target = min(left, key=lambda t: t[1])  # outermost try being left
            elif gotos:
                # Allowed only into an enclosing try's catch that restores its outer target.
                m = GOTO_CATCH.match(line)
                pos = labels.get(f"{m.group(1)}_catch") if m else None
                if pos is None or not any(t[0] == m.group(1) and pos == t[2] + 1 for t in enclosing) \
                        or lines[pos + 1].strip() != f"wasm_rt_set_unwind_target({m.group(1)}_outer_target);":
                    raise PassError(f"a branch this pass does not know {where}")
            elif re.search(r"\breturn\b", line):
                if not RETURN.match(line):
                    raise PassError(f"a return inside a statement {where}")
                target = min(enclosing, key=lambda t: t[1])
        if target is None:
            out.append(line)
            continue
        restore = f"wasm_rt_set_unwind_target({target[0]}_outer_target); "
        m = GOTO.search(line)
        if m:
            line = line[: m.start()] + restore + line[m.start():]
        else:
            indent = line[: len(line) - len(line.lstrip())]
            line = indent + restore + line.lstrip()
        out.append(line)
        ctx["branches"] += 1
    return out


def unwind_targets(src, ctx):
    ctx["tries_found"] = ctx["branches"] = 0
    out, done = [], 0
    spans, _ = functions(src)
    for first, last in spans:
        out.extend(src[done:first])
        out.extend(repair_function(src[first:last + 1], first, ctx))
        done = last + 1
    out.extend(src[done:])
    tries = sum(bool(TRY_OPEN.match(l)) for l in src)
    expect(tries, sum("wasm_rt_try(" in l for l in src), "tries in wasm2c's shape (of all wasm_rt_try)")
    expect(ctx["tries_found"], tries, "tries found in functions (of all tries)")
    return out


RETHROW = re.compile(r"^\s*wasm_rt_set_unwind_target\((w2c_T\w+_outer_target)\);$")


def rethrow_only(lines, j):
    """The outer target that the catch opening at lines[j] (`} else {`) only rethrows to."""
    indent = lines[j][: len(lines[j]) - len(lines[j].lstrip())]
    m = j + 3 < len(lines) and RETHROW.match(lines[j + 1])
    if m and lines[j + 2] == indent + "  wasm_rt_throw();" and lines[j + 3] == indent + "}":
        return m.group(1)
    return None


def delegate_tries(src, ctx):
    out, n, kept = list(src), 0, 0
    catches = sum(1 for j, l in enumerate(src) if l.strip() == "} else {" and rethrow_only(src, j))
    for i, line in enumerate(src):
        m = TRY_OPEN.match(line)
        if not m:
            continue
        indent, name = m.group(1), m.group(2)
        j = next((k for k in range(i + 1, len(src)) if src[k] == indent + "} else {"), None)
        target = j is not None and rethrow_only(src, j)
        if not target:
            continue
        if not (src[i - 1] == f"{indent}WASM_RT_UNWIND_TARGET {name}_unwind_target;"
                and src[i + 1] == f"{indent}  wasm_rt_set_unwind_target(&{name}_unwind_target);"):
            raise PassError(f"the rethrow-only try {name} near line {i + 1} does not open in wasm2c's shape")
        if any(f"{name}_unwind_target" in l for l in src[i + 2:j]):
            kept += 1
            continue
        out[i - 1] = None
        out[i] = indent + "{"
        out[i + 1] = f"{indent}  wasm_rt_set_unwind_target({target});"
        out[j] = indent + "}"
        out[j + 1] = out[j + 2] = out[j + 3] = None
        n += 1
    expect(n + kept, catches, "rethrow-only tries (of all rethrow-only catches)")
    out = [l for l in out if l is not None]
    expect(sum(bool(TRY_OPEN.match(l)) for l in out),
           sum(bool(TRY_OPEN.match(l)) for l in src) - n, "tries left")
    ctx["delegates"] = n
    return out


def build_id(src, ctx):
    digest = hashlib.sha256("\n".join(src).encode("utf-8")).hexdigest()
    return src + ["// The translation's SHA-256, before this line.",
                  f'const char mpsbx_guest_build_id[65] = "{digest}";', ""]


def passes(share):
    return [raw_input, stack_check, call_indirect, bulk_ops] + ([shared_table] if share else []) + \
        [fuel_refills, memory_base, stack_left, guest_text, unwind_targets, delegate_tries, build_id]


def fixup(text, share):
    """The fixed-up text and the counts for the summary; raises SystemExit naming the pass."""
    src = text.split("\n")
    ctx = {"indirect": 0}
    for p in passes(share):
        try:
            src = p(src, ctx)
        except PassError as e:
            raise SystemExit(f"wasm2c_fixup: pass {p.__name__}: {e}")
        except Exception as e:  # a shape so far off that a pass tripped over it
            raise SystemExit(f"wasm2c_fixup: pass {p.__name__}: unexpected input ({type(e).__name__}: {e})")
    return "\n".join(src), ctx


def write_atomically(path, text):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".wasm2c_fixup.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def check_wasm2c(wasm2c):
    try:
        version = subprocess.run([wasm2c, "--version"], capture_output=True, text=True,
                                 check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"wasm2c_fixup: cannot run {wasm2c} --version: {e}")
    if version != WASM2C_VERSION:
        sys.exit(f"wasm2c_fixup: {wasm2c} is version {version}, but wasm2c_fixup.py expects wasm2c "
                 f"{WASM2C_VERSION}: its passes rewrite the C text that {WASM2C_VERSION} emits, and "
                 f"another version's may differ in ways their checks do not all see (to move on, "
                 f"check each pass against the new output, then change WASM2C_VERSION)")


def main():
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "--check-wasm2c":
        check_wasm2c(args[1])
        return
    share = args[:1] == ["--shared-table"]
    if share:
        args = args[1:]
    if len(args) != 2 or any(a.startswith("--") for a in args):
        sys.exit(__doc__[__doc__.index("usage:"):])
    source, target = args
    with open(source, encoding="utf-8") as f:
        text = f.read()
    try:
        text, counts = fixup(text, share)
    except SystemExit:
        # No output rather than a stale one that the build could take for this input's.
        if os.path.exists(target):
            os.unlink(target)
        raise
    write_atomically(target, text)
    print(f"wasm2c_fixup: {counts['branches']} branches out of try blocks now restore the unwind target; "
          f"{counts['placed']} functions placed in mpsbx_guest_text; {counts['refuels']} fuel refills rewritten; "
          f"{counts['accesses']} loads and stores use the cached memory base; "
          f"{counts['delegates']} rethrow-only tries are plain blocks; "
          f"{counts['stackleft']} stackleft calls inline; "
          f"{counts['indirect']} indirect calls pass the caller's instance")


if __name__ == "__main__":
    main()
