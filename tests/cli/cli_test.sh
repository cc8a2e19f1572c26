#!/usr/bin/env bash
# End-to-end tests of the mpsandbox CLI: streams, exit codes, usage errors.
#   cli_test.sh PATH_TO_MPSANDBOX
set -uo pipefail
BIN="$1"
export MPSANDBOX_HISTORY=""  # the prompt keeps no history file during tests
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
pass=0 fail=0

# check NAME EXPECTED_RC EXPECTED_STDOUT_FILE EXPECTED_STDERR_PATTERN -- ARGS...
run() {  # run ARGS... ; sets rc, out, err files
  "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  rc=$?
}
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; echo "  rc=$rc stdout=$(head -c 300 "$TMP/out" | od -c | head -3)"; echo "  stderr=$(head -c 300 "$TMP/err")"; }
expect_rc() { [[ $rc -eq $1 ]] && ok || bad "$2: exit $rc, want $1"; }
expect_out() { printf '%s' "$1" | cmp -s - "$TMP/out" && ok || bad "$2: stdout mismatch"; }
expect_err_has() { grep -q -- "$1" "$TMP/err" && ok || bad "$2: stderr lacks '$1'"; }
expect_err_empty() { [[ ! -s "$TMP/err" ]] && ok || bad "$2: stderr not empty"; }

run -c 'print("hi")'
expect_rc 0 "-c"; expect_out $'hi\n' "-c"; expect_err_empty "-c"

run -c 'import sys; print("o"); sys.stderr.write("e\n")'
expect_rc 0 "streams"; expect_out $'o\n' "streams"; expect_err_has '^e$' "streams"

# UTF-8 byte-exact: emoji, ZWJ sequence, combining accent, CJK
text=$'caf\xc3\xa9 e\xcc\x81 \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb \xe4\xb8\xad'
run -c "print('$text', end='')"
expect_rc 0 "utf8"; expect_out "$text" "utf8"

printf 'x = 6 * 7\nprint(x)\n' >"$TMP/prog.py"
run "$TMP/prog.py"
expect_rc 0 "file"; expect_out $'42\n' "file"

"$BIN" - <"$TMP/prog.py" >"$TMP/out" 2>"$TMP/err"; rc=$?
expect_rc 0 "stdin program"; expect_out $'42\n' "stdin program"

# __file__: a program run from a file has it (the path as given), as CPython's __main__;
# one run with -c has none
printf 'print(__file__)\n' >"$TMP/file.py"
run "$TMP/file.py"
expect_rc 0 "__file__"; expect_out "$TMP/file.py"$'\n' "__file__"
run -c 'print("__file__" in globals())'
expect_rc 0 "no __file__ with -c"; expect_out $'False\n' "no __file__ with -c"

# Each session reserves 8 GiB of address space for its memory's guard region: a process
# limited below that gets a clear error, not a crash.
(ulimit -v 4000000; "$BIN" -c 'print(1)' >"$TMP/out" 2>"$TMP/err" </dev/null); rc=$?
expect_rc 2 "ulimit -v"; expect_err_has "^mpsandbox: .*cannot reserve the guest memory's address range" "ulimit -v"

# Filesystem flags: mounts, scratch, and their usage errors.
mkdir -p "$TMP/data" "$TMP/outdir"
printf 'hello' >"$TMP/data/in.txt"
run --mount-ro "$TMP/data:/input" --scratch 64K -c "import os
print(os.listdir('/input'), open('/input/in.txt').read())
open('/tmp/x', 'w').write('y'); print(os.listdir('/tmp'), sorted(os.listdir('/')))"
expect_rc 0 "mounts"; expect_out $'[\'in.txt\'] hello\n[\'x\'] [\'input\', \'tmp\']\n' "mounts"
run --mount-ro "$TMP/data" -c "print(open('/input/in.txt').read())"
expect_rc 0 "mount at /input by default"; expect_out $'hello\n' "mount at /input by default"
run --mount-rw "$TMP/outdir:/out" --write-quota 3 -c "open('/out/f', 'w').write('abcdef')"
expect_rc 1 "write quota"; expect_err_has 'OSError' "write quota"
[[ "$(cat "$TMP/outdir/f")" == "abc" ]] && ok || bad "write quota: file holds $(cat "$TMP/outdir/f")"
run --mount-ro "$TMP/nope:/input" -c "pass"
expect_rc 2 "missing mount dir"; expect_err_has "^mpsandbox: --mount-ro: no such host directory" "missing mount dir"
run --mount-ro "$TMP/data/in.txt:/input" -c "pass"
expect_rc 2 "mount of a file"; expect_err_has "^mpsandbox: --mount-ro" "mount of a file"
for v in 0 -1 abc ""; do
  run --scratch "$v" -c "pass"
  expect_rc 2 "--scratch '$v'"; expect_err_has "^mpsandbox: " "--scratch '$v'"
