# SystemExit: its code, and sys.exit caught.
import sys
print("start")
try:
    sys.exit(4)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("fatal: stopping")
except SystemExit as e:
    print("message", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two", e.code)
