#!/usr/bin/env python3
"""Checks that the patched interpreter loop (py/vm.c after guest/patches) stays bounded by fuel.

Patch 0002 charges the bytecode dispatch loop per branch instead of per iteration: a
marker at the top of the loop exempts the loop header, and a charge follows wherever ip
moves other than forward past the bytecode just decoded. Between two charges ip only
advances, so the dispatches between them are bounded by the length of the code object.
A later patch that adds a jump to the loop without a charge would let a guest run
unmetered, so this script fails the build on any assignment to ip it does not know.

usage: check_vm_fuel.py PATCHED_VM_C
"""
import re
import sys

# Assignments to ip inside the dispatch loop, by kind. Advancing forms move ip forward (a
# decode, or a jump to a later point: FOR_ITER's exit); the others need a charge.
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


def fail(what):
    sys.exit(f"check_vm_fuel: {what} (py/vm.c, patch 0002's dispatch loop)")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith("static mp_vm_return_kind_t mpsbx_vm_dispatch(")
             and l.endswith("{")]
    if len(start) != 1:
        fail("no single definition of mpsbx_vm_dispatch")
    end = next((i for i in range(start[0], len(lines)) if lines[i] == "}"), None)
    if end is None:
        fail("mpsbx_vm_dispatch does not end")
    body = [l.strip() for l in lines[start[0]:end]]
    loop = [i for i, s in enumerate(body) if s == "dispatch_loop:"]
    pending = [i for i, s in enumerate(body) if s == "pending_exception_check:"]
    if len(loop) != 1 or len(pending) != 1:
        fail("no single dispatch_loop / pending_exception_check label")
    if body[loop[0] - 1] != "for (;;) {" or body[loop[0] + 1] != MARK_LOOP:
        fail("dispatch_loop is not the first statement of its loop, followed by " + MARK_LOOP)
    if body[pending[0] + 1] != MARK_BRANCH:
        fail("pending_exception_check is not followed by " + MARK_BRANCH)
    for i, s in enumerate(body):
        if not (re.search(r"(^|[^_\w>.])ip (=|\+=|-=)", s)
                or re.search(r"(^|[^_\w>.])ip(\+\+|--)", s.replace("*ip++", ""))):
            continue
        after = body[i + 1:]
        nxt = next((l for l in after if "DISPATCH" in l or l.startswith("goto ")), "")
        if s == "ip--;":
            if after[1:2] != ["goto yield;"]:
                fail("YIELD_FROM's ip-- is not followed by goto yield")
        elif s in IP_ADVANCE:
            pass
        elif IP_CHARGED.get(s) == "before":
            if body[i - 1] != MARK_BRANCH:
                fail(f"{s!r} is not preceded by {MARK_BRANCH}")
        elif IP_CHARGED.get(s) == "pending":
            if nxt != "DISPATCH_WITH_PEND_EXC_CHECK();":
                fail(f"{s!r} is not followed by DISPATCH_WITH_PEND_EXC_CHECK()")
        else:
            fail(f"unknown assignment to ip: {s!r}")


if __name__ == "__main__":
    main()
