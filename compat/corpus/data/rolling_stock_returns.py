# Compute daily returns, volatility and best/worst days for a few stock price series
import math

prices = {
    "ACME": [100.0, 101.5, 99.8, 102.3, 104.0, 103.1, 105.6],
    "BOLT": [50.0, 49.2, 48.9, 51.0, 52.7, 52.1, 50.4],
    "CRUX": [10.0, 10.0, 10.4, 10.9, 10.6, 11.2, 11.5],
}
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon", "Tue"]

def returns(series):
    return [(b - a) / a for a, b in zip(series, series[1:])]

print(f"{'ticker':<7}{'total':>8}{'mean':>9}{'vol':>9}  best day      worst day")
for ticker, series in prices.items():
    r = returns(series)
    mean = sum(r) / len(r)
    vol = math.sqrt(sum((x - mean) ** 2 for x in r) / (len(r) - 1))
    total = series[-1] / series[0] - 1
    best = max(range(len(r)), key=r.__getitem__)
    worst = min(range(len(r)), key=r.__getitem__)
    print(f"{ticker:<7}{total:>8.2%}{mean:>9.3%}{vol:>9.3%}  "
          f"{days[best + 1]} {r[best]:+.2%}   {days[worst + 1]} {r[worst]:+.2%}")

portfolio = {"ACME": 10, "BOLT": 20, "CRUX": 100}
values = [sum(portfolio[t] * prices[t][i] for t in portfolio) for i in range(len(days))]
print("\nPortfolio value by day:")
for d, v in zip(days, values):
    print(f"  {d} {v:>9.2f}")
print(f"Portfolio return: {values[-1] / values[0] - 1:+.3%}")
