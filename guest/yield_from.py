#!/usr/bin/env python3
"""Resumes a chain of generators that delegate with `yield from` without running the
bytecode of each one.

In py/objgenerator.c, resuming a generator that is suspended in `yield from sub` runs
its bytecode (mp_execute_bytecode, with its nlr frame) only to execute YIELD_FROM once
more, which resumes sub; a value coming out of a chain of n delegating generators
therefore costs n interpreter entries (asyncio's nested awaits are such chains). The
copy of objgenerator.c this script writes resumes the delegate directly when the
generator's next opcode is YIELD_FROM, nothing is being thrown in and the delegate is a
bytecode generator whose resume cannot raise before it runs (not running, not a non-None
send to an unstarted generator, stack room for one more resume):
- the delegate yields: the generator stays suspended at its YIELD_FROM with its stack as
  YIELD_FROM's `goto yield` leaves it, and the value is yielded;
- the delegate returns or raises: the generator's bytecode runs, and its YIELD_FROM takes
  that outcome instead of resuming the delegate again (the copy of py/vm.c: the outcome
  is in the send slot, and one of two sentinels, passed as the injected exception, says
  which), so return values, exception handlers and tracebacks are those of before.
Everything else (throw, close, pending throws, delegates that are not generators) goes
the way it went. While the delegate runs, the generator is marked running, as before.

Both the guest and the native reference build (tools/native) use the copies, so that the
two run the same interpreter. Fails loudly if a file does not have the expected shape.

usage: yield_from.py IN OUT   (IN is py/objgenerator.c or py/vm.c)
"""
import os
import sys

DECL = [
    "// mpsandbox (guest/yield_from.py): sentinels for a YIELD_FROM whose delegate already",
    "// ran; the outcome (its return value or exception) is in the send slot.",
    "extern const mp_obj_base_t mpsbx_yf_returned_obj, mpsbx_yf_raised_obj;",
    "#define MPSBX_YF_RETURNED (MP_OBJ_FROM_PTR(&mpsbx_yf_returned_obj))",
    "#define MPSBX_YF_RAISED (MP_OBJ_FROM_PTR(&mpsbx_yf_raised_obj))",
]

GEN_HELPER = [
    "const mp_obj_base_t mpsbx_yf_returned_obj = {&mp_type_object};",
    "const mp_obj_base_t mpsbx_yf_raised_obj = {&mp_type_object};",
    "",
    "// The native stack (guest: the host's as well) must have room for one more resume, so",
    "// that the delegate's own mp_cstack_check() cannot raise where no frame of this",
    "// generator would see it. A port may define MPSBX_CSTACK_HAS_ROOM(margin).",
    "#define MPSBX_YF_STACK_MARGIN (2048)",
    "#if !MICROPY_STACK_CHECK",
    "#define MPSBX_YF_HAS_ROOM() (true)",
    "#elif defined(MPSBX_CSTACK_HAS_ROOM)",
    "#define MPSBX_YF_HAS_ROOM() MPSBX_CSTACK_HAS_ROOM(MPSBX_YF_STACK_MARGIN)",
    "#else",
    "#define MPSBX_YF_HAS_ROOM() (mp_cstack_usage() + MPSBX_YF_STACK_MARGIN < MP_STATE_THREAD(stack_limit))",
    "#endif",
    "",
    "// Whether mp_obj_gen_resume(sub, send_value, MP_OBJ_NULL) gets past its checks without",
    "// raising: sub is a bytecode generator, not running, and not an unstarted one sent a",
    "// value other than None.",
    "static bool mpsbx_yf_resumes_quietly(mp_obj_t sub, mp_obj_t send_value) {",
    "    if (!mp_obj_is_type(sub, &mp_type_gen_instance)) {",
    "        return false;",
    "    }",
    "    mp_obj_gen_instance_t *g = MP_OBJ_TO_PTR(sub);",
    "    #if MICROPY_EMIT_NATIVE",
    "    if (g->code_state.exc_sp_idx == MP_CODE_STATE_EXC_SP_IDX_SENTINEL) {",
    "        return false;",
    "    }",
    "    #endif",
    "    if (g->pend_exc == MP_OBJ_NULL) {",
    "        return false;",
    "    }",
    "    if (g->code_state.ip != 0 && send_value != mp_const_none",
    "        && g->code_state.sp == g->code_state.state - 1) {",
    "        return false;",
    "    }",
    "    return MPSBX_YF_HAS_ROOM();",
    "}",
    "",
]

SEND_BLOCK = [
    "    if (self->code_state.sp == state_start) {",
    "        if (send_value != mp_const_none) {",
    '            mp_raise_TypeError(MP_ERROR_TEXT("can\'t send non-None value to a just-started generator"));',
    "        }",
    "    } else {",
    "        *self->code_state.sp = send_value;",
    "    }",
]

