# Walk paginated JSON API responses (simulated as strings) and merge the results
import json

PAGES = {
    None: '{"items": [{"id": 1, "title": "Intro"}, {"id": 2, "title": "Setup"}], "next": "c2", "total": 7}',
    "c2": '{"items": [{"id": 3, "title": "Config"}, {"id": 4, "title": "Deploy"}], "next": "c3", "total": 7}',
    "c3": '{"items": [{"id": 5, "title": "Scale"}, {"id": 6, "title": "Monitor"}], "next": "c4", "total": 7}',
    "c4": '{"items": [{"id": 7, "title": "Retire"}], "next": null, "total": 7}',
}

def fetch(cursor):
    print(f"GET /articles?cursor={cursor or ''}")
    return json.loads(PAGES[cursor])

def fetch_all():
    cursor = None
    while True:
        page = fetch(cursor)
        yield from page["items"]
        cursor = page["next"]
        if cursor is None:
            break

items = list(fetch_all())
print(f"fetched {len(items)} items")
first = json.loads(PAGES[None])
assert len(items) == first["total"], "count mismatch"
by_id = {item["id"]: item["title"] for item in items}
print(json.dumps(by_id))
print(json.dumps({"count": len(items), "titles": [i["title"] for i in items]}, indent=2))
