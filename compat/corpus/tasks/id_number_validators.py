# Validate identifiers: Luhn credit cards, ISBN-10/13, IBAN mod-97 and card network detection
import re


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"[ -]", "", number)]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


def card_network(number: str) -> str:
    n = re.sub(r"\D", "", number)
    if re.match(r"^4\d{12}(\d{3})?$", n):
        return "Visa"
    if re.match(r"^(5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01])\d{12})$", n):
        return "Mastercard"
    if re.match(r"^3[47]\d{13}$", n):
        return "Amex"
    return "unknown"


def isbn_valid(isbn: str) -> bool:
    s = isbn.replace("-", "").replace(" ", "").upper()
    if len(s) == 10 and re.fullmatch(r"\d{9}[\dX]", s):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
        return total % 11 == 0
    if len(s) == 13 and s.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
        return total % 10 == 0
    return False


def isbn10_to_13(isbn: str) -> str:
    core = "978" + isbn.replace("-", "")[:9]
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearranged = s[4:] + s[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def mask(number: str) -> str:
    n = re.sub(r"\D", "", number)
    return "*" * (len(n) - 4) + n[-4:]


cards = ["4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005", "4111 1111 1111 1112",
         "2221 0000 0000 0009", "1234 5678 9012 3456"]
print("Cards:")
for c in cards:
    print(f"  {mask(c):>19}  {card_network(c):<10}  luhn={'ok' if luhn_valid(c) else 'BAD'}")

isbns = ["0-306-40615-2", "0-306-40615-3", "978-0-306-40615-7", "0-8044-2957-X", "12345"]
print("ISBNs:")
for i in isbns:
    extra = f" -> ISBN-13 {isbn10_to_13(i)}" if isbn_valid(i) and len(i.replace('-', '')) == 10 else ""
    print(f"  {i:<18} {'valid' if isbn_valid(i) else 'invalid'}{extra}")

ibans = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01",
         "FR14 2004 1010 0505 0001 3M02 606", "XX00"]
print("IBANs:")
for b in ibans:
    print(f"  {b:<34} {'valid' if iban_valid(b) else 'invalid'}")
