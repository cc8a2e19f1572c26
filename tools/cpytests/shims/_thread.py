# Harness-only stand-in (tools/cpytests, never frozen into the guest): CPython's _thread,
# which test.support.threading_helper imports (for _count()). The guest keeps `import
# _thread` an ImportError (tests/security) and has the same API for its one thread as
# _dummy_thread (what its threading uses); this hands that module over under CPython's name.
from _dummy_thread import *  # noqa: F401,F403
from _dummy_thread import (_count, _excepthook, _ExceptHookArgs, _local, _set_sentinel,  # noqa: F401
                           LockType, RLock, TIMEOUT_MAX, allocate_lock, error, get_ident,
                           get_native_id, interrupt_main, stack_size, start_new_thread)
