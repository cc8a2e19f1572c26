import getopt


class AppError(Exception):
    def __init__(self, msg, code=1):
        Exception.__init__(self, msg, code)
        self.code = code


e = AppError("bad", 3)
print(e.args, e.code, str(e), repr(e))


class Strict(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.lower(), value)


d = Strict()
d["KEY"] = 1
print(d, dict.get(d, "key"), list.__len__([1, 2]) if hasattr(list, "__len__") else 2)


class Bag(list):
    pass


b = Bag()
list.append(b, 5)
list.extend(b, [6, 7])
print(b, len(b))
try:
    getopt.getopt(["-x"], "ab")
except getopt.GetoptError as err:
    print("GetoptError", err, err.opt, err.msg)
print(getopt.getopt(["-a", "-b", "val", "--long=1", "rest"], "ab:", ["long="]))
print(getopt.gnu_getopt(["x", "-a", "y"], "a"))
try:
    list.append({}, 1)
except TypeError as err:
    print("TypeError")
dd = {"a": 1}
print(dd.__contains__("a"), "abc".__len__(), [3, 4].__getitem__(1), list([5].__iter__()))
print(hasattr([], "__len__"), hasattr(iter([]), "__len__"), hasattr({}, "__contains__"))
