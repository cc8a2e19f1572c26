import configparser
import io

text = """
[DEFAULT]
base = /srv
timeout = 30

[server]
host = example.com
port = 8080
path = %(base)s/www
debug = yes

[client]
retries = 3
ratio = 0.5
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults(), cp["server"]["path"], cp.getint("server", "port"))
print(cp.getboolean("server", "debug"), cp.getfloat("client", "ratio"), cp.get("client", "missing", fallback="fb"))
print(dict(cp["client"]), "server" in cp, cp.has_option("client", "timeout"))
cp["new"] = {"key": "value"}
cp.set("new", "other", "2")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-2\n")
print(ext["b"]["y"])
for bad in ("[s]\nkey\n", "[s]\na=1\n[s]\n", "no section\n"):
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as e:
        print(type(e).__name__, e)
try:
    cp.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError", e)
