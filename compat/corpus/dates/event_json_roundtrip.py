# Serialise calendar events with datetimes to JSON and back, using isoformat and a custom encoder
import json
from dataclasses import dataclass, asdict
from datetime import date, datetime, timedelta, timezone

@dataclass
class Event:
    title: str
    start: datetime
    duration: timedelta
    tags: list
    created: date

    @property
    def end(self) -> datetime:
        return self.start + self.duration

class DateTimeEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, timedelta):
            return o.total_seconds()
        return super().default(o)

def decode_event(d: dict) -> Event:
    return Event(d["title"], datetime.fromisoformat(d["start"]), timedelta(seconds=d["duration"]),
                 d["tags"], date.fromisoformat(d["created"]))

cet = timezone(timedelta(hours=1), "CET")
events = [
    Event("Planning", datetime(2024, 2, 5, 9, 0, tzinfo=cet), timedelta(hours=1, minutes=30), ["team"], date(2024, 1, 20)),
    Event("Demo", datetime(2024, 2, 9, 16, 0, tzinfo=timezone.utc), timedelta(minutes=45), ["client", "sales"], date(2024, 1, 22)),
    Event("Offsite", datetime(2024, 3, 1, 8, 0), timedelta(days=2), [], date(2024, 1, 5)),
]

payload = json.dumps([asdict(e) for e in events], cls=DateTimeEncoder, indent=2)
print(payload)
restored = [decode_event(d) for d in json.loads(payload)]
for before, after in zip(events, restored):
    print(f"{after.title:<9} ends {after.end.isoformat():<26} equal={before == after} tz={after.start.tzname()}")
try:
    json.dumps({"when": datetime(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": datetime(2024, 1, 1, 12)}, default=str))
