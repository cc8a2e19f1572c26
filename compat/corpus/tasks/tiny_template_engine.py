# A tiny template engine: {{ var|filter }}, {% for %} and {% if %} blocks, compiled with re
import html
import re

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)
FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "escape": html.escape,
    "money": lambda v: f"${float(v):,.2f}",
    "length": len,
}


class TemplateError(Exception):
    pass


def lookup(expr, ctx):
    value = ctx
    for part in expr.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError(f"undefined variable: {expr}")
    return value


def evaluate(expr, ctx):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = lookup(name, ctx)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter: {f}")
        value = FILTERS[f](value)
    return value


def render(template, ctx):
    tokens = TOKEN.split(template)
    out, _ = _render(tokens, 0, ctx, stop=())
    return "".join(out)


def _render(tokens, i, ctx, stop):
    out = []
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("{{"):
            out.append(str(evaluate(tok[2:-2].strip(), ctx)))
        elif tok.startswith("{%"):
            words = tok[2:-2].split()
            if words[0] in stop:
                return out, i
            if words[0] == "for":
                var, seq = words[1], lookup(words[3], ctx)
                body_start = i + 1
                end = body_start
                if not seq:
                    _, end = _skip(tokens, body_start, "for", "endfor")
                for item in seq:
                    part, end = _render(tokens, body_start, {**ctx, var: item}, ("endfor",))
                    out.extend(part)
                i = end
            elif words[0] == "if":
                cond = bool(lookup(words[1], ctx))
                if cond:
                    part, end = _render(tokens, i + 1, ctx, ("endif",))
                    out.extend(part)
                else:
                    end = _skip(tokens, i + 1, "if", "endif")[1]
                i = end
            else:
                raise TemplateError(f"unknown tag: {words[0]}")
        else:
            out.append(tok)
        i += 1
    if stop:
        raise TemplateError(f"missing {stop[0]}")
    return out, i


def _skip(tokens, i, open_tag, close_tag):
    depth = 1
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("{%"):
            word = tok[2:-2].split()[0]
            depth += word == open_tag
            depth -= word == close_tag
            if depth == 0:
                return None, i
        i += 1
    raise TemplateError(f"missing {close_tag}")


TEMPLATE = """Hello {{ user.name|title }}!
{% if orders %}You have {{ orders|length }} order(s):
{% for o in orders %}  - #{{ o.id }} {{ o.item|escape }}: {{ o.total|money }}
{% endfor %}{% endif %}{% if coupons %}Coupons: {% for c in coupons %}[{{ c|upper }}] {% endfor %}
{% endif %}Bye."""

print(render(TEMPLATE, {"user": {"name": "ada lovelace"},
                        "orders": [{"id": 1, "item": "Fish & Chips", "total": 12.5},
                                   {"id": 2, "item": "<Tea>", "total": 1234.5}],
                        "coupons": ["spring10", "vip"]}))
print("---")
print(render(TEMPLATE, {"user": {"name": "GRACE"}, "orders": [], "coupons": []}))
print("---")
for bad in ["{{ missing }}", "{{ user.name|shout }}", "{% for x in xs %}{{ x }}", "{% while %}"]:
    try:
        render(bad, {"user": {"name": "x"}, "xs": [1]})
    except TemplateError as e:
        print("TemplateError:", e)
