# Render lists of dicts as GitHub-flavoured Markdown tables with column alignment
from typing import Any, Sequence


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], align: dict[str, str] | None = None) -> str:
    align = align or {}
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:,.2f}"
        if v is None:
            return ""
        return str(v).replace("|", "\\|")

    table = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(3, len(c), *(len(row[i]) for row in table)) for i, c in enumerate(columns)]

    def fmt_row(cells):
        parts = []
        for c, text, w in zip(columns, cells, widths):
            a = align.get(c, "left")
            parts.append(text.rjust(w) if a == "right" else text.center(w) if a == "center" else text.ljust(w))
        return "| " + " | ".join(parts) + " |"

    seps = []
    for c, w in zip(columns, widths):
        a = align.get(c, "left")
        seps.append(":" + "-" * (w - 2) + ":" if a == "center" else "-" * (w - 1) + ":" if a == "right" else "-" * w)
    lines = [fmt_row(columns), "| " + " | ".join(seps) + " |"] + [fmt_row(r) for r in table]
    return "\n".join(lines)


data = [
    {"language": "Python", "year": 1991, "typing": "dynamic", "score": 9.5},
    {"language": "Rust", "year": 2010, "typing": "static", "score": 9.25},
    {"language": "C", "year": 1972, "typing": "static|weak", "score": 7.0},
    {"language": "JavaScript", "year": 1995, "typing": None, "score": 1234.5},
]
print(render_table(data, ["language", "year", "typing", "score"], {"year": "center", "score": "right"}))
print()
print(render_table([{"k": "a", "v": 1}, {"k": "bb"}], ["k", "v"]))
