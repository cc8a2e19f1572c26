# Parse ISO 8601 durations like P1DT2H30M into timedelta and apply them to datetimes
import re
from datetime import datetime, timedelta

PATTERN = re.compile(
    r"^(?P<sign>-)?P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)

def parse_duration(text: str) -> timedelta:
    m = PATTERN.match(text)
    if not m or text in ("P", "PT") or text.endswith("T"):
        raise ValueError(f"invalid ISO 8601 duration: {text!r}")
    parts = {k: float(v) for k, v in m.groupdict().items() if v and k != "sign"}
    td = timedelta(**parts)
    return -td if m.group("sign") else td

def format_duration(td: timedelta) -> str:
    sign = "-" if td < timedelta(0) else ""
    td = abs(td)
    hours, rem = divmod(td.seconds, 3600)
    minutes, seconds = divmod(rem, 60)
    out = sign + "P" + (f"{td.days}D" if td.days else "")
    t = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds or td.microseconds:
        t += f"{seconds}.{td.microseconds:06d}".rstrip("0").rstrip(".") + "S"
    return out + ("T" + t if t else "") if (td.days or t) else "PT0S"

base = datetime(2024, 1, 31, 22, 0)
for text in ["PT15M", "P1D", "P2W", "PT36H", "P1DT2H30M", "PT0.5S", "P1.5D", "-PT90M", "PT1H0M59.25S", "P0D"]:
    td = parse_duration(text)
    print(f"{text:<14} -> {str(td):<22} {format_duration(td):<14} base+ = {base + td:%Y-%m-%d %H:%M:%S}")

for bad in ["P", "PT", "1D", "P1Y", "PT5X"]:
    try:
        parse_duration(bad)
    except ValueError as e:
        print(e)
total = sum((parse_duration(d) for d in ["PT45M", "PT1H20M", "PT2H5M30S"]), timedelta())
print("total of tasks:", total, format_duration(total))
