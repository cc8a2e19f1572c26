import shlex

print(shlex.split("cp -r 'my dir' \"other dir\" a\\ b # not a comment"))
print(shlex.split("echo hi # comment", comments=True), shlex.split("a 'b''c' \"d\\\"e\""))
print(shlex.split("a b", posix=False), shlex.split("'x y' \"z w\"", posix=False))
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("it's here"), shlex.quote("$HOME"))
print(shlex.join(["ls", "-l", "a b", "c'd"]))
for bad in ("'unclosed", '"also', "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
lex = shlex.shlex("a=1; b = 'two words' && c|d", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key1=val1,key2=val2")
lex.whitespace += ","
lex.wordchars += "="
print(list(lex))
lex = shlex.shlex("x y z")
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
