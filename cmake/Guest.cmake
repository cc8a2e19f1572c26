# Builds guest/ (MicroPython for wasm32-wasi) with its own Makefile, then translates the
# module to C with wasm2c. Outputs MPSANDBOX_GUEST_C and MPSANDBOX_GEN_DIR.

set(MICROPY_SOURCE "${MPSANDBOX_DEPS_DIR}/micropython")
if(NOT EXISTS "${MICROPY_SOURCE}/py/mpconfig.h")
  message(FATAL_ERROR "MicroPython source not found in ${MICROPY_SOURCE}: run scripts/setup first")
endif()

# Record the exact source package version (first line of debian/changelog).
file(STRINGS "${MICROPY_SOURCE}/debian/changelog" _changelog LIMIT_COUNT 1)
string(REGEX MATCH "\\(([^)]+)\\)" _ "${_changelog}")
set(MPSANDBOX_MICROPYTHON_VERSION "${CMAKE_MATCH_1}")
message(STATUS "MicroPython source: ${MPSANDBOX_MICROPYTHON_VERSION}")

# Our changes to MicroPython are a patch series (guest/patches, applied in order): the
# guest, the native reference build and mpy-cross all build from the patched tree
# build/micropython. Applied now, so that the tree exists, and again at every build, where
# only the files whose content changes are rewritten. A patch that no longer applies fails
# the build with its name; check_vm_fuel.py checks that the patched interpreter loop is
# still metered.
set(MICROPY_TOP "${CMAKE_BINARY_DIR}/micropython")
set(MPSANDBOX_PATCHES_DIR "${CMAKE_SOURCE_DIR}/guest/patches")
set(_apply_patches ${Python3_EXECUTABLE} "${CMAKE_SOURCE_DIR}/tools/build/apply_patches.py"
    "${MICROPY_SOURCE}" "${MPSANDBOX_PATCHES_DIR}" "${MICROPY_TOP}")
set(_check_vm_fuel ${Python3_EXECUTABLE} "${CMAKE_SOURCE_DIR}/tools/build/check_vm_fuel.py"
    "${MICROPY_TOP}/py/vm.c")
