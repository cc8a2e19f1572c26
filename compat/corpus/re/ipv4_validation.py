# Validate IPv4 addresses and CIDR blocks with a strict octet pattern
import re

OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = re.compile(rf"{OCTET}(?:\.{OCTET}){{3}}")
CIDR = re.compile(rf"(?P<ip>{IPV4.pattern})/(?P<prefix>3[0-2]|[12]?\d)")

candidates = ["192.168.0.1", "255.255.255.255", "256.1.1.1", "10.0.0", "01.2.3.4",
              "1.2.3.4.5", "0.0.0.0", "172.16.254.01", "8.8.8.8 ", "999.999.999.999"]
for c in candidates:
    print(f"{c!r:<20} valid={IPV4.fullmatch(c) is not None}")

print()
for block in ["10.0.0.0/8", "192.168.1.0/24", "1.2.3.4/33", "10.0.0.0/08", "172.16.0.0/12"]:
    m = CIDR.fullmatch(block)
    if m:
        prefix = int(m["prefix"])
        hosts = 2 ** (32 - prefix)
        ip_int = sum(int(o) << (24 - 8 * i) for i, o in enumerate(m["ip"].split(".")))
        print(f"{block:<16} ok   hosts={hosts:>10,} as-int={ip_int}")
    else:
        print(f"{block:<16} invalid")

log = "Blocked 203.0.113.7 and 198.51.100.300; allowed 192.0.2.44, 10.1.1.1."
print("found:", re.findall(rf"(?<![\d.]){IPV4.pattern}(?![\d])", log))
print("private:", [ip for ip in IPV4.findall(log) if re.match(r"10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.", ip)])
