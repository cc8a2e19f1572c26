# Logger hierarchy with propagation, per-handler levels, filters and a custom Formatter
import logging
import io
import sys


class BracketFormatter(logging.Formatter):
    def format(self, record):
        base = super().format(record)
        return f"[{record.levelname[0]}] {base}"


class OnlyModule(logging.Filter):
    def __init__(self, allowed):
        super().__init__()
        self.allowed = allowed

    def filter(self, record):
        return record.name.split(".")[-1] in self.allowed


console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(BracketFormatter("%(name)s | %(message)s"))

audit_buf = io.StringIO()
audit = logging.StreamHandler(audit_buf)
audit.setLevel(logging.DEBUG)
audit.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s:%(message)s"))
audit.addFilter(OnlyModule({"payments"}))

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.addHandler(console)
app.addHandler(audit)
app.propagate = False

payments = logging.getLogger("app.payments")
users = logging.getLogger("app.users")
quiet = logging.getLogger("app.quiet")
quiet.setLevel(logging.ERROR)


def charge(amount):
    payments.debug("validating amount %s", amount)
    payments.info("charged %.2f", amount)


charge(19.5)
users.info("user %s logged in", "ann")
users.debug("session details hidden from console")
quiet.warning("suppressed by logger level")
quiet.error("quiet error still shows")

print("parent of payments:", payments.parent.name, "| root parent:", app.parent.name)
print("same object:", logging.getLogger("app.payments") is payments)
print("handlers on child:", payments.handlers, "hasHandlers:", payments.hasHandlers())
print("audit log:")
print(audit_buf.getvalue(), end="")

detached = logging.getLogger("app.detached")
detached.propagate = False
detached.warning("goes to lastResort handler on stderr, not stdout")
print("child logger names:", sorted(n for n in logging.root.manager.loggerDict if n.startswith("app.")))
