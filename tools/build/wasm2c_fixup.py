#!/usr/bin/env python3
"""Post-processes wasm2c 1.0.32 output: the unwind-target repair, then the text section.

1. Unwind targets. A code-generation bug of wasm2c 1.0.32 in exception handling.

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
is harmless. Fails loudly if the input does not have the expected shape.

2. Text section. Loads and stores carry no bounds checks: memory past the guest's size is
never mapped, and the fault handler turns a fault into a trap only when the faulting
instruction is generated code (src/runtime/wasm_rt_impl.cc). So every function of the
file, including the prelude's inline load/store helpers, is placed in the section
`mpsbx_guest_text` (MPSBX_GUEST_TEXT, wasm-rt.h), and the helpers are always inlined.

3. Stack check. wasm2c's prologue counts call depth in a thread-local counter (an
increment on entry, a decrement on exit); our limit is on the native stack pointer
alone, so the prologue becomes MPSBX_STACK_EXHAUSTED() (wasm-rt.h) and the epilogue
nothing: two thread-local read-modify-writes fewer per call (8% on perf_bench).

4. Fuel refills. The metering pass's `if (counter < 0) hook();` becomes
`if (UNLIKELY(counter < 0)) MPSBX_REFUEL(counter, instance, hook);` (wasm-rt.h): the
branch leaves the straight-line path, and the call is one the compiler knows changes
nothing but the counter, so values stay in registers across charge sites. The thunk
that MPSBX_REFUEL calls is appended to the file.

5. Memory base. The load and store helpers take the memory's base address instead of
the memory (MPSBX_MEM_T, wasm-rt.h), and each function reads it once at entry
(MPSBX_MEM_DECL): `data` never changes, but a store through it could, for all the
compiler knows, so it was read again after every store.

6. Delegating tries. LLVM's setjmp lowering wraps each call of __wasm_setjmp in a try
whose catch only rethrows to a target further out (wasm `delegate`). Entering a try costs
a _setjmp, and MicroPython's VM does this on every Python call; such a try becomes a plain
block that makes that outer target current for its body and restores its own on exit,
which sends every exception where the catch would have sent it.

7. Indirect calls. wasm2c checks an entry's index, that its function is not null, and its
type. Our runtime numbers function types from 1 (wasm_rt_impl.cc), and a null entry has
type 0, so the type check rejects null entries by itself: the null test goes.

8. Stack left. MicroPython checks its stack on every call and generator resume, and our
port asks the host how much native stack is left (the `stackleft` import). That is a
call through a function pointer; the generated code computes the same inline
(MPSBX_NATIVE_STACK_LEFT, wasm-rt.h), from the frame of the function that asks.

9. One table for all sessions (with --shared-table). wasm2c passes each indirect callee the
instance stored in its table entry, which is why every instance needs a table of its
own, filled with its own address. When every element belongs to the module itself (no
imported function is in the table) and nothing changes the table after its
initialisation, that instance is always the caller's: indirect calls pass `instance`,
and sessions share one read-only table (src/sandbox/session_template.cc, which links
against the marker `mpsbx_guest_table_shared` this point defines). Fails if the module
does not qualify.

10. Bulk operations. memory.fill and memory.copy run in libc's memset and memmove, outside
the generated code; they are wrapped in MPSBX_BULK (wasm-rt.h), which marks the thread
while they run, so that the snapshot's fault handler knows a write fault there is the
guest's own write and may stop the guest at it (src/runtime/snapshot.cc, rollback_bytes).

usage: wasm2c_fixup.py [--shared-table] IN.c OUT.c
"""
import hashlib
import re
import sys

FUNC_START = re.compile(r"^(static |)\S.*\(.*\) \{$")
TRY_OPEN = re.compile(r"^(\s*)if \(!wasm_rt_try\((w2c_T\w+)_unwind_target\)\) \{$")
LABEL = re.compile(r"^\s*(w2c_[BL]\w*):;?\s*$")
GOTO = re.compile(r"\bgoto (w2c_[BL]\w*);")
RETURN = re.compile(r"^\s*return\b")
# A prelude helper defined inside a macro: "  static inline T name(...) {   \"
MACRO_FUNC = re.compile(r"^(\s*)static inline (.*\) \{\s*\\)$")


def fix_function(lines, first):
    """Returns the function's lines with restores inserted; `first` is for messages."""
    labels = {}
    tries = []  # (name, body_start, body_end) line indexes within the function
    for i, line in enumerate(lines):
        m = LABEL.match(line)
        if m:
            labels[m.group(1)] = i
        m = TRY_OPEN.match(line)
        if m:
            indent, name = m.group(1), m.group(2)
            for j in range(i + 1, len(lines)):
                if lines[j] == indent + "} else {":
                    tries.append((name, i, j))
                    break
                if lines[j].startswith(indent + "}") and not lines[j].startswith(indent + "} "):
                    break
            else:
                sys.exit(f"wasm2c_fixup: no catch for {name} near line {first + i + 1}")
    if not tries:
        return lines, 0
    out = []
    fixes = 0
    for i, line in enumerate(lines):
        enclosing = [t for t in tries if t[1] < i < t[2]]
        target = None
        if enclosing:
            m = GOTO.search(line)
            if m:
                label = m.group(1)
                if label not in labels:
                    sys.exit(f"wasm2c_fixup: unknown label {label} at line {first + i + 1}")
                pos = labels[label]
                left = [t for t in enclosing if not (t[1] < pos < t[2])]
                if left:
                    target = min(left, key=lambda t: t[1])  # outermost try being left
            elif RETURN.match(line):
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
        fixes += 1
    return out, fixes


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


