# Variable and function annotations (PEP 526, PEP 3107) as CPython 3.11 stores them
log = []
def ann(v):
    log.append(v)
    return v
x: ann('int') = ann(5)
y: ann('str')
print(x, log, sorted(__annotations__.items()))
print('y' in globals())
if False:
    z: int = 3
print(sorted(__annotations__))
class C:
    a: int
    b: str = 'bee'
    c: 'List[int]' = []
    def m(self) -> None:
        local: int = 1
        return local
print(sorted(C.__annotations__.items(), key=str), hasattr(C, 'a'), C.b, C().m())
class D(C):
    d: float = 1.0
print(D.__annotations__)
def f():
    v: int = 3
    w: undefined_name
    return v
print(f())
obj = C()
obj.attr: int = 4
print(obj.attr)
lst = [0]
lst[0]: int = 9
print(lst)
def g(a: ann('A'), *args: ann('ARGS'), b: ann('B') = ann('default'), **kw: ann('KW')) -> ann('R'):
    return a
log.clear()
print(g(1), log)
