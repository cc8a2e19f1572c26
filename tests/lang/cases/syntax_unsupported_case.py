# Syntax this interpreter once lacked (CPython 3.11 compiles these): async generators and
# comprehensions since patch 0130 (tests/lang/cases/async_*_case.py), except* since
# patch 0271 (tests/lang/cases/exc_star_*_case.py).
for src in ['try:\n    pass\nexcept* ValueError:\n    pass']:
    try:
        compile(src, 'f', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.args[0])
