# Harness-only stand-in (tools/cpytests, never frozen into the guest): CPython's internal
# _imp, which test.support.import_helper imports to switch CPython's frozen modules on and
# off around a fresh import. The guest's library is always frozen; there is nothing to switch.


def _override_frozen_modules_for_tests(override):
    pass


def lock_held():
    return False


def acquire_lock():
    pass


def release_lock():
    pass
