# Log exceptions with a Formatter that strips file paths from tracebacks, and a memory-style handler
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


class CompactFormatter(logging.Formatter):
    def formatException(self, ei):
        etype, value, tb = ei
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return f"  {etype.__name__}: {value} (via {' > '.join(frames)})"


h = logging.StreamHandler(sys.stdout)
h.setFormatter(CompactFormatter("%(levelname)s %(message)s"))
collector = ListHandler()
log = logging.getLogger("worker")
log.setLevel(logging.INFO)
log.addHandler(h)
log.addHandler(collector)
log.propagate = False


def parse(value):
    return int(value)


def process(batch):
    results = []
    for item in batch:
        try:
            results.append(parse(item))
        except ValueError:
            log.exception("bad item %r", item)
    return results


print(process(["1", "x", "3", "4.5"]))
try:
    {}["missing"]
except KeyError:
    log.error("lookup failed", exc_info=True)
log.info("no exception here")

print("collected:", len(collector.records))
for r in collector.records:
    print(" ", r.levelname, r.getMessage(), "has exc_info" if r.exc_info else "-")
print(collector.records[0].exc_info[0].__name__, collector.records[0].args)
h.setLevel(logging.ERROR)
log.warning("filtered at handler but collected")
print(len(collector.records), collector.records[-1].msg)
log.removeHandler(collector)
log.error("only console now")
print(len(collector.records))
