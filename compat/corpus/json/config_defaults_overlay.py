# Load a user JSON config, overlay it on defaults, validate types and show the effective config
import json

DEFAULTS = {
    "editor": {"font_size": 12, "theme": "solarized", "tab_width": 4, "word_wrap": False},
    "autosave": {"enabled": True, "interval_s": 30},
    "recent_files": [],
}

USER_JSON = """
{
  "editor": {"font_size": 14, "theme": "dracula", "word_wrap": "yes"},
  "autosave": {"interval_s": 10},
  "recent_files": ["notes.md", "todo.txt"],
  "experimental": {"gpu": true}
}
"""

def overlay(defaults, user, path=""):
    result, warnings = {}, []
    for key, default in defaults.items():
        here = f"{path}{key}"
        if key not in user:
            result[key] = default
        elif isinstance(default, dict):
            sub, w = overlay(default, user[key], here + ".")
            result[key], warnings = sub, warnings + w
        elif type(user[key]) is not type(default):
            warnings.append(f"{here}: expected {type(default).__name__}, got {json.dumps(user[key])}; using default")
            result[key] = default
        else:
            result[key] = user[key]
    for key in user.keys() - defaults.keys():
        warnings.append(f"{path}{key}: unknown setting ignored")
    return result, warnings

user = json.loads(USER_JSON)
effective, warnings = overlay(DEFAULTS, user)
print("Warnings:")
for w in sorted(warnings):
    print("  *", w)
print("Effective config:")
print(json.dumps(effective, indent=2))
changed = [f"{s}.{k}" for s, d in DEFAULTS.items() if isinstance(d, dict) for k in d if effective[s][k] != d[k]]
print("Changed from defaults:", changed)
