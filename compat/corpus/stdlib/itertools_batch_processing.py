# Batch and window records with itertools: islice, groupby, chain, accumulate, pairwise, zip_longest
import itertools
import operator

events = [
    ("2024-01-01", "login", 1), ("2024-01-01", "view", 3), ("2024-01-01", "view", 2),
    ("2024-01-02", "login", 1), ("2024-01-02", "purchase", 1),
    ("2024-01-03", "view", 7), ("2024-01-03", "logout", 1),
]


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


for i, b in enumerate(batched(events, 3)):
    print(f"batch {i}: {[e[1] for e in b]}")

for day, group in itertools.groupby(events, key=operator.itemgetter(0)):
    group = list(group)
    print(day, len(group), "events,", sum(e[2] for e in group), "units")

by_type = sorted(events, key=operator.itemgetter(1))
print({k: sum(e[2] for e in g) for k, g in itertools.groupby(by_type, key=operator.itemgetter(1))})

daily = [3, 5, 2, 8, 1]
print("running total:", list(itertools.accumulate(daily)))
print("running max:", list(itertools.accumulate(daily, max)))
print("with initial:", list(itertools.accumulate(daily, operator.mul, initial=1)))
print("deltas:", [b - a for a, b in itertools.pairwise(daily)])
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(itertools.filterfalse(str.isdigit, "a1b2c3")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
a, b = itertools.tee(range(4))
print(list(a), list(zip(b, itertools.count(100, 10))))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), list(itertools.repeat("ab", 3)))
