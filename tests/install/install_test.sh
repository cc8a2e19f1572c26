#!/usr/bin/env bash
# make install, tested as a user meets it: cmake --install into a temporary prefix, then a
# program compiled and linked with `g++ app.cc $(pkg-config --cflags --libs mpsandbox)`
# against what was installed, and the installed CLI; a DESTDIR install stages the same
# files under DESTDIR with a .pc file that names the prefix alone.
#   install_test.sh CMAKE BUILD_DIR CXX VERSION LIBDIR   (LIBDIR: lib, as GNUInstallDirs says)
set -uo pipefail
CMAKE="$1"
BUILD="$2"
CXX="$3"
VERSION="$4"
LIBDIR="$5"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [[ "$3" == "$2" ]]; then passed=$((passed + 1)); else echo "$1: expected '$2', got '$3'"; failed=$((failed + 1)); fi
}
finish() { echo "$passed passed, $failed failed"; [[ $failed -eq 0 ]]; exit; }

PREFIX="$TMP/prefix"
"$CMAKE" --install "$BUILD" --prefix "$PREFIX" >"$TMP/install.log" 2>&1 \
  || { cat "$TMP/install.log"; check "cmake --install" 0 1; finish; }
for f in bin/mpsandbox "$LIBDIR/libmpsandbox.a" include/mpsandbox/mpsandbox.h include/mpsandbox/json.h \
         "$LIBDIR/pkgconfig/mpsandbox.pc"; do
  check "installed $f" yes "$([[ -f "$PREFIX/$f" ]] && echo yes || echo no)"
done
check "installed CLI" 42 "$("$PREFIX/bin/mpsandbox" -c 'print(6*7)' 2>&1)"
check "installed CLI without the build tree" "" "$(ldd "$PREFIX/bin/mpsandbox" | grep -F "$BUILD")"

export PKG_CONFIG_PATH="$PREFIX/$LIBDIR/pkgconfig"
check "pkg-config --modversion" "$VERSION" "$(pkg-config --modversion mpsandbox 2>&1)"
FLAGS="$(pkg-config --cflags --libs mpsandbox 2>&1)" || { check "pkg-config --cflags --libs" 0 1; finish; }
check "flags name the prefix" yes "$([[ "$FLAGS" == *"-I$PREFIX/include"* && "$FLAGS" == *"-L$PREFIX/$LIBDIR"* ]] && echo yes || echo "no: $FLAGS")"
# The program sees the installed headers only: it is compiled outside the source tree.
cp "$HERE/app.cc" "$TMP/app.cc"
(cd "$TMP" && "$CXX" app.cc $FLAGS -o app) >"$TMP/cxx.log" 2>&1 || { cat "$TMP/cxx.log"; check "g++ app.cc \$(pkg-config ...)" 0 1; finish; }
check "app" $'42\n42' "$("$TMP/app" 2>&1)"

# DESTDIR: the files under DESTDIR/PREFIX, the .pc file's prefix without DESTDIR.
STAGE="$TMP/stage"
DESTDIR="$STAGE" "$CMAKE" --install "$BUILD" --prefix /opt/mpsandbox >"$TMP/install.log" 2>&1 \
  || { cat "$TMP/install.log"; check "DESTDIR install" 0 1; finish; }
check "DESTDIR layout" yes "$([[ -x "$STAGE/opt/mpsandbox/bin/mpsandbox" && -f "$STAGE/opt/mpsandbox/$LIBDIR/libmpsandbox.a" \
  && -f "$STAGE/opt/mpsandbox/include/mpsandbox/session.h" ]] && echo yes || echo no)"
check "DESTDIR .pc prefix" "prefix=/opt/mpsandbox" "$(grep '^prefix=' "$STAGE/opt/mpsandbox/$LIBDIR/pkgconfig/mpsandbox.pc")"
STAGED="$(PKG_CONFIG_PATH="$STAGE/opt/mpsandbox/$LIBDIR/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$STAGE" pkg-config --cflags mpsandbox)"
check "DESTDIR with PKG_CONFIG_SYSROOT_DIR" yes "$([[ "$STAGED" == *"-I$STAGE/opt/mpsandbox/include "* ]] && echo yes || echo "no: $STAGED")"
finish
