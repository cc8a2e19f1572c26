// The guest grows its heap in new areas after a collection fails, up to its memory limit
// (MICROPY_GC_SPLIT_HEAP_AUTO, guest/main.c). The native build does the same with malloc,
// up to the sandbox's default memory limit (mpsandbox::Limits::memory_bytes).
#include "py/gc.h"

size_t gc_get_max_new_split(void) {
    return 256 * 1024 * 1024;
}
