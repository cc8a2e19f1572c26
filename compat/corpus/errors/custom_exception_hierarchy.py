# Custom exception hierarchy for an API client, caught at different levels of specificity
class ApiError(Exception):
    """Base class for all client errors."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


class ClientError(ApiError):
    pass


class NotFound(ClientError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident!r} not found", status=404)
        self.resource = resource
        self.ident = ident


class RateLimited(ClientError):
    def __init__(self, retry_after):
        super().__init__(f"rate limited, retry after {retry_after}s", status=429)
        self.retry_after = retry_after


class ServerError(ApiError):
    pass


def fetch(path):
    if path.startswith("/users/"):
        uid = path.rsplit("/", 1)[1]
        if uid != "1":
            raise NotFound("user", uid)
        return {"id": 1, "name": "root"}
    if path == "/search":
        raise RateLimited(30)
    if path == "/crash":
        raise ServerError("internal error", status=500)
    raise ApiError(f"no route for {path}")


for path in ["/users/1", "/users/42", "/search", "/crash", "/nowhere"]:
    try:
        result = fetch(path)
    except NotFound as e:
        print(f"{path}: missing {e.resource} (status {e.status})")
    except ClientError as e:
        print(f"{path}: client problem [{type(e).__name__}] {e} status={e.status}")
    except ApiError as e:
        print(f"{path}: {type(e).__name__}: {e} status={e.status}")
    else:
        print(f"{path}: ok -> {result}")

print([c.__name__ for c in NotFound.__mro__])
print(issubclass(RateLimited, ApiError), issubclass(ServerError, ClientError))
err = NotFound("order", 7)
print(repr(err), err.args, str(err))
