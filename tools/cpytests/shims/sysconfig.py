# Harness-only stand-in (tools/cpytests, never frozen into the guest): test.support reads a
# few build variables (CFLAGS, CONFIG_ARGS, WITH_DOC_STRINGS) to decide what to skip. The
# guest is no CPython build: every variable is unknown (None), as sysconfig answers for a
# name it does not have.


def get_config_var(name):
    return None


def get_config_vars(*args):
    if args:
        return [None for _ in args]
    return {}


def is_python_build(check_home=False):
    return False


def get_platform():
    return "wasi"


def get_python_version():
    return "3.11"
