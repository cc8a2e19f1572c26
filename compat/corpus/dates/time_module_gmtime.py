# Use the time module with fixed timestamps: gmtime, strftime, mktime-free conversions
import time
import calendar

ts = 1_700_000_000
st = time.gmtime(ts)
print("struct_time:", st)
print("fields:", st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday)
print("tuple:", tuple(st))
print("strftime:", time.strftime("%Y-%m-%d %H:%M:%S", st))
print("asctime:", time.asctime(st))
print("RFC 1123:", time.strftime("%a, %d %b %Y %H:%M:%S GMT", st))
print("back with calendar.timegm:", calendar.timegm(st))
print("epoch:", time.strftime("%c", time.gmtime(0)))

for ts in (0, 951782400, 1_078_012_800, 1_234_567_890, 4_102_444_800):
    g = time.gmtime(ts)
    print(f"{ts:>12} -> {time.strftime('%Y-%m-%d %a day %j week %U', g)}")

tuple_time = (2024, 2, 29, 23, 59, 59, 0, 0, 0)
print("strftime from tuple:", time.strftime("%d %B %Y, %I:%M:%S %p", tuple_time))
print("timegm from tuple:", calendar.timegm(tuple_time))
print("gmtime of negative:", time.strftime("%Y-%m-%d %H:%M", time.gmtime(-1)))
print("time.struct_time index:", st[0], st[-1])
