// Stack checks for the guest, replacing py/cstack.c. MicroPython measures its C stack by
// taking addresses of locals, which in wasm only sees the shadow stack in linear memory.
// Under wasm2c the guest's frames also occupy the host thread's native stack, which can
// run out first (repr of a deeply nested list, deep recursion). So a check also asks the
// host how much native stack is left and raises RecursionError well before it traps.
#include "py/runtime.h"
#include "py/cstack.h"
#include "mpsandbox_abi.h"

__attribute__((import_module(MPSBX_IMPORT_MODULE), import_name(MPSBX_STR(MPSBX_IMPORT_STACKLEFT))))
uint32_t mpsbx_host_stack_left(void);

void mp_cstack_init_with_sp_here(size_t stack_size) {
    volatile int stack_dummy;
    mp_cstack_init_with_top((void *)&stack_dummy, stack_size);
}

mp_uint_t mp_cstack_usage(void) {
    volatile int stack_dummy;
    return MP_STATE_THREAD(stack_top) - (char *)&stack_dummy;
}

void mp_cstack_check(void) {
    if (mp_cstack_usage() >= MP_STATE_THREAD(stack_limit)
        || mpsbx_host_stack_left() == 0) {
        mp_raise_recursion_depth();
    }
}

bool mpsbx_cstack_has_room(size_t margin) {
    return mp_cstack_usage() + margin < MP_STATE_THREAD(stack_limit)
           && mpsbx_host_stack_left() > margin;
}
