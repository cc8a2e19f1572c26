# Render email templates with string.Template, safe_substitute and a custom delimiter
from string import Template
import string

tpl = Template("Hello $name,\nYour order #${order_id} of $$${total} ships on $date.\n")
data = [
    {"name": "Ann", "order_id": 1001, "total": "25.00", "date": "Monday"},
    {"name": "Bob", "order_id": 1002, "total": "9.50", "date": "Friday"},
]
for d in data:
    print(tpl.substitute(d), end="")

partial = tpl.safe_substitute(name="Carol")
print(partial)
try:
    tpl.substitute(name="Dan")
except KeyError as e:
    print("missing key:", e)

bad = Template("cost: $ 5")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
print(tpl.get_identifiers())
print(tpl.is_valid(), bad.is_valid())


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


pt = PercentTemplate("cp %src %{dst}_backup  # 100%% done")
print(pt.substitute(src="a.txt", dst="b"))
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
print(string.capwords("hello   wide  world"), "|", string.capwords("a-b c-d", "-"))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:8])
