# Summarise sensor readings with statistics: mean/median/mode, stdev, quantiles, correlation, regression
import statistics as st
from fractions import Fraction

temps = [21.3, 22.1, 21.8, 23.4, 22.9, 21.1, 22.5, 30.2, 22.0, 21.7]
humidity = [40, 42, 41, 47, 45, 39, 44, 60, 43, 41]

print("mean:", round(st.mean(temps), 4), "fmean:", round(st.fmean(temps), 4))
print("median:", st.median(temps), "low/high:", st.median_low(temps), st.median_high(temps))
print("mode:", st.mode(humidity), "multimode:", st.multimode(humidity))
print("stdev:", round(st.stdev(temps), 4), "pstdev:", round(st.pstdev(temps), 4))
print("variance:", round(st.variance(temps), 4), "pvariance:", round(st.pvariance(temps), 4))
print("quartiles:", [round(q, 3) for q in st.quantiles(temps, n=4)])
print("deciles:", [round(q, 2) for q in st.quantiles(humidity, n=10, method="inclusive")])
print("harmonic:", round(st.harmonic_mean([40, 60]), 4), "geometric:", round(st.geometric_mean([1, 10, 100]), 4))
print("correlation:", round(st.correlation(temps, humidity), 4))
slope, intercept = st.linear_regression(temps, humidity)
print(f"humidity ~ {slope:.3f} * temp + {intercept:.3f}")
print("median_grouped:", st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))

mu, sigma = st.mean(temps), st.stdev(temps)
outliers = [t for t in temps if abs(t - mu) > 2 * sigma]
print("outliers (>2 sigma):", outliers)
print("mean of fractions:", st.mean([Fraction(1, 3), Fraction(1, 6)]))

nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 4), round(nd.inv_cdf(0.975), 3), round(nd.pdf(100), 5))
print(nd + st.NormalDist(0, 20), round(nd.overlap(st.NormalDist(110, 15)), 4))
fit = st.NormalDist.from_samples(humidity)
print(round(fit.mean, 3), round(fit.stdev, 3))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
