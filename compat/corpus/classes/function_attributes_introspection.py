# Function objects as data: custom attributes, defaults, qualnames and annotations
def route(path, *, methods=("GET",)):
    def deco(fn):
        fn.route = path
        fn.methods = methods
        ROUTES.append(fn)
        return fn
    return deco


ROUTES = []


@route("/users")
def list_users(limit: int = 10, offset: int = 0) -> list:
    """List users with paging."""
    return [f"user{i}" for i in range(offset, offset + limit)]


@route("/users", methods=("POST",))
def create_user(name: str, *, admin: bool = False) -> dict:
    return {"name": name, "admin": admin}


class Handler:
    def handle(self, request, *extra, verbose=True, **opts):
        def inner():
            pass
        return inner


for fn in ROUTES:
    print(f"{fn.__name__:<12} {fn.route:<7} {fn.methods} defaults={fn.__defaults__} kw={fn.__kwdefaults__}")

print(list_users.__doc__, create_user.__doc__)
print(list_users.__annotations__)
print(create_user.__annotations__)
print(list_users(3, 5))
list_users.call_count = 0
print(sorted(k for k in vars(list_users)))
code = Handler.handle.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:code.co_argcount])
print(Handler.handle.__qualname__, Handler().handle(None).__qualname__)
print(list_users.__module__, type(list_users).__name__)
lam = lambda x, y=2: x * y
print(lam.__name__, lam.__defaults__, lam(4))
list_users.__defaults__ = (2, 100)
print(list_users())
