# A job runner that logs failures with traceback.print_exc(file=...) and keeps going
import io
import sys
import traceback


def parse_amount(text):
    return round(float(text), 2)


def process(job):
    kind, payload = job
    if kind == "sum":
        return sum(parse_amount(x) for x in payload)
    if kind == "avg":
        return sum(map(parse_amount, payload)) / len(payload)
    if kind == "max":
        return max(payload, key=parse_amount)
    raise NotImplementedError(f"job type {kind!r}")


jobs = [("sum", ["1.5", "2.25"]), ("avg", []), ("max", ["3", "x"]), ("median", ["1"]), ("sum", ["10"])]
ok = failed = 0
for i, job in enumerate(jobs, 1):
    try:
        result = process(job)
    except Exception:
        failed += 1
        buf = io.StringIO()
        traceback.print_exc(file=buf, limit=1)
        text = buf.getvalue().replace(__file__, "jobs.py")
        print(f"job {i} failed:")
        sys.stdout.write("".join("    " + line + "\n" for line in text.splitlines()))
    else:
        ok += 1
        print(f"job {i} -> {result}")

print(f"{ok} succeeded, {failed} failed")
try:
    process(("avg", []))
except ZeroDivisionError:
    exc_type, exc_value, tb = sys.exc_info()
    print(exc_type.__name__, exc_value, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(sys.exc_info())
