# LoggerAdapter adding request context, plus extra= fields and a dict-style Formatter
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname:<7} req={request_id} user={user} | {message}", style="{"))
log = logging.getLogger("web")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        extra = dict(self.extra)
        extra.update(kwargs.pop("extra", {}))
        kwargs["extra"] = extra
        return msg, kwargs


def handle(request_id, user, path):
    rlog = RequestAdapter(log, {"request_id": request_id, "user": user})
    rlog.info("GET %s", path)
    if path.startswith("/admin") and user != "root":
        rlog.warning("forbidden path %s", path)
        return 403
    rlog.debug("rendering template", extra={"user": user.upper()})
    return 200


for rid, (user, path) in enumerate([("ann", "/home"), ("bob", "/admin/panel"), ("root", "/admin")], 100):
    status = handle(rid, user, path)
    print(f"-> {status}")

pct = logging.StreamHandler(sys.stdout)
pct.setFormatter(logging.Formatter("%(name)s.%(levelname)s %(job)s %(message)s"))
jobs = logging.getLogger("jobs")
jobs.addHandler(pct)
jobs.propagate = False
jobs.warning("finished", extra={"job": "nightly"})
adapter = logging.LoggerAdapter(jobs, {"job": "hourly"})
adapter.error("failed %d times", 3)
print(adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel(), adapter.logger.name)

tmpl = logging.Formatter("$levelname: $message", style="$")
rec = logging.LogRecord("x", logging.INFO, "file.py", 1, "hello %s", ("world",), None)
print(tmpl.format(rec), rec.getMessage(), rec.levelno, rec.lineno)
