# Source nesting: CPython's tokenizer refuses more than 200 open brackets.
for depth in (199, 200, 201, 1000, 100000):
    for open_, close in (("(", ")"), ("[", "]"), ("{", "}")):
        src = "x = " + open_ * depth + "1" + close * depth
        try:
            compile(src, "<nest>", "exec")
            print(depth, open_, "ok")
        except SyntaxError as e:
            print(depth, open_, "SyntaxError", e.msg)
        except (RecursionError, MemoryError) as e:
            print(depth, open_, type(e).__name__)
try:
    eval("[" * 100000 + "]" * 100000)
except SyntaxError as e:
    print("eval", e.msg)
