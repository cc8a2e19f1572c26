# Pretty-print a nested service configuration with different indent settings
import json

config = {
    "service": "payments",
    "version": 3,
    "enabled": True,
    "owner": None,
    "limits": {"rps": 250, "burst": 500, "timeout_s": 2.5},
    "regions": ["eu-west-1", "us-east-1"],
    "retry": {"max_attempts": 4, "backoff": [0.1, 0.2, 0.4, 0.8]},
    "empty_list": [],
    "empty_obj": {},
}

print("indent=2:")
print(json.dumps(config, indent=2))
print("indent=4, sort_keys=True (first 8 lines):")
for line in json.dumps(config, indent=4, sort_keys=True).splitlines()[:8]:
    print(line)
print("compact:")
print(json.dumps(config, separators=(",", ":")))
print("default separators, one line:")
print(json.dumps(config["limits"]))
sizes = {name: len(json.dumps(config, **kw)) for name, kw in
         [("default", {}), ("indent2", {"indent": 2}), ("compact", {"separators": (",", ":")})]}
print("sizes in chars:", sizes)
