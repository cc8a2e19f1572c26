# f-strings as in CPython 3.11
x, w, p = 3.14159, 10, 2
tea = 'tea'
name = 'café'
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:{'>'}{w}}")
print(f"{'a' + 'b'}", f'{"q"}', f"""{'x' "y"}""", f'''{"""t"""}''')
print(f'{x!r} {x!s} {name!a} {tea!r:>8} {name!a:>10}')
print(f"{x=}", f"{x = }", f"{x=!r:>10}", f"{x=:.2f}", f"{name=!s}", f"{ x=}")
print(f"{(lambda y: y * 2)(3)}", f"{ {'a': 1}['a'] }", f"{ {1} }", f"{[1, 2][1:]}")
print(f"{{}} {{x}} {{{x}}} }}{{")
print(f"""a
{x
 + 1}
b""")
print(f"{3:!<5}|{4:*^7}|{'s':>{w}}|{255:#x}|{1234567:,}")
print(f"{x if x > 3 else 0}", f"{x != 1}", f"{1 == 1}", f"{2 <= 3}", f"{(a := 5)} {a}")
print("a{b}" f"{x}" "c{d}", f"{x}" "{}", "{" f"}}")
d = {'k': [1, 2]}
print(f"{d['k'][0]}{d['k'][-1]:03d}", f"{'}'}", f"{':'}", f"{'!'}", f"{'{'}")
print(f"\x7b{x}\x7d", f"\u00e9{x}")
print(f"{x:{w}}", f"{x!r:{w}}", f"{'abc':{'^'}{w}}")
print(F"{1}", rf"\n{x}", fr"\t{x}")
print(f"{3.0:{'.'}{2}f}")
for src in ['f"{}"', 'f"{x"', 'f"}"', 'f"{x!z}"', 'f"{x!}"', 'f"{x!r"', 'f"{x#}"',
            'f"{x:{y:{z}}}"', 'f"{x!rr}"', 'f"{ }"', 'f"{!r}"', "f'{\"\\\\n\"}'"]:
    try:
        compile(src, 'f', 'eval')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.args[0])
