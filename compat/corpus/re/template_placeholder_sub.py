# Render templates with {{ placeholders }}, defaults and escaping via re.sub callbacks
import re

PLACEHOLDER = re.compile(r"""
    (?P<escaped>\\\{\{)                       # \{{ renders literally
  | \{\{\s*
      (?P<name>[a-zA-Z_][\w.]*)               # dotted variable name
      (?:\s*\|\s*default:(?P<q>["'])(?P<default>.*?)(?P=q))?
    \s*\}\}
""", re.VERBOSE)


def resolve(ctx: dict, dotted: str):
    value = ctx
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def render(template: str, ctx: dict) -> tuple[str, list[str]]:
    missing: list[str] = []

    def repl(m: re.Match) -> str:
        if m["escaped"]:
            return "{{"
        value = resolve(ctx, m["name"])
        if value is None:
            if m["default"] is not None:
                return m["default"]
            missing.append(m["name"])
            return m.group(0)
        return str(value)

    return PLACEHOLDER.sub(repl, template), missing


tpl = ("Hi {{ user.first }} {{user.last}}, order {{ order.id }} ships to {{ order.city | default:'your address' }}.\n"
       "Coupon: {{ coupon | default:\"none\" }}. Literal: \\{{ not a var }}. Unknown: {{ user.age }}")
ctx = {"user": {"first": "Ada", "last": "Lovelace"}, "order": {"id": 42}}
out, missing = render(tpl, ctx)
print(out)
print("missing:", missing)
print("placeholders:", [m["name"] for m in PLACEHOLDER.finditer(tpl) if m["name"]])
