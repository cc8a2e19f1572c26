# Diff yesterday's and today's inventory snapshots: added, removed, changed items
yesterday = {"apple": 40, "banana": 25, "cherry": 0, "date": 12, "elderberry": 7}
today = {"apple": 35, "banana": 25, "date": 20, "fig": 9, "grape": 14, "elderberry": 0}

added = today.keys() - yesterday.keys()
removed = yesterday.keys() - today.keys()
common = today.keys() & yesterday.keys()
changed = {k: (yesterday[k], today[k]) for k in common if yesterday[k] != today[k]}
unchanged = sorted(k for k in common if yesterday[k] == today[k])

print("Added:   ", {k: today[k] for k in sorted(added)})
print("Removed: ", sorted(removed))
print("Changed:")
for k, (old, new) in sorted(changed.items()):
    delta = new - old
    arrow = "▲" if delta > 0 else "▼"
    print(f"  {k:<11}{old:>4} -> {new:<4}{arrow} {delta:+d}")
print("Unchanged:", unchanged)

net = sum(today.values()) - sum(yesterday.values())
print(f"Net stock change: {net:+d} units")
sold_out = [k for k, v in today.items() if v == 0 and yesterday.get(k, 0) > 0]
print("Newly sold out:", sold_out)
patch = {**{k: None for k in removed}, **{k: today[k] for k in added}, **{k: v[1] for k, v in changed.items()}}
rebuilt = {k: v for k, v in (yesterday | patch).items() if v is not None}
print("Patch reproduces today:", rebuilt == today, f"({len(patch)} operations)")
