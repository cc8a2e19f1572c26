# Built-in generic aliases unpacked with * (PEP 646): iterating list[int] gives *list[int].
import typing

a = tuple[int, str]
s = next(iter(a))
print(s, repr(s), s.__unpacked__, a.__unpacked__, s == a, s == next(iter(a)), s.__origin__, s.__args__)
print(list(a), list(list[int]), [*dict[str, int]])
print(tuple[int, *tuple[str, ...]], tuple[*tuple[int, str], float])
print(s.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__,
      next(iter(list[int])).__typing_unpacked_tuple_args__)
print(hash(s) == hash(a), len({s, a}))
it = iter(a)
print(next(it), next(it, "done"))
Ts = typing.TypeVarTuple("Ts")
print(typing.Tuple[int, *Ts], tuple[*Ts], [x for x in Ts])


def f(*args: *tuple[int, str]):
    pass


print(f.__annotations__)
print(typing.get_args(tuple[int, *tuple[str, ...]]))
