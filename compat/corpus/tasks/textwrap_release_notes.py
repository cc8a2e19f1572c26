# Format release notes with textwrap: wrapping, indentation, shortening and dedent
import textwrap

RAW_NOTES = """
    Version 3.2.0 brings a rewritten query planner that is considerably faster on
    large joins, a new streaming export API, and dozens of smaller fixes reported
    by the community over the last release cycle.
"""

CHANGES = [
    ("feature", "Streaming export API: results can now be written incrementally to any file-like object "
                "without materialising the full result set in memory."),
    ("feature", "Query planner rewrite with cost-based join ordering."),
    ("fix", "Fixed a crash when a table name contained unicode combining characters such as 'café'."),
    ("fix", "Connection pool no longer leaks sockets after a timeout during the TLS handshake phase, "
            "which previously exhausted file descriptors on long-running servers."),
    ("deprecation", "The legacy `export_csv()` helper is deprecated and will be removed in 4.0."),
]

WIDTH = 60


def section(title, items):
    out = [title, "-" * len(title)]
    for i, text in enumerate(items, 1):
        bullet = f"{i}. "
        out.append(textwrap.fill(text, width=WIDTH, initial_indent=bullet,
                                 subsequent_indent=" " * len(bullet)))
    return "\n".join(out)


summary = textwrap.dedent(RAW_NOTES).strip()
print("RELEASE 3.2.0".center(WIDTH, "="))
print(textwrap.fill(summary, width=WIDTH))
print()
grouped = {}
for kind, text in CHANGES:
    grouped.setdefault(kind, []).append(text)
for kind, title in (("feature", "New features"), ("fix", "Bug fixes"), ("deprecation", "Deprecations")):
    print(section(title, grouped[kind]))
    print()

print("Short changelog (for the tweet):")
for kind, text in CHANGES:
    print(" *", textwrap.shorten(text, width=45, placeholder=" [...]"))
print()
quoted = textwrap.indent(textwrap.fill(CHANGES[3][1], width=40), "> ", lambda line: True)
print(quoted)
lines = textwrap.wrap(summary, width=WIDTH)
print(f"\nsummary wraps to {len(lines)} lines; longest {max(map(len, lines))} chars")
