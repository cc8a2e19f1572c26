// wasm2c's WASI import functions: each forwards to the WasiState implementation with the
// session the guest instance belongs to.
#include "sandbox/session_core.h"
#include "wasi/wasi_preview1.h"

#define MPSBX_WASI_IMPORT(name, params, args)                                                \
  extern "C" u32 Z_wasi_snapshot_preview1Z_##name(Z_wasi_snapshot_preview1_instance_t* ctx,  \
                                                  MPSBX_WASI_UNPAREN params) {               \
    return mpsandbox::wasi::name(*ctx->core, MPSBX_WASI_UNPAREN args);                     \
  }
MPSBX_WASI_FUNCTIONS(MPSBX_WASI_IMPORT)
#undef MPSBX_WASI_IMPORT

extern "C" u32 Z_wasi_snapshot_preview1Z_sched_yield(Z_wasi_snapshot_preview1_instance_t* ctx) {
  return mpsandbox::wasi::sched_yield(*ctx->core);
}

extern "C" void Z_wasi_snapshot_preview1Z_proc_exit(Z_wasi_snapshot_preview1_instance_t* ctx,
                                                    u32 code) {
  mpsandbox::wasi::proc_exit(*ctx->core, code);
}
