# Parse JSON API responses into attribute-access objects with object_hook
import json
from types import SimpleNamespace

RESPONSE = """
{
  "status": "ok",
  "data": {
    "repo": {"name": "tiny-db", "stars": 1543, "license": {"spdx": "MIT"}},
    "contributors": [
      {"login": "mara", "commits": 310},
      {"login": "jun", "commits": 122},
      {"login": "olu", "commits": 57}
    ]
  },
  "meta": {"page": 1, "per_page": 3, "total": 14}
}
"""

resp = json.loads(RESPONSE, object_hook=lambda d: SimpleNamespace(**d))
print("status:", resp.status)
print("repo:", resp.data.repo.name, "stars:", resp.data.repo.stars, "license:", resp.data.repo.license.spdx)
for c in resp.data.contributors:
    print(f"  {c.login:<6}{c.commits:>5}")
pages = -(-resp.meta.total // resp.meta.per_page)
print(f"page {resp.meta.page} of {pages}")
print(resp.data.repo.license)

seen_keys = []
def tracking_hook(d):
    seen_keys.append(sorted(d))
    return d
json.loads(RESPONSE, object_hook=tracking_hook)
print("hook call order (innermost first):")
for keys in seen_keys:
    print("  ", keys)
