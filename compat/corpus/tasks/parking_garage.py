# Parking garage simulation: vehicle sizes, spot allocation, tickets and hourly fees from an event log
import math
from dataclasses import dataclass
from enum import Enum


class Size(Enum):
    MOTORCYCLE = 1
    CAR = 2
    VAN = 3


RATES = {Size.MOTORCYCLE: 1.00, Size.CAR: 2.50, Size.VAN: 4.00}  # per started hour
DAILY_CAP = 20.0


@dataclass
class Spot:
    label: str
    size: Size
    plate: str | None = None


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, layout: dict[Size, int]):
        self.spots = []
        for size, count in layout.items():
            for i in range(1, count + 1):
                self.spots.append(Spot(f"{size.name[0]}{i}", size))
        self.tickets: dict[str, tuple[Spot, int]] = {}
        self.revenue = 0.0

    def park(self, plate: str, size: Size, minute: int) -> str:
        candidates = [s for s in self.spots if s.plate is None and s.size.value >= size.value]
        if not candidates:
            raise GarageFull(f"no spot for {size.name.lower()} {plate}")
        spot = min(candidates, key=lambda s: (s.size.value, s.label))
        spot.plate = plate
        self.tickets[plate] = (spot, minute)
        return spot.label

    def leave(self, plate: str, minute: int) -> float:
        spot, entered = self.tickets.pop(plate)
        hours = max(1, math.ceil((minute - entered) / 60))
        days, rest = divmod(hours, 24)
        fee = days * DAILY_CAP + min(DAILY_CAP, rest * RATES[spot.size])
        spot.plate = None
        self.revenue += fee
        return fee

    def occupancy(self) -> str:
        return " ".join(f"{s.label}:{s.plate or '-'}" for s in self.spots)


EVENTS = [
    (0, "in", "MC-001", Size.MOTORCYCLE), (5, "in", "CAR-111", Size.CAR), (7, "in", "VAN-900", Size.VAN),
    (8, "in", "CAR-222", Size.CAR), (9, "in", "CAR-333", Size.CAR), (12, "in", "MC-002", Size.MOTORCYCLE),
    (65, "out", "CAR-111", None), (70, "in", "VAN-901", Size.VAN), (200, "out", "MC-001", None),
    (300, "out", "CAR-222", None), (301, "in", "VAN-901", Size.VAN), (1600, "out", "VAN-900", None),
    (3000, "out", "CAR-333", None),
]

garage = Garage({Size.MOTORCYCLE: 1, Size.CAR: 2, Size.VAN: 1})
for minute, kind, plate, size in EVENTS:
    stamp = f"{minute // 60:02d}:{minute % 60:02d}"
    if kind == "in":
        try:
            print(f"{stamp} {plate:<8} parked at {garage.park(plate, size, minute)}")
        except GarageFull as e:
            print(f"{stamp} {plate:<8} turned away: {e}")
    else:
        try:
            print(f"{stamp} {plate:<8} paid ${garage.leave(plate, minute):.2f}")
        except KeyError:
            print(f"{stamp} {plate:<8} no ticket on record, calling attendant")
print("occupancy:", garage.occupancy())
print(f"revenue: ${garage.revenue:.2f}")
