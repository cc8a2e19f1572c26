#!/usr/bin/env python3
"""Moves MicroPython's bytecode dispatch loop out of the function that holds its setjmp.

In py/vm.c, mp_execute_bytecode() calls nlr_push() (setjmp) in its outer loop, and the
whole dispatch loop runs inside that `if (nlr_push(&nlr) == 0) { ... }` block. In the
guest, setjmp becomes a wasm try block, and wasm2c turns a try block into a C setjmp in
the translated function. A C compiler keeps every value that is live across a setjmp in
memory, so every local of the interpreter loop (ip, sp, the opcode's operands) lived in
memory: bytecode-heavy code ran 1.5-2x slower than it needs to.

This script writes a copy of vm.c in which the body of that block is a separate, never
inlined function, mpsbx_vm_dispatch(), with no setjmp of its own, and the nlr_push is
made by a third, small function, mpsbx_vm_protected(), which calls it: clang keeps the
locals of a function that calls setjmp in memory and wraps its body in a loop around a
wasm try, which mp_execute_bytecode paid on every call while it held the setjmp. The
dispatch function reaches the state the exception handler needs (inject_exc, exc_sp,
nlr) through pointers, and its RAISE() returns MPSBX_VM_RAISED, as does
mpsbx_vm_protected() when an nlr jump lands in its setjmp; mp_execute_bytecode() then
falls into the unchanged exception handler, as the original RAISE() did with a goto.
Returns from the loop (return, yield, uncaught exception) pop the nlr buffer themselves,
as before, so no jump targets mpsbx_vm_protected() after it returned.

Supports the configuration the guest uses: no stackless mode, no computed goto, no
sys.settrace (checked at compile time). Fails loudly if vm.c does not have the shape it
expects, so a new MicroPython version cannot be split wrongly.

Fuel. The fuel pass (tools/build/fuel_pass.cc) charges every loop iteration, which in the
dispatch loop is every bytecode. The copy charges the dispatch loop per branch instead:
it calls the marker MPSBX_IMPORT_FUEL_BYBRANCHES at the top of the loop, which exempts
the loop's header, and MPSBX_IMPORT_FUEL_BRANCH wherever ip moves other than forward past
the bytecode just decoded: at pending_exception_check (where every jump opcode, taken or
not, ends: MicroPython's MICROPY_VM_HOOK_LOOP point) and where a finally handler is entered
as a coroutine. Between two charges ip therefore only advances, so the dispatches between
them are bounded by the length of the code object; calls and exceptions leave the loop
and are charged elsewhere. The script checks this: every assignment to ip in the loop
must be one of the known forms. (The C loops inside the dispatch loop, such as the
handler unwinding of UNWIND_JUMP, are bounded by operands of the bytecode, so even if the
compiler folded one into the dispatch loop's wasm loop the bound would hold.)

usage: vm_split.py IN_VM_C OUT_VM_C
"""
import re
import sys

FUNC = "mp_vm_return_kind_t MICROPY_WRAP_MP_EXECUTE_BYTECODE(mp_execute_bytecode)("
PUSH = "if (nlr_push(&nlr) == 0) {"
PARAMS = ("mp_code_state_t *code_state, volatile mp_obj_t *inject_exc_ptr, mp_obj_t *fastn, "
          "mp_exc_stack_t *exc_stack, mp_exc_stack_t *volatile *exc_sp_ptr, nlr_buf_t *nlr_ptr")


def fail(what):
    sys.exit(f"vm_split: {what}: py/vm.c does not have the expected shape")


def find(lines, pred, start, what):
    for i in range(start, len(lines)):
        if pred(lines[i], i):
            return i
    fail(f"no {what}")


# Assignments to ip inside the dispatch loop, by kind. Advancing forms move ip forward (a
# decode, or a jump to a later point: FOR_ITER's exit); the others are followed by a
# charge.
IP_ADVANCE = ("ip += ulab; // jump to after for-block", "const byte *ip = code_state->ip;",
              "ip--;")  # YIELD_FROM's, right before `goto yield`: the loop returns
IP_CHARGED = {
    "ip = exc_sp->handler;": "before",  # a finally handler run as a coroutine
    "ip += slab;": "pending",            # jump opcodes end at pending_exception_check
    "ip += ulab;": "pending",
    "ip = (const byte*)MP_OBJ_TO_PTR(POP()); // pop destination ip for jump": "pending",
}
MARK_LOOP = "MPSBX_FUEL_BY_BRANCHES();"
MARK_BRANCH = "MPSBX_FUEL_BRANCH();"
DEFS = [
    "// Fuel markers (guest/vm_split.py): calls to imports that the fuel pass replaces.",
    '#include "mpsandbox_abi.h"',
    "__attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(MPSBX_IMPORT_FUEL_BYBRANCHES))))",
    "void mpsbx_fuel_by_branches(void);",
    "__attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(MPSBX_IMPORT_FUEL_BRANCH))))",
    "void mpsbx_fuel_branch(void);",
    "#define MPSBX_FUEL_BY_BRANCHES() mpsbx_fuel_by_branches()",
    "#define MPSBX_FUEL_BRANCH() mpsbx_fuel_branch()",
]


