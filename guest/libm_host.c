// The guest's libm functions that CPython takes from the C library (MPSBX_LIBM_FUNCS in
// mpsandbox_abi.h): defined here, these replace wasi-libc's and call the host's, which
// is the libm CPython uses on the same machine. Compiled with -fno-builtin so that the
// definitions stay calls to the imports.
#include "mpsandbox_abi.h"

#define MPSBX_LIBM_PARAMS_1 double a
#define MPSBX_LIBM_PARAMS_2 double a, double b
#define MPSBX_LIBM_ARGS_1 a
#define MPSBX_LIBM_ARGS_2 a, b

#define MPSBX_LIBM_DEFINE(name, n) \
    __attribute__((import_module(MPSBX_IMPORT_MODULE), import_name("libm_" #name))) \
    double mpsbx_libm_##name(MPSBX_LIBM_PARAMS_##n); \
    double name(MPSBX_LIBM_PARAMS_##n); \
    double name(MPSBX_LIBM_PARAMS_##n) { \
        return mpsbx_libm_##name(MPSBX_LIBM_ARGS_##n); \
    }

MPSBX_LIBM_FUNCS(MPSBX_LIBM_DEFINE)
