# Harness-only stand-in (tools/cpytests, never frozen into the guest): CPython's socket,
# which test.support.socket_helper and a few test modules (test_pathlib, test_stat) import
# at the top for the odd test that makes a socket. The sandbox has no network (`import
# socket` fails there), which took every test of those modules down. Here nothing can be
# made: socket() and create_connection() raise OSError, and there is no AF_UNIX (the tests
# that need one skip or fail); the test counts as what it does, never as passed for free.
import errno as _errno

AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOL_SOCKET = 1
SO_REUSEADDR = 2
has_ipv6 = False
error = OSError


class gaierror(OSError):
    pass


class herror(OSError):
    pass


timeout = TimeoutError
_default_timeout = None


def _refuse(*args, **kwargs):
    raise OSError(_errno.EAFNOSUPPORT, "socket: the sandbox has no network")


socket = create_connection = socketpair = fromfd = getaddrinfo = gethostbyname = _refuse


def gethostname():
    return "localhost"


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(value):
    global _default_timeout
    _default_timeout = value
