# Mail merge with string.Template: per-recipient letters, safe_substitute, and a custom delimiter template
from string import Template


class PercentTemplate(Template):
    delimiter = "%"


LETTER = Template("""\
Dear $title $last_name,

Your subscription to $product ($plan plan) renews on $renewal_date.
The amount of $$${amount} will be charged to the card ending in $card_last4.
$extra
Kind regards,
${company} billing team""")

SMS = PercentTemplate("Hi %first_name, %product renews %renewal_date: %{amount} USD. Reply STOP to opt out.")

RECIPIENTS = [
    {"title": "Dr.", "first_name": "Amina", "last_name": "Okafor", "product": "CloudVault", "plan": "Team",
     "renewal_date": "2024-09-01", "amount": "480.00", "card_last4": "4242", "vip": True},
    {"title": "Mr.", "first_name": "Lars", "last_name": "Nilsson", "product": "CloudVault", "plan": "Solo",
     "renewal_date": "2024-09-03", "amount": "96.00", "card_last4": "0005", "vip": False},
    {"title": "Ms.", "first_name": "Priya", "last_name": "Raman", "product": "CloudVault", "plan": "Team",
     "renewal_date": "2024-09-07", "amount": "480.00", "vip": False},
]


def merge(recipient: dict, company: str) -> str:
    ctx = dict(recipient, company=company)
    ctx["extra"] = ("As a VIP customer you get priority support.\n" if recipient.get("vip") else "")
    return LETTER.substitute(ctx)


for r in RECIPIENTS:
    print("=" * 50)
    try:
        print(merge(r, "Acme Cloud"))
    except KeyError as missing:
        print(f"[cannot send letter to {r['first_name']}: missing field {missing}]")
        print(LETTER.safe_substitute(r, company="Acme Cloud").splitlines()[3])
print("=" * 50)
for r in RECIPIENTS:
    print(SMS.substitute(r))
print("placeholders in letter:", sorted(set(LETTER.get_identifiers())))
print("letter template valid:", LETTER.is_valid())
try:
    Template("Total: $").substitute()
except ValueError as e:
    print("invalid template:", e)