def refills(src):
    """The fuel-refill branches (point 4); returns the lines and how many were rewritten."""
    out, n = [], 0
    for i, line in enumerate(src):
        m = FUEL_IF.match(line)
        if m and i + 1 < len(src) and src[i + 1].strip() == FUEL_HOOK:
            out.append(f"{m.group(1)}if (UNLIKELY({m.group(2)})) {{")
            n += 1
        elif line.strip() == FUEL_HOOK and out[-1].strip().startswith("if (UNLIKELY(w2c_i"):
            out.append(line.replace(FUEL_HOOK, REFUEL))
        else:
            out.append(line)
    if n:
        out.append(THUNK)
    return out, n


CALL_INDIRECT = "  (LIKELY((x) < table.size && table.data[x].func &&     \\"


def call_indirect(src):
    """Point 7: the indirect-call check without its null test; fails if wasm2c's text changed."""
    if src.count(CALL_INDIRECT) != 1:
        sys.exit("wasm2c_fixup: CALL_INDIRECT does not have the expected shape")
    return [("  (LIKELY((x) < table.size &&                         \\" if l == CALL_INDIRECT else l)
            for l in src]


STACK_LEFT_CALL = "(*Z_mpsandboxZ_stackleft)(instance->Z_mpsandbox_instance)"


def stack_left(src):
    """Point 8: the `stackleft` import computed inline; returns the lines and the count."""
    n = sum(l.count(STACK_LEFT_CALL) for l in src)
    return [l.replace(STACK_LEFT_CALL, "MPSBX_NATIVE_STACK_LEFT()") for l in src], n


PROLOGUE = "  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH) \\"
EPILOGUE = "#define FUNC_EPILOGUE --wasm_rt_call_stack_depth"


def stack_check(src):
    """The prologue/epilogue rewrite (point 3); fails if wasm2c's text changed."""
    if src.count(PROLOGUE) != 1 or src.count(EPILOGUE) != 1:
        sys.exit("wasm2c_fixup: FUNC_PROLOGUE/FUNC_EPILOGUE do not have the expected shape")
    return [("  if (MPSBX_STACK_EXHAUSTED()) \\" if l == PROLOGUE else
             "#define FUNC_EPILOGUE" if l == EPILOGUE else l) for l in src]


BULK_CALLS = ("  memset(mem->data + d, val, n);",
              "  memmove(dest->data + dest_addr, src->data + src_addr, n);")


def bulk_ops(src):
    """Point 10: memory.fill's and memory.copy's libc calls marked; fails if wasm2c's text changed."""
    for call in BULK_CALLS:
        if src.count(call) != 1:
            sys.exit("wasm2c_fixup: memory_fill/memory_copy do not have the expected shape")
    return [f"  MPSBX_BULK({l.strip()[:-1]});" if l in BULK_CALLS else l for l in src]


HELPER_SIG = "name(wasm_rt_memory_t* mem, u64 addr"
HELPER_DATA = "&mem->data[addr]"
HELPER_CALL = re.compile(r"\b((?:i32|i64|f32|f64)_(?:load|store)\w*)\(&instance->w2c_memory, ")


def memory_base(src):
    """Point 5: the helpers' signatures and bodies, their calls, the per-function local."""
    out, sigs, bodies, calls, decls = [], 0, 0, 0, 0
    for i, line in enumerate(src):
        if HELPER_SIG in line and any(HELPER_DATA in l for l in src[i + 1:i + 6]):
            line = line.replace(HELPER_SIG, "name(MPSBX_MEM_T mem, u64 addr")
            sigs += 1
        elif HELPER_DATA in line:
            line = line.replace(HELPER_DATA, "&MPSBX_MEM_DATA(mem)[addr]")
            bodies += 1
        line, n = HELPER_CALL.subn(r"\1(MPSBX_MEM_ARG(instance), ", line)
        calls += n
        out.append(line)
        if line == "  FUNC_PROLOGUE;":
            out.append("  MPSBX_MEM_DECL(instance)")
            decls += 1
    if sigs != 2 or bodies != 2 or calls == 0 or decls == 0:
        sys.exit("wasm2c_fixup: the load/store helpers do not have the expected shape")
    return out, calls


