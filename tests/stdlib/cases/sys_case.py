import sys

print(sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.version_info[:2] == (3, 11), isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.version.split()[0].startswith("3.11."), type(sys.hexversion).__name__, sys.hexversion >> 16)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus)
print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.get_int_max_str_digits())
print(sys.flags.optimize, type(sys.flags.utf8_mode).__name__, len(sys.flags) > 10)
print(sys.intern("hello world!") is sys.intern("hello " + "world!".lower()))
try:
    sys.intern(b"x")
except TypeError as e:
    print("TypeError", e)
print(type(sys.prefix).__name__, sys.base_prefix == sys.prefix, isinstance(sys.warnoptions, list))
print(isinstance(sys.argv, list), "sys" in sys.modules, sys.modules["sys"] is sys)
old_argv = sys.argv
sys.argv = ["prog", "--flag", "value"]
print(sys.argv, sys.argv is not old_argv)
sys.argv = old_argv
sys.my_setting = 42
print(sys.my_setting, hasattr(sys, "my_setting"), getattr(sys, "no_such_thing", "default"))
del sys.my_setting
print(hasattr(sys, "my_setting"))
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11"), str(sys.float_info)[:30])
# A program may set any of sys's names, its own included, and reads back what it set.
saved = sys.platform, sys.maxsize
sys.platform = "plan9"
sys.maxsize = 12
print(sys.platform, sys.maxsize, getattr(sys, "platform"))
sys.platform, sys.maxsize = saved
print(sys.platform == saved[0], sys.maxsize == saved[1])
