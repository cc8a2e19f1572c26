# Net present value and internal rate of return via bisection for project cash flows
def npv(rate: float, flows: list[float]) -> float:
    return sum(cf / (1 + rate) ** t for t, cf in enumerate(flows))

def irr(flows: list[float], lo: float = -0.99, hi: float = 1.0, tol: float = 1e-10) -> float:
    f_lo = npv(lo, flows)
    for _ in range(200):
        mid = (lo + hi) / 2
        f_mid = npv(mid, flows)
        if abs(f_mid) < tol:
            return mid
        if (f_mid > 0) == (f_lo > 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return (lo + hi) / 2

def payback_period(flows):
    cumulative = 0.0
    for t, cf in enumerate(flows):
        prev = cumulative
        cumulative += cf
        if cumulative >= 0 and t > 0:
            return t - 1 + (-prev / cf)
    return None

projects = {
    "Solar farm": [-500_000, 80_000, 95_000, 110_000, 120_000, 125_000, 130_000],
    "App launch": [-120_000, 10_000, 40_000, 70_000, 60_000],
    "Warehouse": [-1_000_000, 150_000, 150_000, 150_000, 150_000, 150_000, 150_000, 150_000],
}
for name, flows in projects.items():
    print(f"{name}:")
    for rate in (0.05, 0.08, 0.12):
        print(f"  NPV @ {rate:.0%}: {npv(rate, flows):>14,.2f}")
    r = irr(flows)
    print(f"  IRR: {r:.4%}  (NPV at IRR: {npv(r, flows):.6f})")
    pb = payback_period(flows)
    print(f"  payback: {pb:.2f} years" if pb is not None else "  payback: never")
