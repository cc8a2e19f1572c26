# importlib.metadata for packages that are not installed (the sandbox has no installed
# distributions) and entry points a program makes itself
import importlib.metadata as m
print(sorted(m.__all__))
for f in ('version', 'metadata', 'files', 'requires', 'distribution'):  # a package nobody has
    try:
        getattr(m, f)('no_such_pkg_x')
    except Exception as e:
        print(f, type(e).__name__, repr(e), str(e), e.name, e.args, isinstance(e, ModuleNotFoundError))
for bad in ('', None):
    try:
        m.distribution(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = m.entry_points(group='mpsandbox.no_such_group', name='x')
print(isinstance(s, list), repr(s), s.names, s.groups)
ep = m.EntryPoint(name='a', value='os.path:join [x, y]', group='g')
print(ep.module, ep.attr, ep.extras, ep.load().__name__, ep.matches(name='a'), ep.matches(group='h'), repr(ep),
      ep == m.EntryPoint('a', 'os.path:join [x, y]', 'g'), hash(ep) == hash(m.EntryPoint('a', 'os.path:join [x, y]', 'g')))
eps = m.EntryPoints([ep])
print(repr(eps), eps['a'], eps.names, eps.groups, eps.select(group='g'), eps.select(group='h'))
try:
    eps['b']
except KeyError as x:
    print('KeyError', x)
try:
    ep.name = 'b'
except Exception as x:
    print(type(x).__name__, x)
ep2 = m.EntryPoint(name='b', value='os', group='g')
print(ep2.load().__name__, ep2.attr, ep2.extras, sorted([ep2, ep]))
print(m.PackageNotFoundError('x').name, str(m.PackageNotFoundError('x')), m.PackageNotFoundError.__module__)
print(list(m.distributions(name='zz')))
