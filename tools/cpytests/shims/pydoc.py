# Harness-only stand-in (tools/cpytests, never frozen into the guest) for pydoc, which the
# guest does not ship (CPython's needs tokenize, platform, sysconfig and importlib's
# bootstrap). test_enum imports it at the top for one test (help() output) and would not
# import at all without it. Here every use skips the test that makes it, saying why; the
# test counts as skipped, not passed.
import unittest

_WHY = "pydoc: not in the guest"


def _skip(*args, **kwargs):
    raise unittest.SkipTest(_WHY)


class Helper:
    def __init__(self, *args, **kwargs):
        _skip()


render_doc = getdoc = describe = plain = doc = help = _skip
