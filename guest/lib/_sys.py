# The parts of CPython 3.11's sys that MicroPython's built-in sys lacks, for the mpsandbox
# guest. sys (py/modsys.c, guest/patches/0141) looks a name up here, once, when its own
# table lacks it: version_info and the other named tuples, the interpreter's constants
# (prefixes, flags, float_info, int_info, hash_info), intern, the encodings, the hooks.
# The values are CPython 3.11.2's on Debian (the reference the sandbox is compared with),
# except where the sandbox differs and says so: sys.implementation stays MicroPython's.
# Every name here becomes sys's, the underscored ones too (_xoptions, _git): helpers are
# deleted at the end.


class _StructSeq(tuple):
    # CPython's structseq: a tuple with named fields and a repr naming its type.
    __slots__ = ()
    _name = ""
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (self._name, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self)))

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % self._name)


def _structseq(name, fields):
    cls = type(name.rpartition(".")[2], (_StructSeq,), {"__slots__": (), "_name": name,
                                                          "_fields": tuple(fields)})
    for i, f in enumerate(fields):
        setattr(cls, f, property(lambda self, i=i: self[i]))
    cls.n_fields = cls.n_sequence_fields = len(fields)
    cls.n_unnamed_fields = 0
    cls.__module__ = "sys"
    return cls


version_info = _structseq("sys.version_info", ("major", "minor", "micro", "releaselevel",
                                                "serial"))((3, 11, 2, "final", 0))
hexversion = 0x30B02F0
api_version = 1013
version = "3.11.2 (mpsandbox, MicroPython 1.25.0)"
copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."
prefix = base_prefix = exec_prefix = base_exec_prefix = "/usr"
platlibdir = "lib"
pycache_prefix = None
float_repr_style = "short"
maxunicode = 0x10FFFF
dont_write_bytecode = True
warnoptions = []
_xoptions = {}
_git = ("cpython", "", "")
_framework = ""
abiflags = ""

flags = _structseq("sys.flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"))((0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1))

float_info = _structseq("sys.float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds"))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                    -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))

int_info = _structseq("sys.int_info", (
    "bits_per_digit", "sizeof_digit", "default_max_str_digits",
    "str_digits_check_threshold"))((30, 4, 4300, 640))

hash_info = _structseq("sys.hash_info", (
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
    "cutoff"))((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

thread_info = _structseq("sys.thread_info", ("name", "lock", "version"))((None, None, None))

builtin_module_names = ("_abc", "_ast", "_codecs", "_collections", "_functools", "_imp",
                        "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string",
                        "_symtable", "_thread", "_tracemalloc", "_warnings", "_weakref",
                        "atexit", "builtins", "errno", "faulthandler", "gc", "itertools",
                        "marshal", "posix", "pwd", "sys", "time", "xxsubtype")

def intern(string, _interned={}):
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return _interned.setdefault(string, string)


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


_switch = [0.005]


def getswitchinterval(_switch=_switch):
    return _switch[0]


def setswitchinterval(interval, _switch=_switch):
    interval = float(interval)
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _switch[0] = interval


def is_finalizing():
    return False


def getrefcount(object, /):
    # This interpreter's objects have no reference counts (its collector traces): 2, what
    # CPython says for an object that one name refers to (that name and the argument)
    return 2


def audit(event, *args):
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)


def addaudithook(hook):
    pass


def gettrace():
    return None


def getprofile():
    return None


def call_tracing(func, args):
    if not isinstance(args, tuple):
        raise TypeError("call_tracing(): argument 2 must be tuple, not %s" % type(args).__name__)
    return func(*args)


def displayhook(value):
    if value is None:
        return
    import builtins
    import sys
    builtins._ = None
    sys.stdout.write(repr(value) + "\n")
    builtins._ = value


__displayhook__ = displayhook


def unraisablehook(unraisable):
    import sys
    sys.stderr.write("Exception ignored in: %r\n" % (unraisable.object,))


__unraisablehook__ = unraisablehook


def get_int_max_str_digits():
    return 4300


def set_int_max_str_digits(maxdigits):
    # The interpreter's limit (guest/patches 0060, 0062) is CPython's default, fixed.
    maxdigits = maxdigits.__index__()
    if maxdigits != 4300:
        raise NotImplementedError("sys.set_int_max_str_digits: the sandbox's limit is fixed "
                                  "at 4300 digits")


del _StructSeq, _structseq, _switch
