# __import__ with keyword arguments, as pickle and encodings call it
m = __import__("os.path", fromlist=["join"], level=0)
print(m.__name__)
m = __import__("os.path", globals(), None, [], 0)
print(m.__name__)
m = __import__(name="json", level=0)
print(m.__name__)
m = __import__("collections.abc", fromlist=())
print(m.__name__)
for bad in [lambda: __import__(5), lambda: __import__("json", level=-1), lambda: __import__("nosuchmod_x"),
            lambda: __import__("json", bogus=1)]:
    try:
        bad()
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
