# Syntax this interpreter lacks is a SyntaxError that names it (CPython 3.11 runs these;
# the expected output is in the .exp file).
for src in ['try:\n    pass\nexcept* ValueError:\n    pass',
            'async def f():\n    yield 1',
            'async def f(y):\n    return [x async for x in y]',
            'async def f(y):\n    return [await x for x in y]']:
    try:
        compile(src, 'f', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.args[0])
