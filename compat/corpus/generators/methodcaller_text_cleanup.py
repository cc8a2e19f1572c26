# Text normalisation with operator.methodcaller and map/filter chains over messy CSV-ish input
from operator import methodcaller
import string

raw = """  Alice Smith ;ALICE@EXAMPLE.COM; +1 (555) 010-2000 ;  admin
bob jones;Bob.Jones@Example.org ;555.010.3000;user
 ;;;
CHLOE O'NEIL;chloe@example.net;5550104000;  User  
dave;dave@@broken;not a phone;guest"""

split_fields = methodcaller("split", ";")
strip = methodcaller("strip")
lower = methodcaller("lower")
title = methodcaller("title")

def digits_only(s):
    return "".join(filter(str.isdigit, s))

rows = map(split_fields, raw.splitlines())
rows = (list(map(strip, r)) for r in rows)
rows = filter(any, rows)
people = []
for name, email, phone, role in rows:
    phone_digits = digits_only(phone)
    people.append({
        "name": title(name),
        "email": lower(email),
        "phone": phone_digits[-10:] if len(phone_digits) >= 10 else None,
        "role": lower(role),
        "valid_email": email.count("@") == 1 and "." in email.split("@")[-1],
    })
for p in people:
    print(p)

print("roles:", sorted(set(map(methodcaller("get", "role"), people))))
print("domains:", [p["email"].partition("@")[2] for p in people if p["valid_email"]])
fmt_phone = lambda d: f"({d[:3]}) {d[3:6]}-{d[6:]}" if d else "n/a"
print("phones:", list(map(fmt_phone, map(methodcaller("get", "phone"), people))))
starts = methodcaller("startswith", ("a", "c"))
print("names a/c:", [p["name"] for p in people if starts(p["name"].lower())])
punct_strip = methodcaller("translate", str.maketrans("", "", string.punctuation))
print(punct_strip("O'Neil, Jr. -- (admin)!"))
print("replace count:", methodcaller("replace", "a", "4", 2)("banana bandana"))
