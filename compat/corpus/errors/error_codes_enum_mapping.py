# Domain exceptions carrying enum error codes, mapped to HTTP-style responses by a handler
from enum import Enum


class Code(Enum):
    INVALID = ("E100", 400)
    UNAUTHORIZED = ("E200", 401)
    NOT_FOUND = ("E300", 404)
    CONFLICT = ("E301", 409)
    INTERNAL = ("E900", 500)

    def __init__(self, ident, http_status):
        self.ident = ident
        self.http_status = http_status


class AppError(Exception):
    code = Code.INTERNAL

    def __init__(self, message, **context):
        super().__init__(message)
        self.context = context

    def to_response(self):
        body = {"error": self.code.ident, "message": str(self)}
        if self.context:
            body["context"] = self.context
        return self.code.http_status, body


class InvalidInput(AppError):
    code = Code.INVALID


class NotFound(AppError):
    code = Code.NOT_FOUND


class Conflict(AppError):
    code = Code.CONFLICT


USERS = {"ann": {"plan": "pro"}}


def create_user(name):
    if not name.isalnum():
        raise InvalidInput("username must be alphanumeric", field="name", value=name)
    if name in USERS:
        raise Conflict(f"user {name} already exists")
    USERS[name] = {"plan": "free"}
    return 201, {"created": name}


def get_plan(name):
    return 200, {"plan": USERS[name]["plan"]}


def handle(fn, *args):
    try:
        return fn(*args)
    except AppError as e:
        return e.to_response()
    except KeyError as e:
        return NotFound(f"no such user: {e.args[0]}").to_response()
    except Exception as e:
        return AppError(f"unexpected {type(e).__name__}").to_response()


requests = [(create_user, "bob"), (create_user, "bob"), (create_user, "x y"),
            (get_plan, "ann"), (get_plan, "zed"), (get_plan, None), (create_user, 42)]
for fn, arg in requests:
    status, body = handle(fn, arg)
    print(f"{fn.__name__}({arg!r}) -> {status} {body}")
print([c.ident for c in Code], Code.CONFLICT.http_status)