done
run --mount-ro "$TMP/data:/input" --mount-ro "$TMP/data:/input" -c "pass"
expect_rc 2 "two mounts at one path"; expect_err_has "two mounts at one path" "two mounts at one path"
run --mount-ro "$TMP/data:/input" --cwd /input -c "print(open('in.txt').read())"
expect_rc 0 "--cwd"; expect_out $'hello\n' "--cwd"
run --cwd /nowhere -c "pass"
expect_rc 2 "--cwd missing"; expect_err_has "^mpsandbox: --cwd" "--cwd missing"
run -c "open('/etc/passwd')"
expect_rc 1 "no filesystem by default"; expect_err_has 'No such file or directory' "no filesystem by default"

printf 'print("before")\ndef f():\n    raise ValueError("boom")\nf()\n' >"$TMP/err.py"
run "$TMP/err.py"
expect_rc 1 "guest error"; expect_out $'before\n' "output before error kept"
expect_err_has 'Traceback (most recent call last):' "traceback"
expect_err_has "line 3, in f" "traceback line"
expect_err_has 'ValueError: boom' "traceback message"

run -c 'x = (1,'
expect_rc 1 "syntax error"; expect_err_has 'SyntaxError' "syntax error"

# errors the compiler finds after parsing print as CPython's: location, line and carets,
# no traceback header of their own
for src in $'x = 1\nbreak\n' $'def f(a, b, a):\n    pass\n' $'y = 2\n1 = y\n' $'f(a=1, b)\n'; do
  printf '%s' "$src" > "$TMP/compile_error.py"
  run "$TMP/compile_error.py"
  /usr/bin/python3 "$TMP/compile_error.py" 2> "$TMP/cpython_err"
  expect_rc 1 "compile error"
  cmp -s "$TMP/cpython_err" "$TMP/err" && ok || bad "compile error: stderr differs from CPython's for $(printf %q "$src")"
done

run -c 'import sys; sys.exit(7)'
expect_rc 7 "sys.exit code"

run --version
expect_rc 0 "--version"; expect_err_empty "--version"
grep -qE '^mpsandbox [0-9]+\.[0-9]+\.[0-9]+ \(MicroPython 1\.25\.0\+ds-1\)$' "$TMP/out" && ok || bad "--version text"

run
expect_rc 2 "no program"; expect_err_has '^mpsandbox: ' "no program prefix"

run "$TMP/does-not-exist.py"
expect_rc 2 "missing file"; expect_err_has "^mpsandbox: cannot open" "missing file message"

run --no-such-flag
expect_rc 2 "bad flag"; expect_err_has '^mpsandbox: ' "bad flag prefix"

# As python3: after -c CODE a file name is an argument of the program, not a program.
run -c 'import sys; print(sys.argv[1:])' "$TMP/prog.py"
expect_rc 0 "-c then a file"; expect_out "['$TMP/prog.py']"$'\n' "-c then a file is sys.argv[1]"

printf 'print("a\0b")\n' >"$TMP/nul.py"
run "$TMP/nul.py"
expect_rc 1 "NUL in source"; expect_err_has 'null bytes' "NUL in source"

printf 'print("\xff")\n' >"$TMP/bad.py"
run "$TMP/bad.py"
expect_rc 1 "invalid UTF-8"; expect_err_has 'invalid UTF-8' "invalid UTF-8"

run -c ''
expect_rc 0 "empty program"; expect_out '' "empty program"

# Limits and JSON output.
run --fuel 1000000 -c 'print("start")
while True: pass'
expect_rc 3 "--fuel"; expect_out $'start\n' "--fuel keeps output"; expect_err_has "fuel_exhausted" "--fuel"
# sys.argv as python3 sets it: the program's path (or -c, -), then what follows it.
printf 'import sys\nprint(sys.argv)\n' > "$TMP/argv.py"
run "$TMP/argv.py" a 'b c' é -- --flag
expect_rc 0 "program arguments"; expect_out "$(python3 "$TMP/argv.py" a 'b c' é --flag)"$'\n' "sys.argv as python3's"
run -c 'import sys; print(sys.argv)' x
expect_out "['-c', 'x']"$'\n' "sys.argv after -c"
run -c 'import sys; sys.exit("bye")'
expect_rc 1 "sys.exit(str)"; expect_err_has '^bye$' "sys.exit(str) prints its message, as CPython"
run --fuel 2000000 -c 'def spin():
    while True: pass
