# Parse shell-like command lines with shlex and route them to handlers with option parsing
import shlex

ENV = {"HOME": "/home/dev", "PROJECT": "billing"}
FILESYSTEM = {"/home/dev/notes.txt": "todo: ship it", "/home/dev/My Docs/plan.md": "# Plan"}


def expand(token):
    if token.startswith("$"):
        return ENV.get(token[1:], "")
    if token.startswith("~"):
        return ENV["HOME"] + token[1:]
    return token


def parse_opts(args):
    opts, positional = {}, []
    it = iter(args)
    for a in it:
        if a.startswith("--"):
            key, eq, val = a[2:].partition("=")
            opts[key] = val if eq else True
        elif a.startswith("-") and len(a) > 1:
            for ch in a[1:]:
                opts[ch] = True
        else:
            positional.append(a)
    return opts, positional


def cmd_echo(opts, args):
    sep = "" if opts.get("n") else "\n"
    return " ".join(args) + sep


def cmd_cat(opts, args):
    out = []
    for path in args:
        if path not in FILESYSTEM:
            out.append(f"cat: {path}: No such file")
        else:
            text = FILESYSTEM[path]
            out.append(text.upper() if opts.get("upper") else text)
    return "\n".join(out) + "\n"


def cmd_deploy(opts, args):
    env = opts.get("env", "staging")
    dry = " (dry run)" if opts.get("dry-run") or opts.get("d") else ""
    return f"deploying {', '.join(args) or 'nothing'} to {env}{dry}\n"


HANDLERS = {"echo": cmd_echo, "cat": cmd_cat, "deploy": cmd_deploy}

lines = [
    'echo "hello   world" $PROJECT',
    "echo -n no newline",
    "cat ~/notes.txt '/home/dev/My Docs/plan.md' --upper",
    r"cat /home/dev/My\ Docs/plan.md /etc/shadow",
    "deploy api worker --env=prod -vd",
    "deploy  # just a comment",
    "echo 'unterminated",
    "rm -rf /",
]
for line in lines:
    print(f"$ {line}")
    try:
        tokens = shlex.split(line, comments=True)
    except ValueError as e:
        print(f"parse error: {e}")
        continue
    tokens = [expand(t) for t in tokens]
    name, args = tokens[0], tokens[1:]
    handler = HANDLERS.get(name)
    if handler is None:
        print(f"{name}: command not found")
        continue
    opts, positional = parse_opts(args)
    print(handler(opts, positional), end="")

print(shlex.join(["grep", "-r", "it's here", "/var/log/my app"]))
print([shlex.quote(s) for s in ["safe", "has space", "", "$(danger)"]])
