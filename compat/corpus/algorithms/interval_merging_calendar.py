# Interval problems: merging, inserting, free slots, max overlap (sweep line) for a meeting calendar
from dataclasses import dataclass

@dataclass(order=True, frozen=True)
class Interval:
    start: int
    end: int

    def __str__(self):
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"

def t(s):
    h, m = map(int, s.split(":"))
    return h * 60 + m

def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            out[-1] = Interval(out[-1].start, max(out[-1].end, iv.end))
        else:
            out.append(iv)
    return out

def free_slots(busy, day_start, day_end, min_len=30):
    slots, cur = [], day_start
    for iv in merge(busy):
        if iv.start - cur >= min_len:
            slots.append(Interval(cur, iv.start))
        cur = max(cur, iv.end)
    if day_end - cur >= min_len:
        slots.append(Interval(cur, day_end))
    return slots

def max_overlap(intervals):
    events = sorted([(iv.start, 1) for iv in intervals] + [(iv.end, -1) for iv in intervals])
    cur = best = 0
    when = None
    for time, delta in events:
        cur += delta
        if cur > best:
            best, when = cur, time
    return best, when

meetings = [Interval(t(a), t(b)) for a, b in [
    ("09:00", "09:30"), ("09:15", "10:00"), ("11:00", "12:00"), ("11:30", "11:45"),
    ("13:00", "14:30"), ("14:30", "15:00"), ("16:10", "16:40"), ("09:45", "10:15")]]
print("merged:", ", ".join(map(str, merge(meetings))))
print("free:", ", ".join(map(str, free_slots(meetings, t("08:00"), t("18:00")))))
n, at = max_overlap(meetings)
print(f"max concurrent: {n} at {at // 60:02d}:{at % 60:02d}")
print("total busy minutes:", sum(iv.end - iv.start for iv in merge(meetings)))
print("sorted first:", min(meetings), "latest end:", max(meetings, key=lambda iv: iv.end))
