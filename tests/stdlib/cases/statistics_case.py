import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 11.25, 1.0, 3.25]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode("aabbbcc"), st.pstdev(data), st.stdev(data), st.variance(data))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.median_grouped([1, 3, 3, 5, 7]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("0.5"), Decimal("0.75")]), st.mean([1, 2, 3, 4]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5, 6], n=3, method="inclusive"))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3], [1, 2, 4]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 6), nd.quantiles(), round(nd.pdf(100), 8))
print(nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.overlap(st.NormalDist(110, 15)), 6))
for f, arg in ((st.mean, []), (st.stdev, [1]), (st.harmonic_mean, [-1, 2]), (st.mode, [])):
    try:
        f(arg)
    except st.StatisticsError as e:
        print("StatisticsError", e)
