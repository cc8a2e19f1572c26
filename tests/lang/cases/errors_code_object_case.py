# Code objects of compile() and of functions
code = compile("x = 1 + 2\nresult = x * 2", "<calc>", "exec")
print(code.co_filename, code.co_name, code.co_qualname, code.co_firstlineno, code.co_argcount,
      code.co_varnames, code.co_flags, code.co_kwonlyargcount, code.co_posonlyargcount)
ns = {}
exec(code, ns)
print(ns["result"])
e = compile("1 + 1", "<expr>", "eval")
print(e.co_filename, e.co_name, eval(e))
s = compile("\n\ny = 5", "snippet.py", "exec")
print(s.co_filename, s.co_firstlineno)


def f(a, b=2, *args, c, **kw):
    z = 1
    return a


print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount,
      f.__code__.co_varnames[:2], f.__code__.co_filename == __file__ if "__file__" in globals() else True)
print(type(code).__name__)
try:
    code.co_nonexistent
except AttributeError as ex:
    print("AttributeError")
for bad in [("x = (", "<bad>", "exec"), ("1", "<m>", "nomode")]:
    try:
        compile(*bad)
    except SyntaxError as ex:
        print(type(ex).__name__, ex.msg, ex.filename)
    except ValueError as ex:
        print(type(ex).__name__, ex)
