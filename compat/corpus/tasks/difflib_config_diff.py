# Compare two versions of a config file with difflib: unified diff, similarity and close matches
import difflib

OLD = """\
server:
  host: 0.0.0.0
  port: 8080
  workers: 4
database:
  url: postgres://db:5432/app
  pool: 10
logging:
  level: info
  format: json
"""

NEW = """\
server:
  host: 0.0.0.0
  port: 8443
  workers: 8
  tls: true
database:
  url: postgres://db-primary:5432/app
  pool: 10
logging:
  level: info
"""


def summarize(diff_lines):
    added = sum(1 for l in diff_lines if l.startswith("+") and not l.startswith("+++"))
    removed = sum(1 for l in diff_lines if l.startswith("-") and not l.startswith("---"))
    return added, removed


old_lines = OLD.splitlines(keepends=True)
new_lines = NEW.splitlines(keepends=True)
diff = list(difflib.unified_diff(old_lines, new_lines, fromfile="config.yaml@v1",
                                 tofile="config.yaml@v2", n=1))
print("".join(diff), end="")
added, removed = summarize(diff)
print(f"\n{added} line(s) added, {removed} line(s) removed")

matcher = difflib.SequenceMatcher(None, OLD, NEW)
print(f"similarity ratio: {matcher.ratio():.3f}")
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines).get_opcodes():
    if tag != "equal":
        print(f"{tag:>7} old[{i1}:{i2}] -> new[{j1}:{j2}]")

print("\ncontext diff of the database block:")
for line in difflib.context_diff(old_lines[4:7], new_lines[5:8], fromfile="v1", tofile="v2", n=0):
    print(line, end="")

known_keys = ["host", "port", "workers", "tls", "url", "pool", "level", "format", "timeout"]
for typo in ["prot", "wrokers", "levle", "timout", "colour"]:
    print(f"did you mean for {typo!r}:", difflib.get_close_matches(typo, known_keys, n=2, cutoff=0.6))

print("\nndiff of a single line:")
for line in difflib.ndiff(["  url: postgres://db:5432/app\n"], ["  url: postgres://db-primary:5432/app\n"]):
    print(line, end="")
