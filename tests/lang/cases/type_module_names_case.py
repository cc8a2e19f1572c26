# The module of types that C modules define, as CPython names them: __module__, the repr
# of the type and the name of an exception in a traceback's last line
import array, collections, hashlib, io, json, re, struct, traceback

types = [collections.deque, collections.OrderedDict, collections.defaultdict, collections.Counter,
         struct.Struct, struct.error, array.array, io.StringIO, io.BytesIO,
         type(hashlib.sha256()), type(hashlib.md5()), re.Pattern, re.Match, json.JSONDecodeError,
         int, list, dict, ValueError, KeyError]
for t in types:
    print(t.__module__, t.__qualname__, t.__name__, repr(t))
for f in (lambda: struct.unpack("i", b"x"), lambda: struct.pack("b", 1000), lambda: json.loads("{")):
    try:
        f()
    except Exception as e:
        print(traceback.format_exception_only(type(e), e)[-1], end="")
        print(type(e).__module__, repr(e))
print(type(collections.deque([1])), type(array.array("b")), type(io.StringIO()))
m = re.match("a", "abc")
print(type(m).__name__, type(re.compile("")).__name__, m)
