# Parse fixed date strings with time.strptime and inspect struct_time fields
import time
import calendar

inputs = [
    ("2024-06-15 14:30:00", "%Y-%m-%d %H:%M:%S"),
    ("15 Jun 2024", "%d %b %Y"),
    ("Sat Jun 15 14:30:00 2024", "%a %b %d %H:%M:%S %Y"),
    ("06/15/24", "%m/%d/%y"),
    ("2024 167", "%Y %j"),
    ("14h30", "%Hh%M"),
]
for text, fmt in inputs:
    st = time.strptime(text, fmt)
    print(f"{text!r:<28} year={st.tm_year} mon={st.tm_mon:>2} day={st.tm_mday:>2} "
          f"{st.tm_hour:02d}:{st.tm_min:02d} wday={st.tm_wday} yday={st.tm_yday} isdst={st.tm_isdst}")

st = time.strptime("2024-06-15 14:30:00", "%Y-%m-%d %H:%M:%S")
epoch = calendar.timegm(st)
print("as UTC epoch:", epoch)
print("formatted back:", time.strftime("%A %d %B %Y at %H:%M", time.gmtime(epoch)))

log = ["2024-06-15 14:30:00 start", "2024-06-15 14:47:12 checkpoint", "2024-06-15 16:02:45 done"]
stamps = [calendar.timegm(time.strptime(line[:19], "%Y-%m-%d %H:%M:%S")) for line in log]
for prev, cur, line in zip(stamps, stamps[1:], log[1:]):
    mins, secs = divmod(cur - prev, 60)
    print(f"{line[20:]:<12} +{mins}m{secs:02d}s")
try:
    time.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
