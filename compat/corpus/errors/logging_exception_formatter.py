# logging.exception to stdout with a custom Formatter that shortens tracebacks to the last line
import logging
import sys


class ShortTracebackFormatter(logging.Formatter):
    def formatException(self, ei):
        exc_type, exc, tb = ei
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return f"  ! {exc_type.__name__}: {exc} (via {' > '.join(frames)})"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortTracebackFormatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("billing")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def charge(account, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    return account["balance"] - amount


def process(batch):
    done = 0
    for account, amount in batch:
        try:
            account["balance"] = charge(account, amount)
            log.debug("charged %s %.2f", account.get("id", "?"), amount)
            done += 1
        except ValueError:
            log.exception("rejected charge for %s", account.get("id"))
        except KeyError as e:
            log.error("account %s has no field %s", account.get("id"), e, exc_info=True)
    return done


accounts = [{"id": "A1", "balance": 100.0}, {"id": "A2"}, {"id": "A3", "balance": 5.0}]
n = process([(accounts[0], 30), (accounts[1], 10), (accounts[2], -1), (accounts[0], 20.5)])
log.info("processed %d of 4 charges", n)
log.warning("balances: %s", [a.get("balance") for a in accounts])
try:
    {}["missing"]
except KeyError:
    log.critical("fatal lookup", exc_info=True)
log.debug("%s", "done")
