import time

t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), type(t).__name__, isinstance(t, tuple))
print(time.gmtime(0), time.localtime(86400 * 365.25), time.gmtime(-1)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %D %F %T %R %p %I %l %k %G %g %V %%", t))
print(time.strftime("%c | %x | %X | %h %n%t| %-d %-m %_d", t), time.asctime(t), time.ctime(0))
print(time.mktime(t), time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0)), time.timezone, time.altzone, time.daylight)
print(time.strptime("2024-06-15 14:30", "%Y-%m-%d %H:%M"))
print(time.strptime("15 Jun 2024", "%d %b %Y")[:8], time.strptime("2024 167", "%Y %j").tm_mon)
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(st, st.tm_hour, time.strftime("%H:%M", st))
a = time.monotonic(); b = time.perf_counter(); c = time.process_time(); n = time.perf_counter_ns(); m = time.monotonic_ns()
time.sleep(0.01)
print(time.monotonic() >= a + 0.009, time.perf_counter() > b, time.process_time() >= c, type(n).__name__, type(m).__name__)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9, time.sleep(0))
for bad in (lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.strptime("2024", "%Y-%m"),
            lambda: time.gmtime(float("nan")), lambda: time.strftime("%Y", (1, 2)), lambda: time.struct_time((1, 2))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
