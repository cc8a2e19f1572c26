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
out="$("$TMP/env/bin/python" -c 'import mpsandbox; print(mpsandbox.run("6 * 7").value)')"
if [[ "$out" == "42" ]]; then echo "1 passed, 0 failed"; else echo "got: $out"; echo "0 passed, 1 failed"; exit 1; fi
