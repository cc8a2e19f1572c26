# Validation layer that collects all field errors into one exception instead of failing fast
import re


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

    def __str__(self):
        lines = [self.args[0]]
        lines += [f"  - {field}: {msg}" for field, msg in self.errors]
        return "\n".join(lines)


def required(value):
    if value in (None, ""):
        raise ValueError("is required")


def email(value):
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", value):
        raise ValueError(f"{value!r} is not a valid email")


def int_range(lo, hi):
    def check(value):
        if value is None:
            return
        n = int(value)
        if not lo <= n <= hi:
            raise ValueError(f"must be between {lo} and {hi}, got {n}")
    return check


SCHEMA = {
    "username": [required],
    "email": [required, email],
    "age": [int_range(13, 120)],
}


def validate(data):
    errors = []
    for field, checks in SCHEMA.items():
        for check in checks:
            try:
                check(data.get(field))
            except ValueError as e:
                msg = str(e)
                if msg.startswith("invalid literal"):
                    msg = "must be an integer"
                errors.append((field, msg))
                break
    unknown = sorted(set(data) - set(SCHEMA))
    errors += [(f, "unknown field") for f in unknown]
    if errors:
        raise ValidationError(errors)
    return data


submissions = [
    {"username": "kim", "email": "kim@example.org", "age": "34"},
    {"username": "", "email": "not-an-email", "age": "7"},
    {"email": "x@y.z", "age": "old", "role": "admin", "extra": 1},
]
for sub in submissions:
    try:
        print("valid:", validate(sub))
    except ValidationError as e:
        print(e)
        print("  fields:", [f for f, _ in e.errors], "| args:", e.args)
