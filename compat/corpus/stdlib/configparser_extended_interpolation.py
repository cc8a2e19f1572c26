# ExtendedInterpolation with cross-section references, custom converters and case handling
import configparser

INI = """
[paths]
root: /opt/etl
data: ${root}/data
logs: ${root}/logs

[job.daily]
input: ${paths:data}/incoming
output: ${paths:data}/warehouse
schedule: 02:00
sources: orders, customers , products
retries: 3

[job.hourly]
input: ${paths:data}/stream
output: ${job.daily:output}/hourly
sources: events
MixedCase: kept?
"""

cfg = configparser.ConfigParser(
    interpolation=configparser.ExtendedInterpolation(),
    converters={"list": lambda v: [x.strip() for x in v.split(",") if x.strip()]},
)
cfg.read_string(INI)

for name in cfg.sections():
    if not name.startswith("job."):
        continue
    sec = cfg[name]
    print(f"[{name}]")
    print("  input  =", sec["input"])
    print("  output =", sec["output"])
    print("  sources =", sec.getlist("sources"))
    print("  retries =", sec.getint("retries", fallback=0))
print("option names lowercased:", list(cfg["job.hourly"]))

raw = configparser.ConfigParser(interpolation=None)
raw.read_string("[x]\npct = 100%\nref = ${a}\n")
print(raw["x"]["pct"], raw["x"]["ref"])

bad = configparser.ConfigParser()
bad.read_string("[x]\npct = 100%\n")
try:
    bad["x"]["pct"]
except configparser.InterpolationSyntaxError as e:
    print("InterpolationSyntaxError:", type(e).__name__)

strict = configparser.ConfigParser()
try:
    strict.read_string("[a]\nk=1\n[a]\nk=2\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)

cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[s]\nCamelKey = 1\n")
print(list(cs["s"]))
