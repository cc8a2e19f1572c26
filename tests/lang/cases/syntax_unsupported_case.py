# Syntax this interpreter lacks is a SyntaxError that names it (CPython 3.11 runs these;
# the expected output is in the .exp file). Async generators and comprehensions are
# supported since patch 0130 (tests/lang/cases/async_*_case.py).
for src in ['try:\n    pass\nexcept* ValueError:\n    pass']:
    try:
        compile(src, 'f', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.args[0])
