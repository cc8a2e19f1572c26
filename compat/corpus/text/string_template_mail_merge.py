# Mail-merge letters using string.Template with substitute and safe_substitute
from string import Template

letter = Template("""Dear $title $last_name,

Your order #$order_id of ${qty}x $item totals $$${total}.
It ships to ${city} on $ship_date.
""")

customers = [
    dict(title="Dr.", last_name="Who", order_id=1001, qty=2, item="TARDIS key", total="39.98", city="London", ship_date="Mon"),
    dict(title="Ms.", last_name="Lovelace", order_id=1002, qty=1, item="Engine", total="1,200.00", city="Cambridge"),
]

for c in customers:
    print(letter.safe_substitute(c))
    print("-" * 40)

try:
    letter.substitute(customers[1])
except KeyError as e:
    print("missing key:", e)

class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

t = Percent("Progress: %done of %total (%{pct}%%)")
print(t.substitute(done=3, total=4, pct=75))
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
print("identifiers:", Template("$a ${b} $$c $d").get_identifiers())
print("valid:", Template("$ok").is_valid(), Template("bad $").is_valid())
try:
    Template("price: $").substitute()
except ValueError as e:
    print("ValueError:", e)