def meter_by_branches(body):
    """Places the fuel markers in the dispatch loop (see the module text)."""
    loop = [i for i, l in enumerate(body) if l == "dispatch_loop:"]
    pending = [i for i, l in enumerate(body) if l == "pending_exception_check:"]
    if len(loop) != 1 or len(pending) != 1:
        fail("no single dispatch_loop / pending_exception_check label")
    if body[loop[0] - 1].strip() != "for (;;) {":
        fail("dispatch_loop is not the first statement of its loop")
    out = []
    for i, line in enumerate(body):
        s = line.strip()
        if re.search(r"(^|[^_\w>.])ip (=|\+=|-=)", s) or re.search(r"(^|[^_\w>.])ip(\+\+|--)", s.replace("*ip++", "")):
            after = [l.strip() for l in body[i + 1:]]
            nxt = next((l for l in after if "DISPATCH" in l or l.startswith("goto ")), "")
            if s == "ip--;" and after[1:2] != ["goto yield;"]:
                fail("YIELD_FROM's ip-- is not followed by goto yield")
            if s in IP_ADVANCE:
                pass
            elif IP_CHARGED.get(s) == "before":
                out.append(line[: len(line) - len(line.lstrip())] + MARK_BRANCH)
            elif IP_CHARGED.get(s) == "pending":
                if nxt != "DISPATCH_WITH_PEND_EXC_CHECK();":
                    fail(f"{s!r} is not followed by DISPATCH_WITH_PEND_EXC_CHECK()")
            else:
                fail(f"unknown assignment to ip in the dispatch loop: {s!r}")
        out.append(line)
        if i == loop[0]:
            out.append("                " + MARK_LOOP)
        if i == pending[0]:
            out.append("                " + MARK_BRANCH)
    return out


def split(lines):
    fn = find(lines, lambda l, i: l.startswith(FUNC), 0, "mp_execute_bytecode")
    push = find(lines, lambda l, i: l.strip() == PUSH, fn, "nlr_push block")
    els = find(lines, lambda l, i: l == "        } else {" and lines[i + 1] == "exception_handler:",
               push, "exception handler")
    body = lines[push + 1:els]
    if body[-2].strip() != "} // for loop":
        fail("the nlr_push block does not end with the dispatch loop")
    body = meter_by_branches(body)
    if any(l.lstrip().startswith(("goto outer_dispatch_loop", "goto exception_handler"))
           for l in body):
        fail("the dispatch loop jumps to a label outside it")
    if [l for l in lines[fn:] if l == "}"] != ["}"]:
        fail("mp_execute_bytecode is not the file's last function")
    head = [
        "// mpsandbox (guest/vm_split.py): the dispatch loop is a function of its own, so that",
        "// no setjmp shares its frame. A raise inside it returns MPSBX_VM_RAISED.",
        "#if MICROPY_STACKLESS || MICROPY_OPT_COMPUTED_GOTO || MICROPY_PY_SYS_SETTRACE",
        "#error \"guest/vm_split.py supports neither stackless, computed goto nor settrace\"",
        "#endif",
        "#define MPSBX_VM_RAISED ((mp_vm_return_kind_t)(MP_VM_RETURN_EXCEPTION + 1))",
        f"static mp_vm_return_kind_t mpsbx_vm_dispatch({PARAMS}) __attribute__((noinline));",
        f"static mp_vm_return_kind_t mpsbx_vm_protected({PARAMS}) __attribute__((noinline));",
        *DEFS,
        "",
    ]
    # The nlr_push block becomes a plain block that calls mpsbx_vm_protected; its `else`
    # (the exception handler) a plain block that the code falls into on MPSBX_VM_RAISED.
    call = [
        "            mp_vm_return_kind_t kind = mpsbx_vm_protected(code_state, &inject_exc, fastn,",
        "                exc_stack, &exc_sp, &nlr);",
        "            if (kind != MPSBX_VM_RAISED) {",
        "                return kind;",
        "            }",
        "        } {",
    ]
    tail = [
        "",
        "// The nlr frame of mp_execute_bytecode, pushed here: clang keeps every local of a",
        "// function that calls setjmp in memory, so this function is kept small. Every way",
        "// out of the dispatch loop pops the frame before returning, so no jump ever targets",
        "// this function after it returned.",
        f"static mp_vm_return_kind_t mpsbx_vm_protected({PARAMS}) {{",
        "    if (nlr_push(nlr_ptr) == 0) {",
        "        return mpsbx_vm_dispatch(code_state, inject_exc_ptr, fastn, exc_stack, exc_sp_ptr, nlr_ptr);",
        "    }",
        "    return MPSBX_VM_RAISED; // nlr_ptr->ret_val holds the exception",
        "}",
        "",
        f"static mp_vm_return_kind_t mpsbx_vm_dispatch({PARAMS}) {{",
        "#define inject_exc (*inject_exc_ptr)",
        "#define exc_sp (*exc_sp_ptr)",
        "#define nlr (*nlr_ptr)",
        "#undef RAISE",
        "#define RAISE(o) do { nlr_pop(); nlr.ret_val = MP_OBJ_TO_PTR(o); return MPSBX_VM_RAISED; } while (0)",
        "    {",
        *body,
        "    }",
        "#undef inject_exc",
        "#undef exc_sp",
        "#undef nlr",
        "}",
        "",
    ]
    if any("nlr_push" in l or "setjmp" in l for l in lines[els:]):
        fail("the exception handler pushes an nlr frame of its own")
    indent = lines[push][: len(lines[push]) - len(lines[push].lstrip())]
    # lines[els + 1] is the `exception_handler:` label, which nothing jumps to any more.
    out = lines[:fn] + head + lines[fn:push] + [indent + "{"] + call + lines[els + 2:]
    while out and out[-1] == "":
        out.pop()
    return out + tail


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    out = split(lines)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
