#!/usr/bin/env bash
# make wheel, tested as a user meets it: the wheel built from the build tree (by the script
# make wheel runs), its name tagged for this Python and platform, installed as a file into a
# fresh venv offline, then the package and both of its commands used from elsewhere.
#   wheel_install_test.sh PYTHON BUILD_PYTHON_DIR BUILD_WHEEL_SCRIPT STRIP
set -euo pipefail
PY="$1"
PKG="$2"
BUILD_WHEEL="$3"
STRIP="$4"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [[ "$3" == "$2" ]]; then passed=$((passed + 1)); else echo "$1: expected '$2', got '$3'"; failed=$((failed + 1)); fi
}
WHEEL="$("$PY" "$BUILD_WHEEL" --package-dir "$PKG" --out "$TMP/dist" --strip "$STRIP")" \
  || { echo "0 passed, 1 failed"; exit 1; }
# cp311-cp311-linux_x86_64 for Debian 12's python3 on x86-64: CPython, its ABI, the machine.
TAG="$("$PY" -c 'import sys, sysconfig
v = "cp%d%d" % sys.version_info[:2]
print("%s-%s-%s" % (v, v, sysconfig.get_platform().replace("-", "_").replace(".", "_")))')"
check wheel-name "mpsandbox-" "$(basename "$WHEEL" | sed -n "s/^\(mpsandbox-\)[0-9.]*-$TAG\.whl\$/\1/p")"

"$PY" -m venv "$TMP/env"
"$TMP/env/bin/pip" install --quiet --no-index "$WHEEL" >"$TMP/pip.log" 2>&1 \
  || { cat "$TMP/pip.log"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }
cd "$TMP"
check import 42 "$("$TMP/env/bin/python" -c 'import mpsandbox; print(mpsandbox.run("6 * 7").value)' 2>&1)"
check typing-files yes "$("$TMP/env/bin/python" -c 'import mpsandbox, pathlib
d = pathlib.Path(mpsandbox.__file__).parent
print("yes" if (d / "py.typed").is_file() and (d / "__init__.pyi").is_file() else "no")' 2>&1)"
check mpsandbox-command 2 "$("$TMP/env/bin/mpsandbox" -c 'print(1+1)' 2>&1)"
check mpsandbox-stdin 42 "$(echo 'print(6 * 7)' | "$TMP/env/bin/mpsandbox" - 2>&1)"
set +e
"$TMP/env/bin/mpsandbox" -c 'import sys; sys.exit(5)' >/dev/null 2>&1
check mpsandbox-exit-status 5 "$?"
set -e
check python-m-mpsandbox 3 "$("$TMP/env/bin/python" -m mpsandbox -c 'print(1+2)' 2>&1)"
check micropython-wasm-command 4 "$("$TMP/env/bin/micropython-wasm" -c 'print(2 + 2)' 2>&1)"
check cli-without-build-tree "" "$(ldd "$("$TMP/env/bin/python" -c 'import mpsandbox._cli as c; print(c.CLI)')" | grep -F "$PKG" || true)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
