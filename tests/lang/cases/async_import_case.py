# asyncio imports (CPython's package); `from m import *` follows m.__all__; a class with
# two bases whose __slots__ come from one common base.
import asyncio
from asyncio import *

print(sorted(n for n in ("subprocess", "socket", "threading", "logging") if n in dir()))
print(asyncio.subprocess.__name__, asyncio.Queue.__name__)
print(issubclass(asyncio.Transport, asyncio.ReadTransport), asyncio.Transport.__mro__[1:3])


class Base:
    __slots__ = ("x",)


class A(Base):
    __slots__ = ()


class B(Base):
    __slots__ = ()


class C(A, B):
    __slots__ = ()


c = C()
c.x = 1
print(c.x, C.__mro__[1:])


class D:
    __slots__ = ("y",)


try:
    class E(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
