# Parse a multi-section INI config with configparser: defaults, interpolation, typed getters, validation
import configparser

CONFIG_TEXT = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO
timeout = 30

[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = no
static_dir = %(base_dir)s/static

[database]
url = postgresql://app@db.internal:5432/app
pool_size = 10
timeout = 5.5

[cache]
enabled = yes
ttl_seconds = 300
servers = cache-1:11211, cache-2:11211 ,cache-3:11211

[features]
new_checkout = true
beta_search = off
dark_mode = maybe
"""


def load(text: str) -> configparser.ConfigParser:
    cp = configparser.ConfigParser()
    cp.read_string(text)
    return cp


def validate(cp: configparser.ConfigParser) -> list[str]:
    problems = []
    port = cp.getint("server", "port")
    if not 1024 <= port <= 65535:
        problems.append(f"server.port {port} out of range")
    if cp.getint("database", "pool_size") < cp.getint("server", "workers"):
        problems.append("database.pool_size smaller than server.workers")
    for key in cp["features"]:
        if key in cp.defaults():
            continue
        try:
            cp.getboolean("features", key)
        except ValueError:
            problems.append(f"features.{key} is not a boolean: {cp['features'][key]!r}")
    return problems


def main():
    cp = load(CONFIG_TEXT)
    print("sections:", cp.sections())
    srv = cp["server"]
    print(f"server: {srv['host']}:{srv.getint('port')} workers={srv.getint('workers')} "
          f"debug={srv.getboolean('debug')}")
    print("static dir (interpolated):", srv["static_dir"])
    print("server timeout (from DEFAULT):", cp.getint("server", "timeout"))
    print("database timeout (overridden):", cp.getfloat("database", "timeout"))
    servers = [s.strip() for s in cp.get("cache", "servers").split(",")]
    print("cache servers:", servers)
    print("cache ttl:", cp.getint("cache", "ttl_seconds", fallback=60))
    print("missing option with fallback:", cp.get("cache", "namespace", fallback="default"))
    print("own keys of [features]:", [k for k in cp["features"] if k not in cp.defaults()])
    for problem in validate(cp):
        print("CONFIG WARNING:", problem)
    try:
        cp.getint("server", "host")
    except ValueError as e:
        print("type error caught:", e)
    try:
        cp.get("metrics", "port")
    except configparser.NoSectionError as e:
        print("missing section:", e)


main()
