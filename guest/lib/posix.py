# posix for the mpsandbox guest: CPython's os is built on this module; here it is the other
# way round, and it offers what guest/lib/os offers (shutil imports it on POSIX systems).
from os import *
