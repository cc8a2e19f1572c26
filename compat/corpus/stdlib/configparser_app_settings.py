# Read INI settings with configparser: typed getters, fallbacks, BasicInterpolation, DEFAULT section
import configparser
import io

INI = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO

[server]
host = 0.0.0.0
port = 8080
debug = off
workers = 4
static = %(base_dir)s/static

[database]
url = postgresql://db:5432/app
pool_size = 10
timeout = 2.5
ssl = yes

[features]
beta_ui = true
; comment line
legacy_api = 0
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print("sections:", cfg.sections())
print("server keys:", list(cfg["server"]))
print("port:", cfg.getint("server", "port"), type(cfg.getint("server", "port")).__name__)
print("debug:", cfg.getboolean("server", "debug"))
print("static:", cfg.get("server", "static"))
print("static raw:", cfg.get("server", "static", raw=True))
print("timeout:", cfg.getfloat("database", "timeout"))
print("ssl:", cfg["database"].getboolean("ssl"))
print("missing with fallback:", cfg.get("server", "tls_cert", fallback="<none>"))
print("missing int fallback:", cfg.getint("database", "retries", fallback=3))
print("has:", cfg.has_section("cache"), cfg.has_option("features", "beta_ui"))
print("features:", {k: cfg.getboolean("features", k) for k in ("beta_ui", "legacy_api")})
print("log level inherited:", cfg["database"]["log_level"])
try:
    cfg.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cfg.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)

cfg["cache"] = {"backend": "redis", "ttl": "300"}
cfg.set("server", "port", "9090")
cfg.remove_option("features", "legacy_api")
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue().strip())