def delegate_tries(lines):
    """Point 6: a try whose catch only rethrows to an outer target (wasm `delegate`) becomes
    a block that sets that target; returns the lines and how many were rewritten."""
    out, n = list(lines), 0
    for i, line in enumerate(lines):
        m = TRY_OPEN.match(line)
        if not m:
            continue
        indent, name = m.group(1), m.group(2)
        j = next((k for k in range(i + 1, len(lines)) if lines[k] == indent + "} else {"), None)
        if j is None or j + 3 >= len(lines):
            continue
        m2 = re.match(r"^\s*wasm_rt_set_unwind_target\((w2c_T\w+_outer_target)\);$", lines[j + 1])
        if not (m2 and lines[j + 2] == indent + "  wasm_rt_throw();" and lines[j + 3] == indent + "}"
                and lines[i - 1] == f"{indent}WASM_RT_UNWIND_TARGET {name}_unwind_target;"
                and lines[i + 1] == f"{indent}  wasm_rt_set_unwind_target(&{name}_unwind_target);"):
            continue
        if any(f"{name}_unwind_target" in l for l in lines[i + 2:j]):
            continue
        out[i - 1] = None
        out[i] = indent + "{"
        out[i + 1] = f"{indent}  wasm_rt_set_unwind_target({m2.group(1)});"
        out[j] = indent + "}"
        out[j + 1] = out[j + 2] = out[j + 3] = None
        n += 1
    return [l for l in out if l is not None], n


TABLE_ENTRY_INSTANCE = re.compile(r"instance->w2c_T0\.data\[(w2c_\w+)\]\.module_instance")
ELEM_EXPR = re.compile(r"^  \{\d+, \(wasm_rt_function_ptr_t\)&w2c_\w+, (\w+)\},$")
TABLE_CHANGES = ("wasm_rt_grow_funcref_table", "funcref_table_copy(", "funcref_table_fill(")


def shared_table(src):
    """Point 9: indirect calls pass `instance`; returns the lines and the count."""
    elems = [m.group(1) for m in map(ELEM_EXPR.match, src) if m]
    inits = [l for l in src if "funcref_table_init(&instance->w2c_T0" in l]
    if not elems or any(e != "0" for e in elems):
        sys.exit("wasm2c_fixup: --shared-table: the table holds functions of other modules")
    if len(inits) != 1 or any(c in l for l in src for c in TABLE_CHANGES if "static inline" not in l) \
            or any(re.search(r"w2c_T0\.data\[[^]]*\]\s*=[^=]", l) for l in src):
        sys.exit("wasm2c_fixup: --shared-table: the module changes its table after initialisation")
    n = sum(len(TABLE_ENTRY_INSTANCE.findall(l)) for l in src)
    if n == 0 or any("module_instance" in TABLE_ENTRY_INSTANCE.sub("", l) for l in src
                     if "w2c_T0.data[" in l):
        sys.exit("wasm2c_fixup: --shared-table: indirect calls do not have the expected shape")
    src = [TABLE_ENTRY_INSTANCE.sub("instance", l) for l in src]
    src.append("// Point 9: indirect calls pass the caller's instance; sessions share one table.")
    src.append('const int mpsbx_guest_table_shared = 1;')
    return src, n


def main():
    args = sys.argv[1:]
    share = args[:1] == ["--shared-table"]
    if share:
        args = args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    sys.argv[1:] = args
    src = bulk_ops(call_indirect(stack_check(open(sys.argv[1], encoding="utf-8").read().split("\n"))))
    src, indirect = shared_table(src) if share else (src, 0)
    src, refuels = refills(src)
    src, accesses = memory_base(src)
    src, stackleft = stack_left(src)
    out, func, start, total, placed, delegates = [], None, 0, 0, 0, 0
    for i, line in enumerate(src):
        if func is None:
            if FUNC_START.match(line) and "(" in line:
                func, start = ["MPSBX_GUEST_TEXT " + line], i
                placed += 1
            elif MACRO_FUNC.match(line):
                m = MACRO_FUNC.match(line)
                out.append(f"{m.group(1)}static inline MPSBX_GUEST_TEXT MPSBX_GUEST_INLINE {m.group(2)}")
                placed += 1
            else:
                out.append(line)
        else:
            func.append(line)
            if line == "}":
                fixed, n = fix_function(func, start)
                fixed, d = delegate_tries(fixed)
                out.extend(fixed)
                total += n
                delegates += d
                func = None
    if func is not None:
        out.extend(func)
    # The build's identity: serialized snapshots (src/sandbox/snapshot_format.cc) name it
    # and are refused by any other build. A hash of the final translation itself.
    text = "\n".join(out)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text += f'\n// The translation\'s SHA-256, before this line.\nconst char mpsbx_guest_build_id[65] = "{digest}";\n'
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)
    if placed == 0:
        sys.exit("wasm2c_fixup: no function definitions found")
    print(f"wasm2c_fixup: {total} branches out of try blocks now restore the unwind target; "
          f"{placed} functions placed in mpsbx_guest_text; {refuels} fuel refills rewritten; "
          f"{accesses} loads and stores use the cached memory base; "
          f"{delegates} rethrow-only tries are plain blocks; "
          f"{stackleft} stackleft calls inline; "
          f"{indirect} indirect calls pass the caller's instance")


if __name__ == "__main__":
    main()
