# Generate aligned Markdown tables from lists of dicts, with numeric right alignment
from typing import Any, Iterable, Sequence


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return ""
    return str(value).replace("|", "\\|")


def markdown_table(rows: Sequence[dict], columns: Iterable[str] | None = None) -> str:
    columns = list(columns or rows[0].keys())
    cells = [[_fmt(r.get(c)) for c in columns] for r in rows]
    numeric = [all(isinstance(r.get(c), (int, float)) and not isinstance(r.get(c), bool)
                   for r in rows if r.get(c) is not None) for c in columns]
    widths = [max(len(c), *(len(row[i]) for row in cells), 3) for i, c in enumerate(columns)]

    def line(values):
        out = []
        for v, w, num in zip(values, widths, numeric):
            out.append(v.rjust(w) if num else v.ljust(w))
        return "| " + " | ".join(out) + " |"

    sep = "| " + " | ".join(("-" * (w - 1) + ":") if num else "-" * w
                            for w, num in zip(widths, numeric)) + " |"
    return "\n".join([line(columns), sep] + [line(r) for r in cells])


repos = [
    {"name": "fastparse", "stars": 15234, "lang": "Rust", "archived": False, "coverage": 91.456},
    {"name": "tiny|db", "stars": 87, "lang": "C", "archived": True, "coverage": 45.0},
    {"name": "notebook-tools", "stars": 1203, "lang": "Python", "archived": False, "coverage": None},
    {"name": "x", "stars": 5, "lang": "Go", "archived": False, "coverage": 100.0},
]

print("## Repositories\n")
print(markdown_table(repos))
print()
print("## Top by stars\n")
top = sorted(repos, key=lambda r: r["stars"], reverse=True)[:2]
print(markdown_table(top, columns=["name", "stars"]))
print()
totals = [{"metric": "total stars", "value": sum(r["stars"] for r in repos)},
          {"metric": "mean coverage", "value": sum(r["coverage"] for r in repos if r["coverage"]) / 3}]
print(markdown_table(totals))
