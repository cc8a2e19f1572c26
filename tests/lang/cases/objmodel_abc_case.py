# abc with a real ABCMeta: __abstractmethods__ and the instantiation error, abstract
# properties, __subclasshook__, register(), isinstance/issubclass through the metaclass.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    @property
    @abstractmethod
    def sides(self):
        pass

    def describe(self):
        return "%s: %s" % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"

    @property
    def sides(self):
        return 4


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Square(3).describe(), isinstance(Square(2), Shape))
print(type(Shape) is ABCMeta, Square(1).sides)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


class SubHasLen(HasLen):
    pass


print(isinstance(HasLen(), Sized), isinstance(1, Sized), issubclass(SubHasLen, Sized), issubclass(int, Sized))


class Registered(ABC):
    pass


Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered), isinstance("x", Registered), Registered.register(str) is str,
      isinstance("x", Registered))
try:
    Registered.register(5)
except TypeError as e:
    print("TypeError", e)
print(abc.get_cache_token() > 0)
