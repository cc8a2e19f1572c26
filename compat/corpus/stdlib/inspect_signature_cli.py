# Build a tiny CLI from function signatures with inspect.signature and Parameter kinds
import inspect


def deploy(service: str, version: str = "latest", *, replicas: int = 1, dry_run: bool = False) -> str:
    """Deploy SERVICE at VERSION."""
    return f"deploy {service}@{version} x{replicas}{' (dry run)' if dry_run else ''}"


def scale(service, count: int, /, *extra, force=False, **labels):
    """Scale a service."""
    return f"scale {service} to {count} extra={extra} force={force} labels={labels}"


COMMANDS = {f.__name__: f for f in (deploy, scale)}


def describe(func):
    sig = inspect.signature(func)
    print(f"{func.__name__}{sig}  -- {inspect.getdoc(func)}")
    for name, p in sig.parameters.items():
        default = "required" if p.default is inspect.Parameter.empty else f"default={p.default!r}"
        ann = p.annotation.__name__ if p.annotation is not inspect.Parameter.empty else "-"
        print(f"   {name:8} {p.kind.name:22} {ann:5} {default}")
    print("   returns:", sig.return_annotation if sig.return_annotation is not inspect.Signature.empty else "-")


def invoke(argv):
    func = COMMANDS[argv[0]]
    sig = inspect.signature(func)
    args, kwargs = [], {}
    for token in argv[1:]:
        if token.startswith("--"):
            key, _, val = token[2:].partition("=")
            key = key.replace("-", "_")
            param = sig.parameters.get(key)
            typ = type(param.default) if param and param.default is not inspect.Parameter.empty else str
            kwargs[key] = (val.lower() in ("1", "true", "")) if typ is bool else typ(val) if val else True
        else:
            args.append(token)
    bound = sig.bind(*args, **kwargs)
    bound.apply_defaults()
    print("  bound:", dict(bound.arguments))
    return func(*bound.args, **bound.kwargs)


for f in COMMANDS.values():
    describe(f)
print(invoke(["deploy", "api", "--replicas=3"]))
print(invoke(["deploy", "web", "v2", "--dry-run"]))
print(invoke(["scale", "db", "5", "x", "--force", "--tier=gold"]))
try:
    invoke(["deploy"])
except TypeError as e:
    print("TypeError:", e)
