# Dataclass eq/unsafe_hash/compare=False/repr=False options in a cache-key use case
from dataclasses import dataclass, field


@dataclass(unsafe_hash=True)
class QueryKey:
    table: str
    filters: tuple = ()
    limit: int = 100
    trace_id: str = field(default="", compare=False, repr=False)


@dataclass(eq=False)
class Connection:
    dsn: str


@dataclass
class Mutable:
    value: int


cache = {}


def run_query(key):
    if key in cache:
        return f"cache hit  {key}"
    cache[key] = f"rows for {key.table}"
    return f"cache miss {key}"


print(run_query(QueryKey("users", (("age", ">", 30),), trace_id="abc")))
print(run_query(QueryKey("users", (("age", ">", 30),), trace_id="xyz")))
print(run_query(QueryKey("users", limit=10)))
print(run_query(QueryKey("orders")))
print(len(cache))

a, b = Connection("db://x"), Connection("db://x")
print(a == b, a == a, len({a, b}), a)
print(Mutable(1) == Mutable(1), Mutable.__hash__)
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)
k = QueryKey("t")
print(hash(k) == hash(QueryKey("t", trace_id="different")), k.trace_id == "")
try:
    QueryKey("a") < QueryKey("b")
except TypeError as e:
    print("TypeError:", e)
