# Summarise API latency samples with percentiles, quantiles and outlier detection
import statistics

latencies_ms = [120, 95, 101, 88, 300, 110, 97, 105, 99, 2500, 130, 92, 115, 108, 98,
                94, 1020, 103, 100, 111, 96, 125, 90, 107]

def percentile(data, p):
    s = sorted(data)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)

print(f"n={len(latencies_ms)} min={min(latencies_ms)} max={max(latencies_ms)}")
print(f"mean={statistics.mean(latencies_ms):.2f} median={statistics.median(latencies_ms)}")
print(f"pstdev={statistics.pstdev(latencies_ms):.2f} mode={statistics.mode([x // 10 * 10 for x in latencies_ms])}")
for p in (50, 90, 95, 99):
    print(f"  p{p:<3}= {percentile(latencies_ms, p):8.2f} ms")

q1, q2, q3 = statistics.quantiles(latencies_ms, n=4)
iqr = q3 - q1
fence = q3 + 1.5 * iqr
print(f"quartiles: {q1}, {q2}, {q3}  IQR={iqr}  upper fence={fence}")
outliers = sorted(x for x in latencies_ms if x > fence)
print("outliers:", outliers)
clean = [x for x in latencies_ms if x <= fence]
print(f"mean without outliers: {statistics.fmean(clean):.3f}")
deciles = statistics.quantiles(clean, n=10)
print("deciles:", [round(d, 1) for d in deciles])
