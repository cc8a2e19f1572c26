# Library management: books, members, loans with due dates, fines and reservations
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import deque


class LibraryError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    copies: int
    on_loan: int = 0
    waitlist: deque = field(default_factory=deque)

    @property
    def available(self):
        return self.copies - self.on_loan


@dataclass
class Member:
    name: str
    max_loans: int = 2
    loans: dict = field(default_factory=dict)  # isbn -> due date
    fines_cents: int = 0


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self, books):
        self.books = {b.isbn: b for b in books}
        self.members = {}

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)

    def checkout(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        if m.fines_cents > 500:
            raise LibraryError(f"{name} owes ${m.fines_cents / 100:.2f}; pay fines first")
        if len(m.loans) >= m.max_loans:
            raise LibraryError(f"{name} reached the limit of {m.max_loans} loans")
        if b.available == 0 or (b.waitlist and b.waitlist[0] != name):
            if name not in b.waitlist:
                b.waitlist.append(name)
            raise LibraryError(f"'{b.title}' unavailable; {name} is #{list(b.waitlist).index(name) + 1} on waitlist")
        if b.waitlist and b.waitlist[0] == name:
            b.waitlist.popleft()
        b.on_loan += 1
        m.loans[isbn] = today + timedelta(days=self.LOAN_DAYS)
        return f"{name} borrowed '{b.title}', due {m.loans[isbn].isoformat()}"

    def checkin(self, name, isbn, today):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b.on_loan -= 1
        late = (today - due).days
        msg = f"{name} returned '{b.title}'"
        if late > 0:
            fine = late * self.FINE_PER_DAY
            m.fines_cents += fine
            msg += f" {late} day(s) late, fine ${fine / 100:.2f}"
        if b.waitlist:
            msg += f"; notify {b.waitlist[0]}"
        return msg


lib = Library([Book("111", "Dune", 1), Book("222", "Neuromancer", 2), Book("333", "Snow Crash", 1)])
for name in ("ana", "ben", "cy"):
    lib.join(name)
start = date(2024, 3, 1)
script = [
    (0, "out", "ana", "111"), (0, "out", "ben", "111"), (1, "out", "ana", "222"), (2, "out", "ana", "333"),
    (3, "out", "cy", "111"), (40, "in", "ana", "111"), (41, "out", "cy", "111"), (41, "out", "ben", "111"),
    (42, "out", "ana", "333"), (43, "in", "ana", "222"), (44, "out", "ana", "333"),
]
for day, action, who, isbn in script:
    today = start + timedelta(days=day)
    try:
        result = (lib.checkout if action == "out" else lib.checkin)(who, isbn, today)
    except LibraryError as e:
        result = f"DENIED: {e}"
    print(f"{today:%b %d}  {result}")
print()
for m in lib.members.values():
    loans = {lib.books[i].title: d.isoformat() for i, d in m.loans.items()}
    print(f"{m.name}: loans={loans} fines=${m.fines_cents / 100:.2f}")
for b in lib.books.values():
    print(f"{b.title:<12} available {b.available}/{b.copies} waitlist {list(b.waitlist)}")
