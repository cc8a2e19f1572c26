# Maximum subarray (Kadane), max product subarray, max circular sum and best stock trade window
def kadane(nums):
    best = cur = nums[0]
    start = best_l = best_r = 0
    for i in range(1, len(nums)):
        if cur < 0:
            cur, start = nums[i], i
        else:
            cur += nums[i]
        if cur > best:
            best, best_l, best_r = cur, start, i
    return best, nums[best_l:best_r + 1]

def max_product(nums):
    hi = lo = best = nums[0]
    for x in nums[1:]:
        cands = (x, hi * x, lo * x)
        hi, lo = max(cands), min(cands)
        best = max(best, hi)
    return best

def max_circular(nums):
    total = sum(nums)
    max_straight = kadane(nums)[0]
    if max_straight < 0:
        return max_straight
    min_straight = -kadane([-x for x in nums])[0]
    return max(max_straight, total - min_straight)

def best_trade(prices):
    lo_i, best = 0, (0, 0, 0)
    for i, p in enumerate(prices):
        if p < prices[lo_i]:
            lo_i = i
        if p - prices[lo_i] > best[0]:
            best = (p - prices[lo_i], lo_i, i)
    return best

def brute(nums):
    return max(sum(nums[i:j]) for i in range(len(nums)) for j in range(i + 1, len(nums) + 1))

cases = [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, 4, -1, 7, 8], [2, -1, 2, -1, 2, -10, 3]]
for c in cases:
    total, sub = kadane(c)
    print(f"{c}: max={total} sub={sub} brute={brute(c)} product={max_product(c)} circular={max_circular(c)}")
prices = [7, 1, 5, 3, 6, 4, 8, 2, 9, 1]
profit, buy, sell = best_trade(prices)
print(f"buy day {buy} at {prices[buy]}, sell day {sell} at {prices[sell]}, profit {profit}")
print("sum of all positive moves:", sum(max(0, b - a) for a, b in zip(prices, prices[1:])))
