# Profile-guided optimisation of the translated guest (gcc): the guest's C is compiled
# once instrumented, a trainer runs MicroPython's own test programs on it, and the
# object that goes into the library is compiled with that profile. About 6% on
# perf_bench. Off with -DMPSANDBOX_PGO=OFF, and always in sanitizer builds.
option(MPSANDBOX_PGO "Profile-guided optimisation of the translated guest" ON)

# mpsandbox_pgo(GUEST_OBJECTS GEN_DIR EXCLUDE): profiles the object library GUEST_OBJECTS
# (compiled from GEN_DIR/guest.c). EXCLUDE: build its trainer only on demand.
function(mpsandbox_pgo guest_objects gen_dir exclude)
  if(NOT MPSANDBOX_PGO OR MPSANDBOX_SANITIZE OR NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  set(dir "${CMAKE_BINARY_DIR}/pgo/${guest_objects}")
  set(exclude_flag "")
  if(exclude)
    set(exclude_flag EXCLUDE_FROM_ALL)
  endif()
  # The same source file as the final object (gcc ignores a profile whose functions
  # come from another file name).
  get_filename_component(gen_name "${gen_dir}" NAME)
  add_library(${guest_objects}_instr OBJECT ${exclude_flag} "${gen_dir}/guest.c")
  add_dependencies(${guest_objects}_instr mpsandbox_translate_${gen_name})
  target_include_directories(${guest_objects}_instr PRIVATE ${CMAKE_SOURCE_DIR}/src/runtime ${gen_dir})
  target_compile_options(${guest_objects}_instr PRIVATE ${MPSANDBOX_GUEST_COPTS}
    -fprofile-generate -fprofile-update=single "-fprofile-dir=${dir}/raw")
  mpsandbox_library(${guest_objects}_instr_lib ${guest_objects}_instr ${gen_dir})
  if(exclude)
    set_target_properties(${guest_objects}_instr_lib PROPERTIES EXCLUDE_FROM_ALL ON)
  endif()
  add_executable(${guest_objects}_train ${exclude_flag} tools/build/pgo_train.cc)
  target_link_libraries(${guest_objects}_train PRIVATE ${guest_objects}_instr_lib)
  target_link_options(${guest_objects}_train PRIVATE -fprofile-generate)
  file(RELATIVE_PATH rel "${CMAKE_BINARY_DIR}" "${gen_dir}/guest.c")
  set(object "${CMAKE_BINARY_DIR}/CMakeFiles/${guest_objects}.dir/${rel}.o")
  set(profile "${dir}/profile.stamp")
  add_custom_command(
    OUTPUT "${profile}"
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${dir}/raw"
    COMMAND ${guest_objects}_train "${MICROPY_TOP}/tests/basics" "${MICROPY_TOP}/tests/float"
            "${MICROPY_TOP}/tests/misc"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/build/pgo_profile.py"
            "${dir}/raw" "${dir}/use" "${object}" "${profile}"
    DEPENDS ${guest_objects}_train "${CMAKE_SOURCE_DIR}/tools/build/pgo_profile.py"
    COMMENT "Training run for the profile-guided build of ${guest_objects}"
    VERBATIM)
  add_custom_target(${guest_objects}_profile DEPENDS "${profile}")
  add_dependencies(${guest_objects} ${guest_objects}_profile)
  target_compile_options(${guest_objects} PRIVATE -fprofile-use -fprofile-partial-training
    -Wno-missing-profile "-fprofile-dir=${dir}/use")
  # Ordering only: the final object is rebuilt when guest.c changes (after a new
  # training run), not when only the trainer does.
endfunction()
