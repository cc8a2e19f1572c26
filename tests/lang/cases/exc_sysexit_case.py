# sys.exit with a message: printed to stderr, exit status 1, as CPython.
import sys
print("start")
try:
    sys.exit(4)
except SystemExit as e:
    print("code", e.code)
sys.exit("fatal: stopping")
