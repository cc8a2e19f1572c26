#!/usr/bin/env python3
"""Moves the setjmp of mp_iternext() (py/runtime.c) into a function of its own.

mp_iternext() catches StopIteration with nlr_push() only when the iterator is an
instance with a __next__ method. In the guest, setjmp is lowered to wasm exception
handling around the whole function body, so every call paid for a wasm try (a C
_setjmp after wasm2c) even on the common path, where the type has a C iternext slot:
8% of the time of perf_bench's bm_hexiom went there. This script writes a copy of
runtime.c in which that block is a separate, never inlined function.

The block is matched line for line: a MicroPython version with different code there
fails the build instead of being rewritten wrongly.

usage: iternext_split.py IN_RUNTIME_C OUT_RUNTIME_C
"""
import sys

FUNC = "mp_obj_t mp_iternext(mp_obj_t o_in) {"
BLOCK = """\
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                mp_obj_t ret = mp_call_method_n_kw(0, 0, dest);
                nlr_pop();
                return ret;
            } else {
                if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type), MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
                    return mp_make_stop_iteration(mp_obj_exception_get_value(MP_OBJ_FROM_PTR(nlr.ret_val)));
                } else {
                    nlr_jump(nlr.ret_val);
                }
            }
""".split("\n")[:-1]
INDENT = 12


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    starts = [i for i, l in enumerate(lines) if l == FUNC]
    if len(starts) != 1:
        sys.exit("iternext_split: mp_iternext not found: py/runtime.c does not have the expected shape")
    fn = starts[0]
    end = next(i for i in range(fn, len(lines)) if lines[i] == "}")
    at = [i for i in range(fn, end) if lines[i:i + len(BLOCK)] == BLOCK]
    if len(at) != 1:
        sys.exit("iternext_split: mp_iternext's nlr block differs: py/runtime.c does not have the expected shape")
    i = at[0]
    helper = [
        "// mpsandbox (guest/iternext_split.py): the __next__ call with its nlr_push, out of",
        "// mp_iternext, so that the common path enters no wasm try.",
        "static mp_obj_t __attribute__((noinline)) mpsbx_iternext_next_method(mp_obj_t *dest) {",
        *["    " + l[INDENT:] for l in BLOCK],
        "}",
        "",
    ]
    out = (lines[:fn] + helper + lines[fn:i] +
           [" " * INDENT + "return mpsbx_iternext_next_method(dest);"] + lines[i + len(BLOCK):])
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
