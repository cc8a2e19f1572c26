# Classic itertools recipes implemented and used: unique_everseen, partition, powerset, nth, first_true, flatten
from itertools import chain, combinations, filterfalse, islice, tee, groupby, zip_longest
import operator

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

emails = ["a@x.com", "B@x.com", "a@x.com", "b@X.com", "c@y.org"]
print("unique:", list(unique_everseen(emails)))
print("unique casefold:", list(unique_everseen(emails, key=str.casefold)))
print("justseen:", "".join(unique_justseen("AAAABBBCCDAABBB")))
evens_odds = partition(lambda x: x % 2, range(10))
print("partition:", [list(p) for p in evens_odds])
print("powerset:", ["".join(s) for s in powerset("abc")])
print("nth:", nth(range(100), 42), nth(iter("abc"), 10, "none"))
print("first_true:", first_true([0, "", None, 7, 9]), first_true([], default="nothing"),
      first_true(range(10), pred=lambda x: x > 5))
print("flatten:", list(flatten([[1, 2], (3,), "ab"])))
print("grouper:", list(grouper("ABCDEFG", 3, "-")))
print("quantify:", quantify([1, 0, 3, 0, 5]), quantify("hello world", str.isalpha))
print("chain from dict values:", sorted(chain.from_iterable({"a": [3, 1], "b": [2]}.values())))
