# Meeting room booking: interval overlap checks, first-fit room assignment, free slots per room
from dataclasses import dataclass, field


def to_min(hhmm: str) -> int:
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def to_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(order=True)
class Booking:
    start: int
    end: int
    title: str = field(compare=False)
    attendees: int = field(compare=False, default=2)

    def overlaps(self, other: "Booking") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Room:
    name: str
    capacity: int
    bookings: list = field(default_factory=list)

    def is_free(self, b: Booking) -> bool:
        return all(not b.overlaps(x) for x in self.bookings)

    def free_slots(self, day_start="08:00", day_end="18:00", min_len=30):
        slots, cursor = [], to_min(day_start)
        for b in sorted(self.bookings):
            if b.start - cursor >= min_len:
                slots.append((cursor, b.start))
            cursor = max(cursor, b.end)
        if to_min(day_end) - cursor >= min_len:
            slots.append((cursor, to_min(day_end)))
        return slots


ROOMS = [Room("Huddle", 4), Room("Oak", 8), Room("Auditorium", 40)]
REQUESTS = [
    ("Standup", "09:00", "09:15", 6), ("1:1 Kim/Lee", "09:00", "09:30", 2), ("Design review", "09:10", "10:30", 7),
    ("All hands", "10:00", "11:00", 35), ("Hiring sync", "10:15", "11:00", 3), ("Lunch & learn", "12:00", "13:00", 25),
    ("Budget", "10:30", "12:00", 8), ("Retro", "11:00", "12:00", 9), ("Offsite plan", "14:00", "13:00", 4),
    ("Board call", "12:30", "13:30", 45),
]


def book(title, start, end, attendees):
    b = Booking(to_min(start), to_min(end), title, attendees)
    if b.end <= b.start:
        return f"REJECTED {title}: end before start"
    fitting = sorted((r for r in ROOMS if r.capacity >= attendees), key=lambda r: r.capacity)
    if not fitting:
        return f"REJECTED {title}: no room holds {attendees}"
    for room in fitting:
        if room.is_free(b):
            room.bookings.append(b)
            return f"{title:<14} {start}-{end} -> {room.name}"
    clashes = sorted({x.title for r in fitting for x in r.bookings if x.overlaps(b)})
    return f"REJECTED {title}: clashes with {', '.join(clashes)}"


for req in REQUESTS:
    print(book(*req))
print()
for room in ROOMS:
    busy = sum(b.end - b.start for b in room.bookings)
    print(f"{room.name} ({room.capacity} seats): {len(room.bookings)} bookings, "
          f"{busy / 600:.0%} of the 10h day")
    for b in sorted(room.bookings):
        print(f"    {to_hhmm(b.start)}-{to_hhmm(b.end)} {b.title}")
    print("    free:", ", ".join(f"{to_hhmm(a)}-{to_hhmm(z)}" for a, z in room.free_slots()))
