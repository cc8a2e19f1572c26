# A tiny templating engine supporting {{ var }}, filters and {% for %} loops
import html


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "escape": html.escape,
    "strip": str.strip,
    "len": lambda v: str(len(v)),
}


def lookup(expr: str, ctx: dict) -> str:
    name, *filters = [p.strip() for p in expr.split("|")]
    value = ctx
    for part in name.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    for f in filters:
        value = FILTERS[f](value if f == "len" else str(value))
    return str(value)


def render(template: str, ctx: dict) -> str:
    out, pos = [], 0
    while True:
        start = template.find("{", pos)
        if start == -1 or start + 1 >= len(template):
            out.append(template[pos:])
            break
        out.append(template[pos:start])
        kind = template[start + 1]
        if kind == "{":
            end = template.index("}}", start)
            out.append(lookup(template[start + 2:end], ctx))
            pos = end + 2
        elif kind == "%":
            end = template.index("%}", start)
            _, var, _, seq = template[start + 2:end].split()
            close = template.index("{% endfor %}", end)
            body = template[end + 2:close]
            for item in ctx[seq]:
                out.append(render(body, {**ctx, var: item}))
            pos = close + len("{% endfor %}")
        else:
            out.append("{")
            pos = start + 1
    return "".join(out)


tpl = """Hello {{ user.name | title }}! You have {{ items | len }} items:
{% for item in items %}  - {{ item.name | upper }} x{{ item.qty }}
{% endfor %}Note: {{ note | escape }} {literal braces}"""

ctx = {
    "user": {"name": "ada lovelace"},
    "items": [{"name": "gear", "qty": 3}, {"name": "lever", "qty": 1}],
    "note": "<b>fragile</b> & \"heavy\"",
}
print(render(tpl, ctx))
print(render("{{ a|strip|upper }}|{{a | len}}", {"a": "  padded "}))
