#!/usr/bin/env python3
"""tools/build/wasm2c_fixup.py on small modules of its own (fixup.wat, fixup_fuel.wat).

Each module goes through wat2wasm and wasm2c as the build does; the fixup must succeed and
its rewrites be in the C. Then each pass gets an input with one shape it expects broken:
the fixup must fail naming that pass and leave no output file (an earlier one is removed).
fixup_test.cc runs fixup.wat's fixed C on the runtime.

usage: wasm2c_fixup_test.py WAT2WASM WASM2C
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIXUP = os.path.join(HERE, "..", "..", "tools", "build", "wasm2c_fixup.py")
sys.path.insert(0, os.path.dirname(FIXUP))
sys.dont_write_bytecode = True  # nothing written into the source tree
import wasm2c_fixup as fixup  # noqa: E402 (for its list of passes)

WAT2WASM = WASM2C = None


def translate(wat, name, tmp):
    """wasm2c's raw C for tests/runtime/`wat`, as the build makes the guest's (names kept:
    the fuel hook is found by its name)."""
    wasm = os.path.join(tmp, name + ".wasm")
    raw = os.path.join(tmp, name + ".raw.c")
    subprocess.run([WAT2WASM, "--enable-exceptions", "--debug-names", os.path.join(HERE, wat),
                    "-o", wasm], check=True)
    subprocess.run([WASM2C, "--enable-exceptions", "-n", name, wasm, "-o", raw], check=True)
    with open(raw, encoding="utf-8") as f:
        return f.read()


def run_fixup(text, out, share):
    """Runs the fixup on `text`; returns the completed process."""
    raw = out + ".in.c"
    with open(raw, "w", encoding="utf-8") as f:
        f.write(text)
    return subprocess.run([sys.executable, FIXUP] + (["--shared-table"] if share else []) + [raw, out],
                          capture_output=True, text=True)


def counts(stdout):
    """The summary's numbers, by their first word after the number."""
    return {m.group(2): int(m.group(1)) for m in re.finditer(r"(\d+) ([\w-]+)", stdout)}


