# NormalDist for exam score analysis: cdf, pdf, inverse_cdf, overlap and z-scores
from statistics import NormalDist

exam = NormalDist(mu=72, sigma=9)
print("distribution:", exam)
print("mean/stdev/variance:", exam.mean, exam.stdev, exam.variance)
print(f"P(score < 60)  = {exam.cdf(60):.4f}")
print(f"P(score > 90)  = {1 - exam.cdf(90):.4f}")
print(f"P(65 < s < 80) = {exam.cdf(80) - exam.cdf(65):.4f}")
print(f"pdf(72) = {exam.pdf(72):.6f}")
print("top 10% cutoff:", round(exam.inv_cdf(0.9), 2))
print("quartiles:", [round(x, 3) for x in exam.quantiles()])
for score in (50, 72, 85, 99):
    print(f"score {score}: z = {exam.zscore(score):+.3f}")

other = NormalDist(78, 6)
print(f"overlap with section B: {exam.overlap(other):.4f}")
combined = exam + other
print("sum of dists:", combined)
print("scaled:", exam * 2, exam + 5)

data = [68, 74, 81, 59, 77, 70, 88, 65, 73, 79]
fitted = NormalDist.from_samples(data)
print(f"fitted: mu={fitted.mean:.2f} sigma={fitted.stdev:.3f}")
std = NormalDist()
for p in (0.5, 0.8413, 0.975, 0.995):
    print(f"standard inv_cdf({p}) = {std.inv_cdf(p):.4f}")
print("std cdf(1.96) =", round(std.cdf(1.96), 5))
