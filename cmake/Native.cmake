# Native reference interpreter: MicroPython's unix port, built from the same source with
# the guest's feature set (tools/native/mpconfigvariant.h). The reference for
# `make conformance` and the speed baseline for benchmarks.
# Output: build/native/micropython (MPSANDBOX_NATIVE_MICROPYTHON).

set(NATIVE_BUILD "${CMAKE_BINARY_DIR}/native")
set(MPSANDBOX_NATIVE_MICROPYTHON "${NATIVE_BUILD}/micropython")

# The unix Makefile tracks its own dependencies, so it runs on every build. It freezes the
# guest's Python library (guest/manifest.py) with the shared mpy-cross.
add_custom_target(mpsandbox_native ALL
  COMMAND ${MPSANDBOX_FROZEN_STALE_CHECK} "${MPSANDBOX_MPY_CROSS}" "${NATIVE_BUILD}"
  COMMAND ${GNU_MAKE} -s -C "${MICROPY_TOP}/ports/unix" -j${_ncpu}
          VARIANT_DIR=${CMAKE_SOURCE_DIR}/tools/native BUILD=${NATIVE_BUILD} PROG=micropython
          STRIP= MICROPY_MPYCROSS=${MPSANDBOX_MPY_CROSS} MPSANDBOX_CPYTHON_LIB=${MPSANDBOX_CPYTHON_LIB}
  # As in guest/Makefile: keep the next build from regenerating mpversion.h for nothing.
  COMMAND touch -r "${NATIVE_BUILD}/genhdr/mpversion.h" "${NATIVE_BUILD}/genhdr"
  BYPRODUCTS "${MPSANDBOX_NATIVE_MICROPYTHON}"
  COMMENT "Building the native reference MicroPython (unix port, guest feature set)"
  VERBATIM)
add_dependencies(mpsandbox_native mpsandbox_mpy_cross mpsandbox_micropython_src mpsandbox_cpython_lib)
