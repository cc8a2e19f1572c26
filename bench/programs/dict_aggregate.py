# Sales ledger aggregation: nested dicts, defaultdict, setdefault, pivot tables.
import sys
from collections import defaultdict

N = int(sys.argv[1]) if len(sys.argv) > 1 else 450000

REGIONS = ("EMEA", "APAC", "AMER", "LATAM")
PRODUCTS = ("widget", "gadget", "doohickey", "gizmo", "sprocket", "flange")
CHANNELS = ("web", "store", "partner")


def records(n):
    s = 99
    for i in range(n):
        s = (1664525 * s + 1013904223) & 0xFFFFFFFF
        yield {
            "month": 1 + i * 12 // n,
            "region": REGIONS[s % 4],
            "product": PRODUCTS[(s >> 4) % 6],
            "channel": CHANNELS[(s >> 8) % 3],
            "units": 1 + (s >> 12) % 20,
            "unit_price": 5 + (s >> 17) % 95,
            "returned": (s >> 24) % 17 == 0,
        }


pivot = defaultdict(lambda: defaultdict(int))
by_channel = {}
monthly = defaultdict(lambda: [0, 0])
returns = defaultdict(set)
best_sale = {}
for r in records(N):
    revenue = r["units"] * r["unit_price"]
    if r["returned"]:
        returns[r["product"]].add(r["month"])
        revenue = -revenue
    pivot[r["region"]][r["product"]] += revenue
    ch = by_channel.setdefault(r["channel"], {"count": 0, "units": 0})
    ch["count"] += 1
    ch["units"] += r["units"]
    m = monthly[r["month"]]
    m[0] += 1
    m[1] += revenue
    key = (r["region"], r["channel"])
    if revenue > best_sale.get(key, 0):
        best_sale[key] = revenue

print("%-6s" % "", " ".join("%10s" % p for p in PRODUCTS))
for region in REGIONS:
    print("%-6s" % region, " ".join("%10d" % pivot[region][p] for p in PRODUCTS))
print("channels", sorted((k, v["count"], v["units"]) for k, v in by_channel.items()))
print("monthly", [monthly[m][1] for m in sorted(monthly)])
print("returns", {p: sorted(ms)[:4] for p, ms in sorted(returns.items())})
print("best", sorted(best_sale.items())[:4])
totals = {region: sum(row.values()) for region, row in pivot.items()}
print("ranking", sorted(totals, key=totals.get, reverse=True), sum(totals.values()))
