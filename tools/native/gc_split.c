// The guest grows its heap in new areas after a collection fails, up to its memory limit
// (MICROPY_GC_SPLIT_HEAP_AUTO, guest/main.c). The native build does the same with malloc:
// its heap areas together stay within the sandbox's default memory limit
// (mpsandbox::Limits::memory_bytes, 256 MiB), less the guest's reserve.
#include "py/gc.h"
#include "py/mpstate.h"

size_t gc_get_max_new_split(void) {
    const size_t limit = 256 * 1024 * 1024 - 256 * 1024;
    size_t used = 0;
    for (mp_state_mem_area_t *area = &MP_STATE_MEM(area); area != NULL; area = area->next) {
        used += (size_t)(area->gc_pool_end - area->gc_alloc_table_start);
    }
    return used < limit ? limit - used : 0;
}
