# Descriptive statistics for a set of response times using the statistics module
import statistics as st

response_ms = [120, 135, 98, 210, 143, 98, 175, 160, 98, 132, 149, 310, 127, 118, 140]

print("count:", len(response_ms))
print("mean:", st.mean(response_ms))
print("fmean:", st.fmean(response_ms))
print("median:", st.median(response_ms))
print("median_low/high:", st.median_low(response_ms), st.median_high(response_ms))
print("median_grouped:", st.median_grouped(response_ms))
print("mode:", st.mode(response_ms))
print("multimode:", st.multimode([1, 1, 2, 2, 3]))
print("stdev:", st.stdev(response_ms))
print("pstdev:", st.pstdev(response_ms))
print("variance:", st.variance(response_ms))
print("pvariance:", st.pvariance(response_ms))
print(f"range: {min(response_ms)}..{max(response_ms)}")

mu = st.mean(response_ms)
sigma = st.stdev(response_ms)
outliers = [x for x in response_ms if abs(x - mu) > 2 * sigma]
print("outliers (>2 sigma):", outliers)
trimmed = sorted(response_ms)[1:-1]
print(f"trimmed mean: {st.mean(trimmed):.2f}")

even = [4, 1, 3, 2]
print("median of even-length:", st.median(even), type(st.median(even)).__name__)
print("mean of floats:", st.mean([0.1, 0.2, 0.3]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([5])
except st.StatisticsError as e:
    print("StatisticsError:", e)
