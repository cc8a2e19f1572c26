# \N{...} escapes: unknown and malformed names are CPython's SyntaxErrors; bytes keep \N
for src in [r'"ab\N{NO SUCH NAME}"', r'"\N{"', r'"\Nx"', r'b"\N{X}"', r'"""x\N{BAD}"""', r"'\N{}'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.args[0])
