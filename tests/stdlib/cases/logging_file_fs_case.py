# logging's FileHandler writes files in a mounted directory (the case's working directory):
# modes, encodings, delay, close, basicConfig(filename=...), errors.
import logging
import os

log = logging.getLogger("files")
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.FileHandler("app.log", mode="w", encoding="utf-8")
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log.addHandler(h)
log.info("first line")
log.warning("unicode: caf\u00e9 \u2603 %d", 42)
print(open("app.log", encoding="utf-8").read(), end="")
print(os.path.basename(h.baseFilename), os.path.isabs(h.baseFilename), h.mode, h.encoding, h.delay)
h.close()
log.removeHandler(h)
print(h.stream)

h2 = logging.FileHandler("app.log")  # append
h2.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h2)
log.error("appended")
h2.close()
log.removeHandler(h2)
print(open("app.log", encoding="utf-8").read().splitlines())

h3 = logging.FileHandler("later.log", delay=True)
print(h3.stream, os.path.exists("later.log"))
log.addHandler(h3)
log.debug("opened on first record")
print(os.path.exists("later.log"), open("later.log").read(), end="")
h3.close()
log.removeHandler(h3)

try:
    logging.FileHandler(os.path.join("no_such_dir", "x.log"))
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename))

logging.basicConfig(filename="basic.log", filemode="w", level=logging.INFO, format="%(levelname)s:%(message)s")
logging.info("via basicConfig")
logging.debug("filtered")
root = logging.getLogger()
print(type(root.handlers[0]).__name__, os.path.basename(root.handlers[0].baseFilename))
root.handlers[0].close()
print(open("basic.log").read(), end="")
try:
    logging.basicConfig(filename="x.log", stream=None, force=True, handlers=[logging.NullHandler()])
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(nonsense=1, force=True)
except ValueError as e:
    print("ValueError", e)
print(sorted(n for n in os.listdir(".") if n.endswith(".log")))