spin()'
expect_rc 3 "fuel stop"; expect_err_has '^  File "<string>", line 2, in spin$' "a stop shows where it was"
expect_err_has '^mpsandbox: run stopped (fuel_exhausted): fuel limit of 2000000 reached$' "the stop's own line"

run --timeout 0.2 -c 'while True: pass'
expect_rc 3 "--timeout"; expect_err_has "timeout" "--timeout"

run --memory 16M -c 'x = bytearray(30_000_000)'
expect_rc 1 "--memory"; expect_err_has "MemoryError" "--memory"

run --max-output 10 -c 'print("0123456789abcdef")'
expect_rc 0 "--max-output"; expect_out "0123456789" "--max-output"; expect_err_has "truncated" "--max-output"

run --json -c 'print("hi")
6 * 7'
expect_rc 0 "--json"
python3 - "$TMP/out" <<'PY' && ok || bad "--json fields"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["status"] == "ok" and d["stdout"] == "hi\n" and d["value"] == "42", d
assert d["error"] is None and d["fuel_used"] > 0 and d["memory_peak_bytes"] > 0, d
assert set(d) >= {"status", "stdout", "stderr", "value", "error", "fuel_used", "memory_peak_bytes", "wall_time_us"}
PY

run --json -c '1/0'
expect_rc 1 "--json error"
python3 - "$TMP/out" <<'PY' && ok || bad "--json error fields"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["status"] == "error" and d["error"]["type"] == "ZeroDivisionError", d
assert "line 1" in d["error"]["traceback"], d
PY

run --json --fuel 100000 -c 'while True: pass'
expect_rc 3 "--json stop"
grep -q '"status":"fuel_exhausted"' "$TMP/out" && ok || bad "--json stop status"

for bad_args in "--fuel 0" "--fuel -5" "--fuel abc" "--memory 0" "--memory 12X" "--memory -1M" \
                "--timeout abc" "--timeout -2" "--max-output 0" "--memory 2M" \
                "--timeout 1e-7" "--timeout 0.0009" "--timeout nan" "--timeout inf" "--timeout 1e300" \
                "--timeout 2592001" "--max-output 2G" "--fuel 18446744073709551615" \
                "--rollback-memory 0" "--rollback-memory 1000K" "--rollback-memory 5G" \
                "--rollback-memory -1M"; do
  # shellcheck disable=SC2086
  run $bad_args -c 'print(1)'
  expect_rc 2 "bad value: $bad_args"; expect_err_has '^mpsandbox: ' "bad value prefix: $bad_args"
done

# --rollback-memory (Limits::rollback_bytes): an interactive session whose second input
# rewrites 32 MiB it made in the first is stopped past 8M and rolled back, and goes on.
printf 'data = bytearray(32 << 20)\nfor i in range(0, len(data), 4096): data[i] = 1\n\nsum(data[::4096])\ndata[0] = 9\nsum(data[::4096])\n' \
  > "$TMP/rb_in"
"$BIN" --memory 96M --rollback-memory 8M -i < "$TMP/rb_in" > "$TMP/out" 2> "$TMP/err"
grep -q "rollback_bytes (8388608 bytes)" "$TMP/out" "$TMP/err" && ok || bad "--rollback-memory stop"
grep -q '^0$' "$TMP/out" && grep -q '^9$' "$TMP/out" && ok || bad "--rollback-memory rolled back, session goes on"

# A timeout is kept to the millisecond: the shortest one accepted stops a loop.
run --timeout 0.001 -c 'while True: pass'
expect_rc 3 "--timeout 0.001"; expect_err_has "timeout" "--timeout 0.001"

# --max-output holds for an uncaught exception's text too (issue 15): guest stderr and
# traceback together stay within the cap on stderr, the traceback keeping its end; with
# --json every field is capped.
deep='def f(n):
    if n == 0:
        raise ValueError("boom" * 250000)
    f(n - 1)
import sys
sys.stderr.write("e" * 40)
f(200)'
run --max-output 100 -c "$deep"
expect_rc 1 "capped traceback"
errbytes=$(grep -v '^mpsandbox: output truncated at 100 bytes per stream$' "$TMP/err" | wc -c)
[[ $errbytes -le 100 ]] && ok || bad "capped traceback: $errbytes bytes of guest text on stderr"
expect_err_has '^mpsandbox: output truncated at 100 bytes per stream$' "capped traceback notice"
run --max-output 100 -c 'def f(n):
    if n == 0:
        raise KeyError(7)
    f(n - 1)