class Fixup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.raw = translate("fixup.wat", "fixup", cls.tmp.name)
        cls.fuel_raw = translate("fixup_fuel.wat", "fuel", cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def fixed(self, text, share):
        out = os.path.join(self.tmp.name, "ok.c")
        r = run_fixup(text, out, share)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, encoding="utf-8") as f:
            return f.read(), counts(r.stdout)

    def test_shared_table_translation(self):
        c, n = self.fixed(self.raw, share=True)
        # Unwind targets: br_if, br_table (two), a br to a loop head and a return leave a try.
        self.assertEqual(n["branches"], 5)
        restored = re.findall(r"wasm_rt_set_unwind_target\(w2c_T\w+_outer_target\); goto (w2c_\w+);", c)
        self.assertEqual(sorted(restored), ["w2c_B0", "w2c_B0", "w2c_B1", "w2c_Bfunc", "w2c_L0"])
        # The rethrow-only try is a plain block: one wasm_rt_try fewer.
        self.assertEqual(n["rethrow-only"], 1)
        self.assertEqual(c.count("wasm_rt_try("), self.raw.count("wasm_rt_try(") - 1)
        # Every wasm function and export is in the guest text section.
        declared = re.findall(r"^static \w+ (w2c_\w+)\(.*\);$", self.raw, re.M)
        for name in declared + re.findall(r"^\w+ (Z_fixupZ_\w+)\(.*\{$", self.raw, re.M):
            self.assertRegex(c, rf"\nMPSBX_GUEST_TEXT [^\n]*\b{name}\(", name)
        self.assertEqual(len(re.findall(r"MPSBX_GUEST_INLINE \w+ name\(\w+\*? mem, u64 addr", c)), 4)
        # The prelude rewrites, the memory base and the shared table.
        for text in ("if (MPSBX_STACK_EXHAUSTED())", "#define FUNC_EPILOGUE\n",
                     "(LIKELY((x) < table.size &&                         \\",
                     "MPSBX_BULK(memset(", "MPSBX_BULK(memmove(", "i32_store(MPSBX_MEM_ARG(instance), ",
                     "MPSBX_MEM_DECL(instance)", "const int mpsbx_guest_table_shared = 1;"):
            self.assertIn(text, c)
        self.assertEqual(n["loads"], 3)
        self.assertEqual(n["indirect"], 1)
        self.assertNotIn(".module_instance)", c)
        self.assertRegex(c, r'\nconst char mpsbx_guest_build_id\[65\] = "[0-9a-f]{64}";\n$')
        # The same input gives the same bytes; nothing is left beside the output.
        self.assertEqual(self.fixed(self.raw, share=True)[0], c)
        self.assertEqual(sorted(f for f in os.listdir(self.tmp.name) if f.startswith(".")), [])

    def test_plain_translation(self):
        c, n = self.fixed(self.raw, share=False)
        self.assertEqual(n["indirect"], 0)
        self.assertNotIn("mpsbx_guest_table_shared", c)
        self.assertIn(".module_instance)", c)
        self.assertEqual(n["branches"], 5)

    def test_guest_only_shapes(self):
        c, n = self.fixed(self.fuel_raw, share=False)
        self.assertEqual(n["fuel"], 1)
        self.assertIn("if (UNLIKELY(w2c_i0)) {\n    MPSBX_REFUEL(instance->w2c_mpsbx_fuel, instance, "
                      "w2c_mpsbx_fuel_hook);", c)
        self.assertIn('MPSBX_REFUEL_THUNK("mpsbx_refuel")', c)
        self.assertEqual(n["stackleft"], 1)
        self.assertIn("= MPSBX_NATIVE_STACK_LEFT();", c)
        self.assertNotIn("Z_mpsandboxZ_stackleft", c)

    def test_version_check(self):
        ok = subprocess.run([sys.executable, FIXUP, "--check-wasm2c", WASM2C], capture_output=True, text=True)
        self.assertEqual(ok.returncode, 0, ok.stderr)
        other = os.path.join(self.tmp.name, "wasm2c-other")
        with open(other, "w") as f:
            f.write("#!/bin/sh\necho 1.0.99\n")
        os.chmod(other, 0o755)
        r = subprocess.run([sys.executable, FIXUP, "--check-wasm2c", other], capture_output=True, text=True)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("is version 1.0.99, but wasm2c_fixup.py expects wasm2c 1.0.32", r.stderr)

    def assert_fails(self, text, share, pass_name, message):
        out = os.path.join(self.tmp.name, f"broken-{pass_name}.c")
        with open(out, "w") as f:
            f.write("an earlier output\n")
        r = run_fixup(text, out, share)
        self.assertNotEqual(r.returncode, 0, pass_name)
        self.assertIn(f"wasm2c_fixup: pass {pass_name}: ", r.stderr)
        self.assertIn(message, r.stderr)
        self.assertFalse(os.path.exists(out), f"{pass_name} left {out}")
        self.assertEqual(sorted(f for f in os.listdir(self.tmp.name) if f.startswith(".")), [])

    def broken(self, text, old, new):
        self.assertIn(old, text)
        return text.replace(old, new, 1)

    def changed(self, text, before):
        self.assertNotEqual(text, before)
        return text

    def test_broken_inputs_fail_closed(self):
        raw, fuel = self.raw, self.fuel_raw
        again, _ = self.fixed(raw, share=True)
        cases = [
            (again, True, "raw_input", "not wasm2c's raw output"),
            (self.broken(raw, "++wasm_rt_call_stack_depth >", "++wasm_rt_call_stack_depth >="), True,
             "stack_check", "expected 1 call-depth FUNC_PROLOGUE lines, found 0"),
            (self.broken(raw, "table.data[x].func &&", "table.data[x].func != NULL &&"), True,
             "call_indirect", "expected 1 CALL_INDIRECT null tests, found 0"),
            (self.broken(raw, "memset(mem->data + d, val, n);", "memset(&mem->data[d], val, n);"), True,
             "bulk_ops", "expected 1 lines `memset(mem->data + d, val, n);`, found 0"),
            (self.broken(raw, ".data[w2c_i0].module_instance", ".data[w2c_i0 + 0].module_instance"), True,
             "shared_table", "expected 1 entry instances replaced (one per indirect call), found 0"),
            (fuel, True, "shared_table", "no elements"),
            (self.broken(fuel, "if (w2c_i0) {\n    w2c_mpsbx_fuel_hook(instance);",
                         "if (w2c_i0 != 0) {\n    w2c_mpsbx_fuel_hook(instance);"), False,
             "fuel_refills", "expected 1 hook calls rewritten (of all hook calls), found 0"),
            (self.broken(raw, "i32_store(&instance->w2c_memory, ", "i32_store(&instance->w2c_memory , "), True,
             "memory_base", "expected 3 helper calls on the memory `w2c_memory` (of all helper calls), found 2"),
            (self.broken(fuel, "(*Z_mpsandboxZ_stackleft)(instance->Z_mpsandbox_instance)",
                         "Z_mpsandboxZ_stackleft(instance->Z_mpsandbox_instance)"), False,
             "stack_left", "expected 1 stackleft calls (of all uses of the import), found 0"),
            # A signature over two lines, as wasm2c writes one of more than 8 parameters.
            (self.changed(re.sub(r"^(u32 Z_fixupZ_indirect\(Z_fixup_instance_t\* instance,) ", r"\1\n  ",
                                 raw, flags=re.M), raw), True, "guest_text", "these are not "
             "(a signature over several lines?): Z_fixupZ_indirect"),
            (self.broken(raw, "if (w2c_i0) {goto w2c_B0;}", "if (w2c_i0) {goto w2c_B0;} else {goto w2c_B1;}"),
             True, "unwind_targets", "more than one branch on a line"),
            (self.broken(raw, "goto w2c_T0_0_catch;", "goto w2c_T9_catch;"), True,
             "unwind_targets", "a branch this pass does not know"),
            (self.changed(re.sub(r"if \(!wasm_rt_try\((w2c_T\w+)\)\) \{", r"if (!wasm_rt_try(\1)) { ", raw,
                                 count=1), raw), True, "unwind_targets", "tries in wasm2c's shape (of all wasm_rt_try), found"),
            (rethrow_only_try_opened_otherwise(raw), True, "delegate_tries", "does not open in wasm2c's shape"),
        ]
        # Every pass that checks its input has a case.
        self.assertEqual({c[2] for c in cases}, {p.__name__ for p in fixup.passes(True)} - {"build_id"})
        for text, share, pass_name, message in cases:
            with self.subTest(pass_name=pass_name, message=message):
                self.assert_fails(text, share, pass_name, message)


def rethrow_only_try_opened_otherwise(raw):
    """`raw` with the line after the rethrow-only try's opening changed."""
    lines = raw.split("\n")
    j = next(j for j, l in enumerate(lines) if l.strip() == "} else {"
             and lines[j + 2].strip() == "wasm_rt_throw();" and lines[j + 1].strip().endswith("_outer_target);"))
    indent = lines[j][: len(lines[j]) - len(lines[j].lstrip())]
    i = max(i for i in range(j) if lines[i].startswith(indent + "if (!wasm_rt_try("))
    assert lines[i + 1].strip().startswith("wasm_rt_set_unwind_target(&")
    lines[i + 1] += " /* changed */"
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__[__doc__.index("usage:"):])
    WAT2WASM, WASM2C = sys.argv[1:3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
