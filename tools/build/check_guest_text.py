#!/usr/bin/env python3
"""Fails unless every byte of code in the given objects is in the section mpsbx_guest_text.

Generated code runs without bounds checks, and a memory fault is a guest trap only when
the faulting instruction lies in that section (src/runtime/wasm_rt_impl.cc). Code that
the compiler put anywhere else (.text, .text.unlikely, ...) would crash the host on an
out-of-bounds guest access instead of trapping.

usage: check_guest_text.py OBJECT...
"""
import re
import subprocess
import sys

SECTION = re.compile(r"^\s*\d+\s+(\S+)\s+([0-9a-f]+)\s")


def code_sections(obj):
    """(name, size) of each section of `obj` flagged CODE, from objdump -h."""
    lines = subprocess.run(["objdump", "-h", obj], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    for header, flags in zip(lines, lines[1:]):
        m = SECTION.match(header)
        if m and "CODE" in flags:
            yield m.group(1), int(m.group(2), 16)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    bad = []
    for obj in sys.argv[1:]:
        sections = dict(code_sections(obj))
        if sections.get("mpsbx_guest_text", 0) == 0:
            bad.append(f"{obj}: no code in mpsbx_guest_text")
        bad += [f"{obj}: {size} bytes of code in {name}" for name, size in sections.items()
                if name != "mpsbx_guest_text" and size > 0]
    if bad:
        sys.exit("\n".join(bad))
    print(f"all code of {len(sys.argv) - 1} object(s) is in mpsbx_guest_text")


if __name__ == "__main__":
    main()
