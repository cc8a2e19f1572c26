# Parse human-friendly durations like "1h30m", "2 days 4 hours" and "01:02:03" into seconds
import re

UNITS = {
    "w": 604800, "week": 604800, "d": 86400, "day": 86400, "h": 3600, "hr": 3600, "hour": 3600,
    "m": 60, "min": 60, "minute": 60, "s": 1, "sec": 1, "second": 1, "ms": 0.001,
}
PART = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>ms|[a-z]+?)(?:s\b|\b|(?=\d))", re.I)
CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?:\.\d+)?)$")


def parse_duration(text: str) -> float:
    text = text.strip().lower()
    if m := CLOCK.match(text):
        return int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + float(m["s"])
    total, consumed = 0.0, 0
    for m in PART.finditer(text):
        unit = m["unit"].lower()
        if unit not in UNITS:
            raise ValueError(f"unknown unit {m['unit']!r} in {text!r}")
        total += float(m["num"]) * UNITS[unit]
        consumed += len(m.group())
    leftover = re.sub(r"[\s,]|and", "", PART.sub("", text))
    if leftover or not consumed:
        raise ValueError(f"cannot parse {text!r} (leftover {leftover!r})")
    return total


def fmt(seconds: float) -> str:
    s = int(seconds)
    parts = [(s // 86400, "d"), (s % 86400 // 3600, "h"), (s % 3600 // 60, "m"), (s % 60, "s")]
    return "".join(f"{v}{u}" for v, u in parts if v) or "0s"


for text in ["1h30m", "2 days 4 hours", "90s", "1.5h", "01:02:03", "4:05", "3w 2d", "500ms",
             "1 hour, 15 minutes and 30 seconds", "10 parsecs", "soon", "12:75"]:
    try:
        secs = parse_duration(text)
        print(f"{text!r:<36} = {secs:>10g} s  ({fmt(secs)})")
    except ValueError as e:
        print(f"{text!r:<36} error: {e}")
