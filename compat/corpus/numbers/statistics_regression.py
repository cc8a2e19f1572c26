# Correlation and linear regression of advertising spend vs sales
from statistics import correlation, covariance, linear_regression, mean

spend = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
sales = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1]

r = correlation(spend, sales)
cov = covariance(spend, sales)
fit = linear_regression(spend, sales)
print(f"correlation r = {r:.6f}")
print(f"r squared     = {r * r:.6f}")
print(f"covariance    = {cov:.6f}")
print(f"slope = {fit.slope:.6f}, intercept = {fit.intercept:.6f}")
print("fit tuple:", fit)

print(f"{'x':>4} {'actual':>8} {'predicted':>10} {'residual':>9}")
sse = 0.0
for x, y in zip(spend, sales):
    pred = fit.slope * x + fit.intercept
    sse += (y - pred) ** 2
    print(f"{x:>4} {y:>8.2f} {pred:>10.3f} {y - pred:>+9.3f}")
print(f"SSE = {sse:.6f}")
for future in (10, 12.5):
    print(f"forecast at spend {future}: {fit.slope * future + fit.intercept:.2f}")

# proportional regression through origin
prop = linear_regression(spend, sales, proportional=True)
print("proportional slope:", round(prop.slope, 6), "intercept:", prop.intercept)

# integer data
xs = [1, 2, 3, 4, 5]
ys = [2, 4, 6, 8, 10]
print("perfect:", correlation(xs, ys), linear_regression(xs, ys))
print("negative:", correlation(xs, ys[::-1]))
print("means:", mean(xs), mean(ys))
