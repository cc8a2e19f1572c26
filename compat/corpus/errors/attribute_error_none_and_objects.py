# AttributeError on None results and misspelled attributes, with safe access patterns
import re


class User:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email


def find_user(users, name):
    for u in users:
        if u.name == name:
            return u
    return None


users = [User("ann", "ann@example.com"), User("bob")]

try:
    print(find_user(users, "cy").email)
except AttributeError as e:
    print("1:", e)

try:
    users[1].email.lower()
except AttributeError as e:
    print("2:", e)

try:
    users[0].emial
except AttributeError as e:
    print("3:", e, "| name:", e.name, "| obj is user:", e.obj is users[0])

try:
    re.match(r"\d+", "abc").group()
except AttributeError as e:
    print("4:", e)

try:
    [1, 2, 3].push(4)
except AttributeError as e:
    print("5:", e)

try:
    "text".decode("utf-8")
except AttributeError as e:
    print("6:", e)

try:
    re.not_a_function
except AttributeError as e:
    print("7:", e)

try:
    User.missing_class_attr
except AttributeError as e:
    print("8:", e)

try:
    (42).real = 1
except AttributeError as e:
    print("9:", e)

for name in ("ann", "bob", "cy"):
    user = find_user(users, name)
    email = getattr(user, "email", None) or "<none>"
    print(f"{name}: {email}")
