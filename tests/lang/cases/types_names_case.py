# types as CPython 3.11's own module.
import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns.a, vars(ns))
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError", e)


def f():
    pass


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(len, types.BuiltinFunctionType), isinstance(K().m, types.MethodType),
      isinstance(types, types.ModuleType), isinstance((x for x in ()), types.GeneratorType),
      isinstance(None, types.NoneType), type(...) is types.EllipsisType,
      isinstance(K.__dict__, types.MappingProxyType), types.GenericAlias(list, int) == list[int],
      isinstance(int | str, types.UnionType))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
try:
    mp["z"] = 2
except TypeError as e:
    print("TypeError", e)
m = types.ModuleType("mymod", "doc")
m.x = 1
print(m.__name__, m.__doc__, m.x)
C = types.new_class("C", (K,), {}, lambda ns: ns.update({"y": 5}))
print(C.__name__, C.y, C.__mro__[1].__name__, types.resolve_bases((K,)))


class DCA:
    @types.DynamicClassAttribute
    def name(self):
        return "inst"


print(DCA().name)
