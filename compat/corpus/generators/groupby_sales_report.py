# Sales report with itertools.groupby after sorting, operator.itemgetter, and per-group aggregates
from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "north", "rep": "kim", "month": "2024-01", "amount": 1200},
    {"region": "south", "rep": "lee", "month": "2024-01", "amount": 800},
    {"region": "north", "rep": "kim", "month": "2024-02", "amount": 950},
    {"region": "north", "rep": "ola", "month": "2024-01", "amount": 400},
    {"region": "west", "rep": "max", "month": "2024-02", "amount": 2200},
    {"region": "south", "rep": "lee", "month": "2024-02", "amount": 1300},
    {"region": "south", "rep": "sam", "month": "2024-02", "amount": 300},
    {"region": "west", "rep": "max", "month": "2024-01", "amount": 1750},
    {"region": "north", "rep": "ola", "month": "2024-02", "amount": 610},
]

key = itemgetter("region", "rep")
for (region, rep), rows in groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    total = sum(r["amount"] for r in rows)
    print(f"{region:6} {rep:4} months={len(rows)} total={total:5d} best={max(r['amount'] for r in rows)}")

print()
by_region = {k: sum(map(itemgetter("amount"), g)) for k, g in groupby(sorted(sales, key=itemgetter("region")), key=itemgetter("region"))}
grand = sum(by_region.values())
for region, total in sorted(by_region.items(), key=itemgetter(1), reverse=True):
    print(f"{region:6} {total:6d} {total / grand:6.1%} {'*' * (total // 250)}")

unsorted = groupby(s["region"] for s in sales)
print("unsorted groupby runs:", [(k, len(list(g))) for k, g in unsorted])

text = "aaabbbcccaaaddddde"
print("runs:", ["".join(g) for _, g in groupby(text)])
print("longest run:", max(((k, len(list(g))) for k, g in groupby(text)), key=itemgetter(1)))
numbers = [1, 2, 3, 7, 8, 10, 11, 12, 13, 20]
ranges = []
for _, g in groupby(enumerate(numbers), key=lambda p: p[1] - p[0]):
    block = [v for _, v in g]
    ranges.append(f"{block[0]}-{block[-1]}" if len(block) > 1 else str(block[0]))
print("collapsed ranges:", ", ".join(ranges))
