# Pretty-print a nested API response with pprint at different widths, depths and sort options
import pprint

response = {
    "status": "ok",
    "page": {"number": 2, "size": 3, "total": 57},
    "results": [
        {"id": 101, "name": "Widget Pro", "tags": ["hardware", "sale", "featured"],
         "dimensions": {"w": 10.5, "h": 3.25, "d": 1.0}, "stock": None},
        {"id": 102, "name": "Gadget", "tags": [], "dimensions": {"w": 1, "h": 2, "d": 3},
         "stock": 12, "variants": [("red", 3), ("blue", 9)]},
        {"id": 103, "name": "A very long product name that will certainly need wrapping somewhere",
         "tags": ["x"] * 4, "dimensions": {}, "stock": 0},
    ],
    "links": {"next": "/items?page=3", "prev": "/items?page=1"},
}

pprint.pprint(response, width=60)
print("-" * 20)
pprint.pprint(response, depth=2, width=100)
print("-" * 20)
pprint.pprint(response["results"][1], sort_dicts=False, compact=True, width=40)
print("-" * 20)
text = pprint.pformat(response["page"], width=20)
print(text)
print(pprint.pformat(list(range(30)), compact=True, width=50))
print(pprint.pformat(list(range(30)), width=50).count("\n") + 1, "lines when not compact")
pprint.pprint({"numbers": 1234567890, "frac": 1 / 3}, underscore_numbers=True)
print(pprint.isreadable({"a": [1, 2]}), pprint.isrecursive([1]), pprint.saferepr("x" * 5))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key_" + str(i): list(range(i)) for i in range(5)})
