# Render a simple text Gantt chart from task start dates and durations with dependencies
from datetime import date, timedelta

tasks = {
    "requirements": (None, 5),
    "design": ("requirements", 8),
    "backend": ("design", 15),
    "frontend": ("design", 12),
    "testing": ("backend", 7),
    "docs": ("frontend", 4),
    "release": ("testing", 1),
}
PROJECT_START = date(2024, 4, 1)

def add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d

schedule = {}
for name, (dep, days) in tasks.items():
    start = PROJECT_START if dep is None else add_workdays(schedule[dep][1], 1)
    while start.weekday() >= 5:
        start += timedelta(days=1)
    end = add_workdays(start, days - 1)
    schedule[name] = (start, end)

project_end = max(e for _, e in schedule.values())
total_days = (project_end - PROJECT_START).days + 1
print(f"Project {PROJECT_START} -> {project_end} ({total_days} calendar days)")
header = "".join(str((PROJECT_START + timedelta(days=i)).day % 10) for i in range(total_days))
print(f"{'':<13}{header}")
for name, (start, end) in schedule.items():
    row = []
    for i in range(total_days):
        d = PROJECT_START + timedelta(days=i)
        if start <= d <= end:
            row.append("#" if d.weekday() < 5 else ".")
        else:
            row.append(" ")
    print(f"{name:<13}{''.join(row)}")
print()
for name, (start, end) in schedule.items():
    print(f"{name:<13} {start:%a %d %b} - {end:%a %d %b}  {tasks[name][1]:>2} workdays")
milestones = {n: e for n, (s, e) in schedule.items() if n in ("design", "testing")}
print("milestones:", {k: v.isoformat() for k, v in milestones.items()})
