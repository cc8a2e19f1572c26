#!/usr/bin/env python3
"""Moves MicroPython's bytecode dispatch loop out of the function that holds its setjmp.

In py/vm.c, mp_execute_bytecode() calls nlr_push() (setjmp) in its outer loop, and the
whole dispatch loop runs inside that `if (nlr_push(&nlr) == 0) { ... }` block. In the
guest, setjmp becomes a wasm try block, and wasm2c turns a try block into a C setjmp in
the translated function. A C compiler keeps every value that is live across a setjmp in
memory, so every local of the interpreter loop (ip, sp, the opcode's operands) lived in
memory: bytecode-heavy code ran 1.5-2x slower than it needs to.

This script writes a copy of vm.c in which the body of that block is a separate, never
inlined function, mpsbx_vm_dispatch(), with no setjmp of its own. It reaches the state
the exception handler needs (inject_exc, exc_sp, nlr) through pointers, and its RAISE()
returns MPSBX_VM_RAISED to mp_execute_bytecode(), which jumps to the unchanged exception
handler, as the original RAISE() did with a goto. Returns from the loop (return, yield,
uncaught exception) pop the nlr buffer themselves, as before.

Supports the configuration the guest uses: no stackless mode, no computed goto, no
sys.settrace (checked at compile time). Fails loudly if vm.c does not have the shape it
expects, so a new MicroPython version cannot be split wrongly.

usage: vm_split.py IN_VM_C OUT_VM_C
"""
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


def split(lines):
    fn = find(lines, lambda l, i: l.startswith(FUNC), 0, "mp_execute_bytecode")
    push = find(lines, lambda l, i: l.strip() == PUSH, fn, "nlr_push block")
    els = find(lines, lambda l, i: l == "        } else {" and lines[i + 1] == "exception_handler:",
               push, "exception handler")
    body = lines[push + 1:els]
    if body[-2].strip() != "} // for loop":
        fail("the nlr_push block does not end with the dispatch loop")
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
        "",
    ]
    call = [
        "            mp_vm_return_kind_t kind = mpsbx_vm_dispatch(code_state, &inject_exc, fastn,",
        "                exc_stack, &exc_sp, &nlr);",
        "            if (kind != MPSBX_VM_RAISED) {",
        "                return kind;",
        "            }",
        "            goto exception_handler;",
    ]
    tail = [
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
    out = lines[:fn] + head + lines[fn:push + 1] + call + lines[els:]
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
