"""A data tool: users write Python transforms over a SQLite database; they run sandboxed.

The guest sees one host function, query(sql, params=[]), which returns rows as dicts. It
can read the database and compute, and nothing else: no file, no network, a fuel and time
budget per run. examples/README.md walks through it.

    PYTHONPATH=build/python python3 examples/data_tool.py
"""
import json
import os
import sqlite3
import tempfile
import time

import mpsandbox

MAX_ROWS = 1000        # rows one query may return to the guest
QUERY_SECONDS = 0.5    # SQLite time one query may take (host work is not metered: bound it here)


def create_database(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sales (region TEXT, product TEXT, units INTEGER, price REAL)")
    db.executemany("INSERT INTO sales VALUES (?, ?, ?, ?)", [
        ("north", "apple", 120, 0.5), ("north", "pear", 40, 0.75), ("south", "apple", 300, 0.45),
        ("south", "fig", 25, 2.0), ("east", "pear", 90, 0.7), ("east", "fig", 60, 1.9),
    ])
    db.commit()
    db.close()


def reads_only(action, arg1, arg2, db_name, trigger):
    # Called by SQLite for each action of a statement while it is prepared: reading
    # tables (recursive CTEs included) and calling functions is allowed; INSERT, UPDATE,
    # DELETE, CREATE, DROP, ATTACH, PRAGMA and the rest are refused before they run.
    allowed = (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
               sqlite3.SQLITE_RECURSIVE)
    return sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY


def open_readonly(path):
    # mode=ro makes SQLite refuse every write to this file, but not everything: ATTACH
    # 'x.db' would still create and write another file in the host's working directory.
    # The authorizer is what makes the connection read-only: it refuses, before it runs,
    # every statement that is not a read.
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    db.set_authorizer(reads_only)
    return db


def make_query(db):
    def query(sql, params=()):
        """query(sql, params=[]): the rows of one SELECT, as dicts (at most MAX_ROWS)."""
        if not isinstance(sql, str) or not isinstance(params, (list, tuple)):
            raise TypeError("query(sql: str, params: list)")
        deadline = time.monotonic() + QUERY_SECONDS
        # A query's work happens here, in the host, outside the guest's fuel and timeout:
        # SQLite calls this every 10,000 steps and a true answer aborts the query.
        db.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            rows = db.execute(sql, params).fetchmany(MAX_ROWS + 1)
        except sqlite3.DatabaseError as e:
            if time.monotonic() > deadline:  # the progress handler stopped it
                raise TimeoutError(f"query took more than {QUERY_SECONDS} s") from None
            if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_AUTH:  # the authorizer
                raise PermissionError(f"query refused: {e}") from None
            raise ValueError(f"query failed: {e}") from None  # a syntax error, a missing table
        finally:
            db.set_progress_handler(None, 0)
        if len(rows) > MAX_ROWS:
            raise ValueError(f"query returned more than {MAX_ROWS} rows; aggregate in SQL")
        return [dict(r) for r in rows]
    return query


# What a user of the tool writes: revenue per region for products selling at least
# `min_units`, best first. `min_units` is an input; the last expression is the result.
TRANSFORM = """
rows = query("SELECT region, units, price FROM sales WHERE units >= ?", [min_units])
revenue = {}
for r in rows:
    revenue[r["region"]] = revenue.get(r["region"], 0) + r["units"] * r["price"]
print(len(rows), "rows read")
sorted(([k, round(v, 2)] for k, v in revenue.items()), key=lambda kv: -kv[1])
"""

# What a careless or hostile user writes.
ATTEMPTS = {
    "an endless loop": "n = 0\nwhile True:\n    n += 1",
    "a write": "query('DELETE FROM sales')",
    "a new file through ATTACH": "query(\"ATTACH 'copy.db' AS c\")",
    "a query that runs for ever": (
        "query('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT count(*) FROM c')"),
}


def report(label, r):
    """One line per run, as the tool would show it to its user."""
    if r.ok:
        print(f"{label}: ok, {r.stdout.strip()}; result {r.value_json}")
    elif r.error is not None:
        print(f"{label}: {r.status}, {r.error.type}: {r.error.message} (line {r.error.line})")
    else:
        print(f"{label}: {r.status}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sales.db")
        create_database(path)
        db = open_readonly(path)

        limits = mpsandbox.Limits(fuel=100_000_000, timeout_ms=2000, memory_bytes=32 << 20)
        with mpsandbox.Session(limits) as session:  # the default Policy: no files at all
            session.register_function(make_query(db), name="query")

            r = session.exec(TRANSFORM, inputs={"min_units": 50})
            report("transform", r)
            table = json.loads(r.value_json)  # plain Python data on the host side
            print("best region:", table[0][0], table[0][1])

            for label, code in ATTEMPTS.items():
                report(label, session.exec(code, fuel=20_000_000, timeout_ms=1000))

            # Nothing those did stayed: the data is intact and the session still works.
            count = db.execute("SELECT count(*) FROM sales").fetchone()[0]
            print("after the attempts:", count, "rows in sales;",
                  "session goes on:", session.exec("len(rows)").value, "rows kept from the transform")
        db.close()


if __name__ == "__main__":
    main()
