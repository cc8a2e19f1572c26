# Portfolio performance: yearly returns, CAGR, volatility and max drawdown
import math
import statistics

prices = {
    2015: 100.0, 2016: 108.5, 2017: 131.2, 2018: 119.8, 2019: 150.3,
    2020: 171.9, 2021: 212.4, 2022: 175.6, 2023: 213.0, 2024: 248.7,
}
years = sorted(prices)
returns = {y: prices[y] / prices[y - 1] - 1 for y in years[1:]}
for y, r in returns.items():
    bar = ("+" if r >= 0 else "-") * int(abs(r) * 100 / 2)
    print(f"{y}: {prices[y]:>7.1f} {r:>+8.2%} {bar}")

n_years = years[-1] - years[0]
cagr = (prices[years[-1]] / prices[years[0]]) ** (1 / n_years) - 1
print(f"CAGR over {n_years} years: {cagr:.3%}")
print(f"arithmetic mean return: {statistics.mean(returns.values()):.3%}")
vol = statistics.stdev(returns.values())
print(f"volatility (stdev): {vol:.3%}")
risk_free = 0.02
sharpe = (statistics.mean(returns.values()) - risk_free) / vol
print(f"Sharpe ratio: {sharpe:.3f}")

peak = -math.inf
max_dd = 0.0
for y in years:
    peak = max(peak, prices[y])
    dd = prices[y] / peak - 1
    max_dd = min(max_dd, dd)
print(f"max drawdown: {max_dd:.2%}")

weights = {"stocks": 0.6, "bonds": 0.3, "cash": 0.1}
exp_ret = {"stocks": 0.08, "bonds": 0.035, "cash": 0.015}
blend = sum(weights[a] * exp_ret[a] for a in weights)
print(f"blended expected return: {blend:.4f} -> 10y growth factor {(1 + blend) ** 10:.4f}")
print("log returns:", [round(math.log(1 + r), 4) for r in returns.values()])
