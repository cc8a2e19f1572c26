# Sliding-window algorithms: max with a monotonic deque, longest substring without repeats, min window
from collections import deque, Counter

def window_max(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out

def longest_unique(s):
    last, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]

def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = None
    for right, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if best is None or right - left < best[1] - best[0]:
                best = (left, right)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1]] if best else ""

def moving_average(xs, k):
    total = sum(xs[:k])
    out = [total / k]
    for i in range(k, len(xs)):
        total += xs[i] - xs[i - k]
        out.append(total / k)
    return out

nums = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0]
print("window max k=3:", window_max(nums, 3))
print("window max k=5:", window_max(nums, 5))
for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "the quick brown fox"]:
    print(f"longest unique in {s!r}: {longest_unique(s)!r}")
print("min window:", repr(min_window("ADOBECODEBANC", "ABC")), repr(min_window("a", "aa")))
prices = [10, 11, 12, 13, 12, 11, 15, 18, 17, 16, 20]
print("moving avg:", [round(x, 2) for x in moving_average(prices, 4)])
