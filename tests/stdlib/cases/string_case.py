import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "x", "what": "y"}))
print(string.Template("$a and $b").safe_substitute(a=1), string.Template("${a}x $").safe_substitute(a=2))
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e.args)
try:
    string.Template("ok $ bad").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$x $y $x").get_identifiers(), string.Template("$").is_valid())
