# Merge overlapping room bookings and find free slots in a working day
bookings = {
    "Room A": [(9.0, 10.5), (10.0, 11.0), (13.0, 14.0), (13.5, 15.0), (16.0, 16.5)],
    "Room B": [(8.5, 9.0), (9.0, 9.5), (12.0, 13.0)],
    "Room C": [],
}
DAY = (8.0, 18.0)

def fmt(t: float) -> str:
    h, m = divmod(round(t * 60), 60)
    return f"{h:02d}:{m:02d}"

def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged

def free_slots(busy, day=DAY):
    slots, cursor = [], day[0]
    for s, e in busy:
        if s > cursor:
            slots.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < day[1]:
        slots.append((cursor, day[1]))
    return slots

for room, ivs in bookings.items():
    busy = merge(ivs)
    free = free_slots(busy)
    used = sum(e - s for s, e in busy)
    print(f"{room}: busy {', '.join(f'{fmt(s)}-{fmt(e)}' for s, e in busy) or 'none'}")
    print(f"        free {', '.join(f'{fmt(s)}-{fmt(e)}' for s, e in free)}")
    print(f"        utilisation {used / (DAY[1] - DAY[0]):.0%}")

everyone_free = free_slots(merge([iv for ivs in bookings.values() for iv in ivs]))
longest = max(everyone_free, key=lambda se: se[1] - se[0])
print("Longest window with all rooms free:", fmt(longest[0]), "-", fmt(longest[1]))
