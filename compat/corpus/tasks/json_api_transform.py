# Transform a nested JSON API response into flat records, aggregates and a new JSON payload
import json

RESPONSE = """
{
  "meta": {"page": 1, "per_page": 4, "total": 4},
  "data": [
    {"id": "u1", "type": "user",
     "attributes": {"name": "Ada Lovelace", "email": "ADA@Example.com", "signup": "2023-11-02",
                    "plan": {"tier": "pro", "seats": 5}},
     "relationships": {"orders": [{"id": "o1", "total": 120.5}, {"id": "o2", "total": 80}]}},
    {"id": "u2", "type": "user",
     "attributes": {"name": "Grace Hopper", "email": "grace@example.com", "signup": "2024-01-15",
                    "plan": null},
     "relationships": {"orders": []}},
    {"id": "u3", "type": "user",
     "attributes": {"name": "Alan Turing", "email": " alan@EXAMPLE.com ", "signup": "2022-06-23",
                    "plan": {"tier": "team", "seats": 12}},
     "relationships": {"orders": [{"id": "o3", "total": 999.99}]}},
    {"id": "x9", "type": "bot", "attributes": {"name": "crawler"}, "relationships": {}}
  ]
}
"""


def flatten_user(item: dict) -> dict:
    attrs = item["attributes"]
    plan = attrs.get("plan") or {}
    orders = item.get("relationships", {}).get("orders", [])
    first, _, last = attrs["name"].partition(" ")
    return {
        "id": item["id"],
        "first_name": first,
        "last_name": last,
        "email": attrs["email"].strip().lower(),
        "signup_year": int(attrs["signup"][:4]),
        "tier": plan.get("tier", "free"),
        "seats": plan.get("seats", 1),
        "order_count": len(orders),
        "lifetime_value": round(sum(o["total"] for o in orders), 2),
    }


def main():
    payload = json.loads(RESPONSE)
    users = [flatten_user(d) for d in payload["data"] if d["type"] == "user"]
    skipped = [d["id"] for d in payload["data"] if d["type"] != "user"]
    print(f"flattened {len(users)} users, skipped {skipped}")
    for u in users:
        print(json.dumps(u, sort_keys=True))

    by_tier = {}
    for u in users:
        t = by_tier.setdefault(u["tier"], {"users": 0, "seats": 0, "ltv": 0.0})
        t["users"] += 1
        t["seats"] += u["seats"]
        t["ltv"] += u["lifetime_value"]
    out = {
        "generated_from_page": payload["meta"]["page"],
        "tiers": {k: by_tier[k] for k in sorted(by_tier)},
        "top_customer": max(users, key=lambda u: u["lifetime_value"])["email"],
        "emails": sorted(u["email"] for u in users),
    }
    print(json.dumps(out, indent=2))
    print("compact size:", len(json.dumps(out, separators=(",", ":"))))


main()
