# Build SQL INSERT statements with proper literal quoting and identifier escaping
from datetime import date
from decimal import Decimal


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, bytes):
        return f"X'{value.hex().upper()}'"
    return "'" + str(value).replace("'", "''") + "'"


def insert(table: str, rows: list[dict]) -> str:
    columns = list(rows[0])
    col_sql = ", ".join(quote_ident(c) for c in columns)
    values = ",\n  ".join("(" + ", ".join(literal(r.get(c)) for c in columns) + ")" for r in rows)
    return f"INSERT INTO {quote_ident(table)} ({col_sql}) VALUES\n  {values};"


rows = [
    {"id": 1, "name": "O'Brien", "active": True, "balance": Decimal("10.50"), "joined": date(2020, 2, 29), "avatar": b"\x89PNG"},
    {"id": 2, "name": "Robert'); DROP TABLE students;--", "active": False, "balance": Decimal("-3"), "joined": None, "avatar": None},
    {"id": 3, "name": "Zoë \"Z\" Smith", "active": True, "balance": 0.1, "joined": date(1999, 12, 31)},
]
print(insert("user accounts", rows))
print()
print(insert('weird"table', [{"select": "keyword col", "x y": 42}]))
print(literal("multi\nline"), literal(""), literal(1e100), literal(-0.0))