GEN_SHORTCUT = [
    "",
    "    // mpsandbox (guest/yield_from.py): suspended before a YIELD_FROM whose delegate can",
    "    // be resumed directly.",
    "    if (throw_value == MP_OBJ_NULL && self->code_state.sp != state_start",
    "        #if MICROPY_EMIT_NATIVE",
    "        && self->code_state.exc_sp_idx != MP_CODE_STATE_EXC_SP_IDX_SENTINEL",
    "        #endif",
    "        && *self->code_state.ip == MP_BC_YIELD_FROM",
    "        && mpsbx_yf_resumes_quietly(self->code_state.sp[-1], send_value)) {",
    "        self->pend_exc = MP_OBJ_NULL;",
    "        mp_obj_t sub_ret;",
    "        mp_vm_return_kind_t sub_kind = mp_obj_gen_resume(self->code_state.sp[-1], send_value, MP_OBJ_NULL, &sub_ret);",
    "        if (sub_kind == MP_VM_RETURN_YIELD) {",
    "            // As YIELD_FROM's `goto yield` and the MP_VM_RETURN_YIELD case below leave it.",
    "            self->pend_exc = mp_const_none;",
    "            #if MICROPY_PY_GENERATOR_PEND_THROW",
    "            *self->code_state.sp = mp_const_none;",
    "            #else",
    "            *self->code_state.sp = sub_ret;",
    "            #endif",
    "            *ret_val = sub_ret;",
    "            return MP_VM_RETURN_YIELD;",
    "        }",
    "        // The delegate finished: YIELD_FROM takes its outcome from the send slot.",
    "        *self->code_state.sp = sub_ret;",
    "        throw_value = sub_kind == MP_VM_RETURN_NORMAL ? MPSBX_YF_RETURNED : MPSBX_YF_RAISED;",
    "    }",
]

VM_INJECT = [
    "                    if (inject_exc != MP_OBJ_NULL) {",
    "                        t_exc = inject_exc;",
    "                        inject_exc = MP_OBJ_NULL;",
    "                        ret_kind = mp_resume(TOP(), MP_OBJ_NULL, t_exc, &ret_value);",
    "                    } else {",
]

VM_OUTCOME = [
    "                    if (inject_exc == MPSBX_YF_RETURNED || inject_exc == MPSBX_YF_RAISED) {",
    "                        // The delegate already ran (guest/yield_from.py).",
    "                        ret_kind = inject_exc == MPSBX_YF_RETURNED ? MP_VM_RETURN_NORMAL : MP_VM_RETURN_EXCEPTION;",
    "                        inject_exc = MP_OBJ_NULL;",
    "                        ret_value = send_value;",
    "                    } else",
]


def fail(name, what):
    sys.exit(f"yield_from: {what}: py/{name} does not have the expected shape")


def find_block(lines, block, name, what):
    hits = [i for i in range(len(lines) - len(block) + 1) if lines[i:i + len(block)] == block]
    if len(hits) != 1:
        fail(name, f"{len(hits)} copies of {what}")
    return hits[0]


def after_includes(lines, name):
    last = max((i for i, l in enumerate(lines[:80]) if l.startswith('#include "py/')), default=None)
    if last is None:
        fail(name, "no py/ includes")
    return last + 1


def rewrite_objgenerator(lines):
    name = "objgenerator.c"
    resume = [i for i, l in enumerate(lines) if l.startswith("mp_vm_return_kind_t mp_obj_gen_resume(")]
    if len(resume) != 1:
        fail(name, "no single mp_obj_gen_resume")
    send = find_block(lines, SEND_BLOCK, name, "the send-value block")
    if not resume[0] < send < resume[0] + 60 or "state_start" not in "".join(lines[resume[0]:send]):
        fail(name, "the send-value block is not in mp_obj_gen_resume")
    if lines[send + len(SEND_BLOCK) + 1] != "    // Mark as running":
        fail(name, "the send-value block is not followed by marking the generator running")
    inc = after_includes(lines, name)
    end = send + len(SEND_BLOCK)
    return (lines[:inc] + ['#include "py/bc0.h"', ""] + DECL + lines[inc:resume[0]] + GEN_HELPER
            + lines[resume[0]:end] + GEN_SHORTCUT + lines[end:])


def rewrite_vm(lines):
    name = "vm.c"
    at = find_block(lines, VM_INJECT, name, "YIELD_FROM's injected exception")
    if "mp_obj_t send_value = POP();" not in "".join(lines[at - 6:at]):
        fail(name, "YIELD_FROM does not pop the send value first")
    inc = after_includes(lines, name)
    return lines[:inc] + [""] + DECL + lines[inc:at] + VM_OUTCOME + lines[at:]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    name = os.path.basename(sys.argv[1])
    rewrite = {"objgenerator.c": rewrite_objgenerator, "vm.c": rewrite_vm}.get(name)
    if rewrite is None:
        sys.exit(f"yield_from: no rewrite for {name}")
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(rewrite(lines)))


if __name__ == "__main__":
    main()
