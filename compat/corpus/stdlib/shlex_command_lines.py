# Parse and rebuild shell command lines safely with shlex.split, quote and join
import shlex

lines = [
    'grep -rn "TODO: fix" src/ --include=*.py',
    "tar czf 'backup 2024.tgz' ./data",
    'echo "He said \\"hi\\"" && ls -la',
    "ssh host 'cd /srv && ./run.sh --env=prod'",
    "python -c 'print(1)' # trailing comment",
]
for line in lines:
    print(shlex.split(line))
print(shlex.split("python -c 'print(1)' # trailing comment", comments=True))

args = ["rm", "-rf", "my files/", "it's here", "$HOME", "a;b", "plain"]
for a in args:
    print(f"{a!r:14} -> {shlex.quote(a)}")
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)

lex = shlex.shlex("key1=value1, key2 = 'quoted value', key3=42", posix=True)
lex.whitespace_split = False
tokens = list(lex)
print(tokens)

lex2 = shlex.shlex("a && b || c; d | e", punctuation_chars=True)
print(list(lex2))
try:
    shlex.split('echo "unterminated')
except ValueError as e:
    print("ValueError:", e)
print(shlex.split("one\\ two three", posix=True), shlex.split("one\\ two", posix=False))
