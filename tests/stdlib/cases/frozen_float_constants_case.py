# Float literals of frozen modules must be the exact doubles (statistics' inv_cdf
# coefficients have 21 digits; frozen with 16 they were off by an ulp).
import statistics, random, math
nd = statistics.NormalDist()
for p in (0.975, 0.025, 0.5, 0.9, 0.1, 0.999, 0.001, 1e-10, 0.3, 0.7, 0.95, 0.99999):
    print(p, repr(nd.inv_cdf(p)))
print(statistics.NormalDist(100, 15).quantiles(n=10))
print(statistics.NormalDist(2.5, 0.5).inv_cdf(0.8), statistics.NormalDist(0, 1).cdf(1.959963984540054))
print(repr(random.NV_MAGICCONST), repr(random.TWOPI), repr(random.LOG4), repr(random.SG_MAGICCONST), repr(random.RECIP_BPF))
random.seed(3); print(random.gauss(0, 1), random.normalvariate(0, 1), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
