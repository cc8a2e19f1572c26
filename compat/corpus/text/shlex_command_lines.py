# Split and quote shell-style command lines with shlex
import shlex

commands = [
    'ls -la "My Documents"',
    "grep -r 'hello world' src/ --include=*.py",
    'echo "nested \'quotes\' here" and\\ escaped',
    "cp file\\ with\\ spaces.txt /tmp/dest",
    'python -c "print(\\"hi\\")"',
    "cmd # trailing comment",
]
for cmd in commands:
    parts = shlex.split(cmd)
    print(f"{cmd}\n  -> {parts}")

print()
print(shlex.split("cmd # trailing comment", comments=True))
args = ["rm", "-f", "file name.txt", "it's", "$HOME", "", "safe-arg_1.txt"]
print("quoted:", [shlex.quote(a) for a in args])
print("joined:", shlex.join(args))
print("roundtrip:", shlex.split(shlex.join(args)) == args)

lexer = shlex.shlex("a=1; b = 'two words'; c=3", posix=True, punctuation_chars=True)
lexer.whitespace_split = False
print("tokens:", list(lexer))
try:
    shlex.split('echo "unterminated')
except ValueError as e:
    print("ValueError:", e)
