# f-strings inside the replacement fields of f-strings, as CPython 3.11
class F:
    def __init__(self, name):
        self.name = name


fields = [F("x"), F("y")]
obj_name = "self"
print(f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)')
print(f'{[f"{o}" for o in range(3)]}')
print(f"{f'{1 + 1}'}", f"{f'{3.14159:.2f}'}", f"{f'{obj_name!r}'}", f"{f'{obj_name = }'}")
print(f"{f'{{literal}} {obj_name}'}", f"{len(f'{obj_name}')}", f"{f'a' + 'b'}", f"{rf'{obj_name}'}")
print(f'''{f"{obj_name:>8}|"}''', f"{'x' if f'{1}' == '1' else 'y'}")
x = 5
print(f"{f'{x}' * 2}", f"{str(f'{x}').zfill(3)}", f"{[f'{i}{j}' for i in 'ab' for j in '12']}")
for bad in ['f"{f\'{x\'}"', 'f"{f\'{}\'}"', 'f"{f\'{x!z}\'}"', 'f"{f\'}\'}"']:
    try:
        compile(bad, "<s>", "eval")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
y = 6
print(f'''{f"{x:{y}}|"}''', f'''{f"{'a' + 'b'}"}''', f'''{f"{x:>{y}}"}''')
for bad in ["f'{f\"{x\"}'", 'f"{f\'{x#\'}"']:
    try:
        compile(bad, "<s>", "eval")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
