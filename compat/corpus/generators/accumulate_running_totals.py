# itertools.accumulate for balances, running max/min, compound interest and prefix products
from itertools import accumulate
import operator

transactions = [250, -40, -75, 1200, -300, -90, 45, -1600, 60]
balances = list(accumulate(transactions, initial=500))
print("balances:", balances)
print("lowest balance:", min(balances), "at step", balances.index(min(balances)))
print("overdrawn steps:", [i for i, b in enumerate(balances) if b < 0])

temps = [12, 15, 11, 18, 21, 19, 25, 22, 17]
print("running max:", list(accumulate(temps, max)))
print("running min:", list(accumulate(temps, min)))
print("prefix products:", list(accumulate(range(1, 11), operator.mul)))

rates = [0.05, 0.03, -0.02, 0.07, 0.04]
growth = list(accumulate(rates, lambda value, r: round(value * (1 + r), 2), initial=1000.0))
print("portfolio:", growth)

def running_mean(values):
    for i, total in enumerate(accumulate(values), 1):
        yield total / i

print("running mean:", [round(m, 2) for m in running_mean(temps)])
words = ["data", "engineers", "love", "generators"]
print("prefix strings:", list(accumulate(words, lambda a, b: a + " " + b)))
print("cumulative lengths:", list(accumulate(map(len, words))))

def drawdowns(values):
    peaks = accumulate(values, max)
    return [round((v - p) / p * 100, 1) for v, p in zip(values, peaks)]

prices = [100, 104, 101, 98, 107, 103, 99, 110]
print("drawdown %:", drawdowns(prices))
print("empty accumulate:", list(accumulate([])), list(accumulate([], initial=0)))
