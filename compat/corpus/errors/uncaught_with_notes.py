# Batch migration that annotates its failure with notes, reports them, then fails uncaught
MIGRATIONS = [
    ("001_create_users", ["CREATE users"]),
    ("002_add_email", ["ALTER users ADD email"]),
    ("003_backfill", ["UPDATE users SET email", "UPDATE orders SET total"]),
    ("004_index", ["CREATE INDEX users_email"]),
]
TABLES = {"users"}


class MigrationError(Exception):
    pass


def execute(statement):
    verb, *rest = statement.split()
    table = rest[1] if verb == "CREATE" and rest[0] == "INDEX" else rest[0]
    if verb == "CREATE" and rest[0] != "INDEX":
        TABLES.add(table)
        return f"created {table}"
    if table not in TABLES:
        raise LookupError(f"no such table: {table}")
    return f"{verb.lower()} ok on {table}"


def migrate():
    applied = []
    for name, statements in MIGRATIONS:
        for i, stmt in enumerate(statements, 1):
            try:
                print(f"[{name}] {execute(stmt)}")
            except LookupError as e:
                e.add_note(f"migration {name}, statement {i} of {len(statements)}: {stmt!r}")
                e.add_note(f"applied so far: {', '.join(applied) or 'none'}")
                raise
        applied.append(name)
    return applied


print("tables before:", sorted(TABLES))
try:
    migrate()
except LookupError as e:
    print(f"error: {e}")
    for note in e.__notes__:
        print(f"  note: {note}")
    raise MigrationError(f"migration aborted ({len(e.__notes__)} notes attached)") from e
