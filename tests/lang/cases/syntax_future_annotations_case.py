# from __future__ import annotations: annotations are kept as text, never evaluated
from __future__ import annotations
import __future__
print(__future__.annotations, __future__.all_feature_names[-1])
print(__future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
x: Undefined[int, str] = 1
y: Dict[str, List[Tuple[int, ...]]]
z: int | None = None
w: 'quoted' = 2
v: typing.Optional[Callable[[int], str]] = None
u: -1 = 0
t: Literal['a', "b", 3, None, True] = 0
s: list[int] = []
print(x, z, w)
for k in sorted(__annotations__):
    print(k, repr(__annotations__[k]))
class C:
    attr: Later = None
    other: Mapping[str, Later] = {}
print(sorted(C.__annotations__.items()))
def f(a: Later, b: int = 3) -> Later:
    return a
print(f(1))
class Later:
    pass
for src in ['from __future__ import braces', 'from __future__ import nothing']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.args[0])
