# Configure logging with basicConfig to stdout, and show level filtering and lazy %-formatting
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("etl.loader")

log.debug("this is hidden (level %s)", "DEBUG")
log.info("loading %d rows from %s", 1200, "orders.csv")
log.warning("row %d has empty field %r", 17, "email")
log.error("failed to parse date: %s", "2024-13-01")
log.critical("aborting")

log.setLevel(logging.DEBUG)
log.debug("now visible: effective level is %s", logging.getLevelName(log.getEffectiveLevel()))
print("root level:", logging.getLevelName(logging.getLogger().level))
print("isEnabledFor DEBUG:", log.isEnabledFor(logging.DEBUG), logging.getLogger("other").isEnabledFor(logging.DEBUG))
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.WARN == logging.WARNING)

logging.addLevelName(25, "NOTICE")
log.log(25, "custom level message")


class Record:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        print("  (expensive __str__ called)")
        return f"Record({self.n})"


log.setLevel(logging.WARNING)
log.info("lazy: %s", Record(1))
log.warning("eager: %s", Record(2))
logging.disable(logging.CRITICAL)
log.critical("disabled entirely")
logging.disable(logging.NOTSET)
log.error("re-enabled")
try:
    1 / 0
except ZeroDivisionError:
    log.error("division failed", exc_info=False)
logging.shutdown()
