# Caching expensive computations with functools.lru_cache / cache and cached_property
import functools
from dataclasses import dataclass

CALLS = {"shipping": 0, "partitions": 0}


@functools.lru_cache(maxsize=4)
def shipping_quote(origin: str, destination: str, weight_kg: int) -> float:
    CALLS["shipping"] += 1
    zones = {"DE": 1, "FR": 1, "US": 3, "JP": 4, "BR": 4}
    distance = abs(zones[origin] - zones[destination]) + 1
    return round(4.5 + distance * 2.25 + weight_kg * 0.8, 2)


@functools.cache
def partitions(n: int, max_part: int) -> int:
    """Number of ways to write n as a sum of parts <= max_part."""
    CALLS["partitions"] += 1
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    return partitions(n - max_part, max_part) + partitions(n, max_part - 1)


@dataclass
class Portfolio:
    holdings: dict

    @functools.cached_property
    def total_value(self) -> float:
        print("  (computing total value...)")
        return sum(qty * price for qty, price in self.holdings.values())


def main():
    requests = [("DE", "US", 2), ("DE", "FR", 1), ("DE", "US", 2), ("JP", "BR", 10),
                ("DE", "US", 5), ("FR", "DE", 1), ("DE", "FR", 1), ("DE", "US", 2)]
    for req in requests:
        print(f"quote {req}: {shipping_quote(*req):.2f}")
    info = shipping_quote.cache_info()
    print(f"cache: hits={info.hits} misses={info.misses} size={info.currsize}/{info.maxsize}")
    print("real computations:", CALLS["shipping"])

    print("partitions(60, 60) =", partitions(60, 60))
    print("partitions calls with memo:", CALLS["partitions"])
    partitions.cache_clear()
    print("after cache_clear:", partitions.cache_info().currsize)

    p = Portfolio({"ACME": (10, 12.5), "INITECH": (3, 99.0)})
    print("value:", p.total_value)
    print("value again:", p.total_value)
    del p.total_value
    p.holdings["HOOLI"] = (1, 1000.0)
    print("value after invalidation:", p.total_value)

    tax = functools.partial(round, ndigits=1)
    print("partial round:", tax(3.14159))
    total = functools.reduce(lambda acc, x: acc + x, [1, 2, 3, 4], 10)
    print("reduce:", total)


if __name__ == "__main__":
    main()
