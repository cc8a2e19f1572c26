# Library loans: due dates skipping closed Sundays, late fees and reminders
from datetime import date, timedelta
from decimal import Decimal

LOAN_DAYS = {"book": 21, "dvd": 7, "magazine": 14}
DAILY_FEE = {"book": Decimal("0.25"), "dvd": Decimal("1.00"), "magazine": Decimal("0.10")}
MAX_FEE = Decimal("10.00")
TODAY = date(2024, 10, 14)

def due_date(checked_out: date, kind: str) -> date:
    due = checked_out + timedelta(days=LOAN_DAYS[kind])
    while due.weekday() == 6:  # library closed on Sunday
        due += timedelta(days=1)
    return due

loans = [
    ("Dune", "book", date(2024, 9, 1)),
    ("Casablanca", "dvd", date(2024, 10, 10)),
    ("National Geographic", "magazine", date(2024, 9, 15)),
    ("SICP", "book", date(2024, 7, 4)),
    ("Alien", "dvd", date(2024, 10, 1)),
    ("Python Crash Course", "book", date(2024, 9, 30)),
]

total = Decimal(0)
for title, kind, out in loans:
    due = due_date(out, kind)
    late = (TODAY - due).days
    if late > 0:
        fee = min(DAILY_FEE[kind] * late, MAX_FEE)
        total += fee
        status = f"OVERDUE {late:>3} days, fee ${fee}"
    elif late >= -2:
        status = f"due soon ({-late} days) - reminder sent"
    else:
        status = f"ok, {-late} days left"
    print(f"{title:<22} {kind:<8} out {out:%b %d} due {due:%a %b %d}: {status}")
print(f"total fees owed: ${total}")
renewed = due_date(TODAY, "book")
print("renewing a book today makes it due", renewed.strftime("%A, %d %B %Y"))