f(500)'
expect_rc 1 "capped traceback keeps the exception line"; expect_err_has '^KeyError: 7$' "traceback tail"
run --json --max-output 100 -c "$deep"
expect_rc 1 "--json capped"
python3 - "$TMP/out" <<'PY' && ok || bad "--json capped fields"
import json, os, sys
d = json.load(open(sys.argv[1]))
e = d["error"]
assert e["type"] == "ValueError" and d["error_truncated"] is True, d
for text in (d["stdout"], d["stderr"], e["message"], e["traceback"]):
    assert len(text.encode()) <= 100, (len(text.encode()), text[:50])
assert os.path.getsize(sys.argv[1]) < 1000, os.path.getsize(sys.argv[1])
PY

# Fuel is the same in separate processes (different ASLR layouts and stack contents),
# even for a program that makes the garbage collector work hard.
gcprog='d = {}
for i in range(20000):
    d[str(i)] = [i, str(i * 2)]
    if i % 3 == 0:
        del d[str(i // 2)]
print(len(d))'
fuels=""
for pad in 1 500 3000; do
  f=$(env PAD="$(printf "%${pad}s")" "$BIN" --json -c "$gcprog" </dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["fuel_used"])')
  fuels="$fuels $f"
done
[[ $(echo $fuels | tr ' ' '\n' | sort -u | wc -l) -eq 1 ]] && ok || { rc=0; bad "fuel differs across processes:$fuels"; }

# Deterministic mode: two runs are byte-identical; stdin reaches the program.
prog='import time, random
print(time.time_ns(), random.getrandbits(30), time.localtime()[:3])'
"$BIN" --deterministic --seed 3 -c "$prog" >"$TMP/d1" 2>&1 </dev/null
"$BIN" --deterministic --seed 3 -c "$prog" >"$TMP/d2" 2>&1 </dev/null
"$BIN" --deterministic --seed 4 -c "$prog" >"$TMP/d3" 2>&1 </dev/null
cmp -s "$TMP/d1" "$TMP/d2" && ok || { rc=0; bad "deterministic runs identical"; }
cmp -s "$TMP/d1" "$TMP/d3" && { rc=0; bad "seed changes output"; } || ok
grep -q "(2000, 1, 1)" "$TMP/d1" && ok || { rc=0; bad "virtual clock starts in 2000"; }
run --seed 3 -c 'print(1)'
expect_rc 2 "--seed without --deterministic"
printf 'alpha\nbeta\n' | "$BIN" -c 'import sys; print(input().upper(), sys.stdin.read().strip())' >"$TMP/out" 2>"$TMP/err"; rc=$?
expect_rc 0 "stdin to the program"; expect_out $'ALPHA beta\n' "stdin to the program"

# Snapshots: --save after the program, --restore before it, --snapshot-key.
run --save "$TMP/s.snap" -c 'x = 41'
expect_rc 0 "--save"; [[ -s "$TMP/s.snap" && $(stat -c %a "$TMP/s.snap") == 600 ]] && ok || bad "--save file (mode 600)"
run --restore "$TMP/s.snap" -c 'print(x + 1)'
expect_rc 0 "--restore"; expect_out $'42\n' "--restore"
# A deterministic session restored prints exactly what the original prints next (clock and
# random stream continue), through the session protocol's snapshot and restore requests.
printf '%s\n' '{"code": "import random, time; random.random()"}' "{\"op\": \"snapshot\", \"path\": \"$TMP/d.snap\"}" \
  '{"code": "print(random.random(), time.time_ns())"}' | "$BIN" session --deterministic --seed 5 >"$TMP/d_whole"
printf '%s\n' "{\"op\": \"restore\", \"path\": \"$TMP/d.snap\"}" '{"code": "print(random.random(), time.time_ns())"}' |
  "$BIN" session --deterministic --seed 5 >"$TMP/d_resumed"
python3 - "$TMP/d_whole" "$TMP/d_resumed" <<'PY' && ok || { rc=0; bad "deterministic restore replays"; }
import json, sys
whole = [json.loads(l) for l in open(sys.argv[1])]
resumed = [json.loads(l) for l in open(sys.argv[2])]
assert resumed[0] == {"id": None, "ok": True}, resumed[0]
assert whole[2]["stdout"] and whole[2]["stdout"] == resumed[1]["stdout"], (whole[2], resumed[1])
PY
# save and restore again: restored sessions save too; the scratch filesystem comes along
run --scratch 1M --save "$TMP/f.snap" -c "open('/tmp/a', 'w').write('kept')"
run --scratch 1M --restore "$TMP/f.snap" --save "$TMP/f2.snap" -c "print(open('/tmp/a').read())"
expect_out $'kept\n' "scratch restored"
run --restore "$TMP/f2.snap" -c "print(open('/tmp/a').read())"
expect_out $'kept\n' "restore of a restored session's snapshot"
run --restore "$TMP/f.snap" --mount-ro "$TMP/data:/input" -c "print(1)"
expect_rc 2 "restore without the scratch mount"; expect_err_has '"/tmp" is not granted' "restore without the scratch mount"
head -c 32 /dev/urandom >"$TMP/k1"; head -c 32 /dev/urandom >"$TMP/k2"
run --snapshot-key "$TMP/k1" --save "$TMP/k.snap" -c 'y = 1'
expect_rc 0 "--snapshot-key save"
run --snapshot-key "$TMP/k1" --restore "$TMP/k.snap" -c 'print(y)'
expect_rc 0 "same key"; expect_out $'1\n' "same key"
run --snapshot-key "$TMP/k2" --restore "$TMP/k.snap" -c 'print(y)'
expect_rc 2 "other key"; expect_err_has "^mpsandbox: --restore .*: snapshot rejected: .*another key" "other key"
run --restore "$TMP/k.snap" -c 'print(y)'
expect_rc 2 "no key"; expect_err_has "snapshot rejected: it is signed" "no key"
printf 'short' >"$TMP/kshort"
run --snapshot-key "$TMP/kshort" -c 'print(1)'
expect_rc 2 "short key"; expect_err_has "16 to 64 bytes" "short key"
head -c 100 "$TMP/s.snap" >"$TMP/trunc.snap"
run --restore "$TMP/trunc.snap" -c 'print(1)'
expect_rc 2 "truncated"; expect_err_has "snapshot rejected: truncated" "truncated"
python3 -c "import sys; b = bytearray(open(sys.argv[1], 'rb').read()); b[len(b) // 2] ^= 1; open(sys.argv[2], 'wb').write(b)" "$TMP/s.snap" "$TMP/flip.snap"
run --restore "$TMP/flip.snap" -c 'print(1)'
expect_rc 2 "bit flip"; expect_err_has "snapshot rejected: corrupt" "bit flip"
run --restore "$TMP/nothing.snap" -c 'print(1)'
expect_rc 2 "missing file"; expect_err_has "cannot open" "missing file"
[[ $(wc -l <"$TMP/err") -eq 1 ]] && ok || bad "refusals are one line"
run --save "$TMP/nodir/x.snap" -c 'x = 1'
expect_rc 2 "--save to a missing directory"; expect_err_has "^mpsandbox: --save: cannot write" "--save to a missing directory"

# Usage errors that say what to do.
run --timeout 0 -c 'import time; time.sleep(0.01); print(1)'
expect_rc 0 "--timeout 0 is no timeout"; expect_out $'1\n' "--timeout 0 is no timeout"
run --fule 5 -c 'print(1)'
expect_rc 2 "mistyped flag"; expect_err_has "unknown option --fule" "mistyped flag"
run --mount-ro "$TMP:rel" -c 1
expect_rc 2 "relative guest path"; expect_err_has "guest path 'rel' is relative" "relative guest path"
run --mount-rw "$TMP" -c 1
expect_rc 2 "--mount-rw without a guest path"; expect_err_has "expected HOST:GUEST" "--mount-rw without a guest path"
run --memory 1K -c 1
expect_rc 2 "--memory too small"; expect_err_has "below its minimum of 5242880" "--memory too small"
"$BIN" --help >"$TMP/out" 2>&1
grep -q -- "--fuel N .*default 10000000000" "$TMP/out" && grep -q "default 256M" "$TMP/out" && grep -q "0 for none (default 10)" "$TMP/out" && ok || bad "--help shows the limits' defaults"
"$BIN" session --help >"$TMP/out" 2>&1
grep -q -- "--fuel, --memory" "$TMP/out" && grep -q "docs/PROTOCOL.md" "$TMP/out" && ok || bad "session --help lists what applies"

# Output reaches a pipe as the program writes it, not at exit: the first line is read
# while the program still sleeps, its exit status after.
python3 - "$BIN" <<'PY' && ok || bad "output streams as written"
import subprocess, sys, time
p = subprocess.Popen([sys.argv[1], "-c", "import time, sys\nprint('first')\nprint('err', file=sys.stderr)\ntime.sleep(1)\nprint('second')"],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
t0 = time.monotonic()
line = p.stdout.readline()
early = time.monotonic() - t0
rest, err = p.communicate()
sys.exit(0 if line == b"first\n" and rest == b"second\n" and err == b"err\n" and early < 0.8 and p.returncode == 0 else 1)
PY

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
