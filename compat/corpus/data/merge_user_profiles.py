# Merge user profile dicts from several sources with precedence using ** and |
defaults = {"theme": "light", "lang": "en", "notifications": True, "page_size": 20}
from_db = {"name": "Priya", "lang": "de", "page_size": 50}
from_session = {"theme": "dark"}
from_query = {"page_size": "100"}

merged_star = {**defaults, **from_db, **from_session}
merged_pipe = defaults | from_db | from_session
print("Same result:", merged_star == merged_pipe)
print("Merged:", merged_pipe)

settings = dict(merged_pipe)
settings |= {k: int(v) if k == "page_size" else v for k, v in from_query.items()}
print("After query override:", settings)

changed = {k: (defaults.get(k), settings[k]) for k in settings if defaults.get(k) != settings[k]}
for key, (old, new) in sorted(changed.items()):
    print(f"  {key:<14} {old!r:>8} -> {new!r}")

# which source won each key?
sources = [("defaults", defaults), ("db", from_db), ("session", from_session), ("query", from_query)]
winner = {}
for label, src in sources:
    for k in src:
        winner[k] = label
print("Provenance:", ", ".join(f"{k}={v}" for k, v in sorted(winner.items())))
