# Weekly timesheet payroll: parse clock-in/out entries, overtime and night premiums, per-employee payslips
import csv
import io
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP

TIMESHEET = """employee,date,in,out,break_min
rosa,2024-04-08,08:00,16:30,30
rosa,2024-04-09,08:00,18:00,30
rosa,2024-04-10,07:45,17:15,45
rosa,2024-04-11,08:00,16:00,30
rosa,2024-04-12,08:00,19:30,30
tariq,2024-04-08,22:00,06:00,30
tariq,2024-04-09,22:00,06:30,30
tariq,2024-04-11,21:00,05:00,60
mei,2024-04-08,09:00,13:00,0
mei,2024-04-10,09:00,13:00,0
mei,2024-04-12,09:00,12:00,0
mei,2024-04-13,10:00,09:00,0
"""
RATES = {"rosa": Decimal("24.50"), "tariq": Decimal("21.00"), "mei": Decimal("18.75")}
OVERTIME_AFTER = Decimal("40")
NIGHT_START, NIGHT_END = 22, 6
NIGHT_PREMIUM = Decimal("0.25")


def night_hours(start: datetime, end: datetime) -> Decimal:
    minutes, t = 0, start
    while t < end:
        if t.hour >= NIGHT_START or t.hour < NIGHT_END:
            minutes += 1
        t += timedelta(minutes=1)
    return Decimal(minutes) / 60


def money(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


hours = defaultdict(Decimal)
nights = defaultdict(Decimal)
problems = []
for row in csv.DictReader(io.StringIO(TIMESHEET)):
    start = datetime.strptime(f"{row['date']} {row['in']}", "%Y-%m-%d %H:%M")
    end = datetime.strptime(f"{row['date']} {row['out']}", "%Y-%m-%d %H:%M")
    if end <= start:
        end += timedelta(days=1)  # overnight shift
    worked = Decimal((end - start).seconds // 60 - int(row["break_min"])) / 60
    if worked > 16:
        problems.append(f"{row['employee']} {row['date']}: {worked:.2f}h shift looks wrong, skipped")
        continue
    hours[row["employee"]] += worked
    nights[row["employee"]] += night_hours(start, end)

for name in sorted(hours):
    rate = RATES[name]
    total = hours[name]
    regular = min(total, OVERTIME_AFTER)
    overtime = total - regular
    pay_regular = money(regular * rate)
    pay_ot = money(overtime * rate * Decimal("1.5"))
    pay_night = money(nights[name] * rate * NIGHT_PREMIUM)
    gross = pay_regular + pay_ot + pay_night
    print(f"{name.title()} @ {rate}/h")
    print(f"  regular  {regular:6.2f} h  {pay_regular:>9}")
    print(f"  overtime {overtime:6.2f} h  {pay_ot:>9}")
    print(f"  night    {nights[name]:6.2f} h  {pay_night:>9}  (premium {NIGHT_PREMIUM:.0%})")
    print(f"  gross                {gross:>9}")
for p in problems:
    print("WARNING:", p)
print("total hours:", sum(hours.values()).quantize(Decimal("0.01")))