execute_process(COMMAND ${_apply_patches} RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the MicroPython patch series does not apply (see above)")
endif()
add_custom_target(mpsandbox_micropython_src
  COMMAND ${_apply_patches}
  COMMAND ${_check_vm_fuel}
  COMMENT "Applying guest/patches to the MicroPython source"
  VERBATIM)

# CPython's own standard-library modules that the guest freezes (guest/stdlib/modules.txt),
# staged with our patches (guest/stdlib/patches) in build/cpython-lib.
set(MPSANDBOX_CPYTHON_STDLIB "/usr/lib/python3.11" CACHE PATH "CPython 3.11's library (Debian's libpython3.11-stdlib)")
set(MPSANDBOX_CPYTHON_LIB "${CMAKE_BINARY_DIR}/cpython-lib")
# The IANA time-zone database (Debian's tzdata), frozen as the module _tzdata for zoneinfo.
set(MPSANDBOX_ZONEINFO "/usr/share/zoneinfo" CACHE PATH "compiled time zones (Debian's tzdata)")
add_custom_target(mpsandbox_cpython_lib
  COMMAND ${Python3_EXECUTABLE} "${CMAKE_SOURCE_DIR}/tools/build/cpython_lib.py"
          "${MPSANDBOX_CPYTHON_STDLIB}" "${CMAKE_SOURCE_DIR}/guest/stdlib/modules.txt"
          "${CMAKE_SOURCE_DIR}/guest/stdlib/patches" "${MPSANDBOX_CPYTHON_LIB}"
  COMMAND ${Python3_EXECUTABLE} "${CMAKE_SOURCE_DIR}/tools/build/tzdata.py"
          "${MPSANDBOX_ZONEINFO}" "${MPSANDBOX_CPYTHON_LIB}/_tzdata.py"
  COMMENT "Staging CPython's library modules and the time-zone database for the guest"
  VERBATIM)

find_program(GNU_MAKE NAMES make gmake REQUIRED)
find_program(WASM2C wasm2c REQUIRED)
# tools/build/wasm2c_fixup.py rewrites the C text of one wasm2c version (1.0.32): refuse any
# other now, and again before each translation (the tool may change after configuring).
set(MPSANDBOX_CHECK_WASM2C ${Python3_EXECUTABLE} "${CMAKE_SOURCE_DIR}/tools/build/wasm2c_fixup.py"
    --check-wasm2c "${WASM2C}")
execute_process(COMMAND ${MPSANDBOX_CHECK_WASM2C} RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${WASM2C} is not the wasm2c that tools/build/wasm2c_fixup.py was written for (see above)")
endif()
find_program(CLANG19 clang-19 REQUIRED)
find_program(WASM_OPT wasm-opt REQUIRED)
cmake_host_system_information(RESULT _ncpu QUERY NUMBER_OF_LOGICAL_CORES)

set(GUEST_BUILD "${CMAKE_BINARY_DIR}/guest")
set(MPSANDBOX_GEN_DIR "${CMAKE_BINARY_DIR}/gen")
set(GUEST_WASM "${GUEST_BUILD}/guest.wasm")
set(GUEST_METERED_WASM "${GUEST_BUILD}/guest.metered.wasm")
set(MPSANDBOX_GUEST_C "${MPSANDBOX_GEN_DIR}/guest.c")

# mpy-cross, built from the same source out of tree, compiles the frozen Python library
# (guest/manifest.py) for both the guest and the native build.
set(MPSANDBOX_MPY_CROSS "${CMAKE_BINARY_DIR}/mpy-cross/mpy-cross")
add_custom_target(mpsandbox_mpy_cross
  COMMAND ${GNU_MAKE} -s -C "${MICROPY_TOP}/mpy-cross" -j${_ncpu} BUILD=${CMAKE_BINARY_DIR}/mpy-cross
          MPSBX_UNICODE_GEN=${CMAKE_SOURCE_DIR}/tools/build/gen_unicode.py
  BYPRODUCTS "${MPSANDBOX_MPY_CROSS}"
  COMMENT "Building mpy-cross (for the frozen modules)"
  VERBATIM)
add_dependencies(mpsandbox_mpy_cross mpsandbox_micropython_src)

# Frozen modules are recompiled only when their source is newer than their .mpy, so a
# changed mpy-cross (a compiler or lexer patch) must discard them: ${dir}/frozen_mpy goes
# when the mpy-cross binary is newer than it.
set(MPSANDBOX_FROZEN_STALE_CHECK sh -c "[ ! -d \"$1/frozen_mpy\" ] || [ ! \"$0\" -nt \"$1/frozen_mpy\" ] || rm -rf \"$1/frozen_mpy\"")

# The guest Makefile tracks its own dependencies, so it runs on every build.
add_custom_target(mpsandbox_guest_wasm
  COMMAND ${MPSANDBOX_FROZEN_STALE_CHECK} "${MPSANDBOX_MPY_CROSS}" "${GUEST_BUILD}"
  COMMAND ${GNU_MAKE} -s -C "${CMAKE_SOURCE_DIR}/guest" -j${_ncpu}
          MICROPY_TOP=${MICROPY_TOP} BUILD=${GUEST_BUILD} CLANG=${CLANG19} WASM_OPT=${WASM_OPT}
          MICROPY_MPYCROSS=${MPSANDBOX_MPY_CROSS} MPSANDBOX_CPYTHON_LIB=${MPSANDBOX_CPYTHON_LIB}
  BYPRODUCTS "${GUEST_WASM}"
  COMMENT "Building the MicroPython guest (wasm32-wasi)"
  VERBATIM)
add_dependencies(mpsandbox_guest_wasm mpsandbox_mpy_cross mpsandbox_micropython_src mpsandbox_cpython_lib)

# Build-time metering pass (deterministic fuel), a host tool built with libwabt.
find_package(wabt REQUIRED)
add_executable(mpsandbox_fuel tools/build/fuel_pass.cc)
target_include_directories(mpsandbox_fuel PRIVATE guest)
target_link_libraries(mpsandbox_fuel PRIVATE wabt::wabt)

add_custom_command(
  OUTPUT "${GUEST_METERED_WASM}"
  COMMAND mpsandbox_fuel "${GUEST_WASM}" "${GUEST_METERED_WASM}"
  DEPENDS "${GUEST_WASM}" mpsandbox_guest_wasm mpsandbox_fuel
  COMMENT "Metering the guest (fuel pass)"
  VERBATIM)
# Drives the fuel pass: the targets that read the metered guest (its translation, the
# micropython_wasm artifact) depend on this one, so that the rule never runs twice in
# parallel (a second run rewrote the file while wasm2c read it).
add_custom_target(mpsandbox_guest_metered DEPENDS "${GUEST_METERED_WASM}")

# wasm2c, then its post-processing (tools/build/wasm2c_fixup.py, after the version check):
# ${wasm} -> ${dir}/guest.c and guest.h.
function(mpsandbox_translate_guest wasm dir)
  add_custom_command(
    OUTPUT "${dir}/guest.c" "${dir}/guest.h"
    COMMAND ${MPSANDBOX_CHECK_WASM2C}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}/raw"
    COMMAND ${WASM2C} --enable-exceptions -n guest "${wasm}" -o "${dir}/raw/guest.c"
    COMMAND ${CMAKE_COMMAND} -E copy "${dir}/raw/guest.h" "${dir}/guest.h"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/build/wasm2c_fixup.py" --shared-table
            "${dir}/raw/guest.c" "${dir}/guest.c"
    DEPENDS "${wasm}" "${CMAKE_SOURCE_DIR}/tools/build/wasm2c_fixup.py"
    COMMENT "Translating ${wasm} to C (wasm2c, then wasm2c_fixup.py)"
    VERBATIM)
  # Drives the translation: every target that uses ${dir}/guest.c or guest.h depends
  # on this one, so that the rule never runs twice in parallel.
  get_filename_component(name "${dir}" NAME)
  add_custom_target(mpsandbox_translate_${name} DEPENDS "${dir}/guest.c" "${dir}/guest.h")
endfunction()
mpsandbox_translate_guest("${GUEST_METERED_WASM}" "${MPSANDBOX_GEN_DIR}")
add_dependencies(mpsandbox_translate_gen mpsandbox_guest_metered)

# For the benchmarks only (make bench): the same guest with the fuel global but no
# metering code, to measure what metering costs.
set(GUEST_UNMETERED_WASM "${GUEST_BUILD}/guest.unmetered.wasm")
set(MPSANDBOX_GEN_UNMETERED_DIR "${CMAKE_BINARY_DIR}/gen-unmetered")
add_custom_command(
  OUTPUT "${GUEST_UNMETERED_WASM}"
  COMMAND mpsandbox_fuel --no-meter "${GUEST_WASM}" "${GUEST_UNMETERED_WASM}"
  DEPENDS "${GUEST_WASM}" mpsandbox_guest_wasm mpsandbox_fuel
  COMMENT "Unmetered guest for benchmarks"
  VERBATIM)
mpsandbox_translate_guest("${GUEST_UNMETERED_WASM}" "${MPSANDBOX_GEN_UNMETERED_DIR}")
