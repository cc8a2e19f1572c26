import types


def f():
    return 1


def g():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(K().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType)
ns = types.SimpleNamespace(x=1)
print(ns)
ns.y = 2
print(ns.x + ns.y, sorted(ns.__dict__.items()), ns == types.SimpleNamespace(x=1, y=2), ns == types.SimpleNamespace(x=1))
print(types.SimpleNamespace())
