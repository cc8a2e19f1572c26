# functools.partialmethod and partial in a fake REST client: method shortcuts, default headers, callbacks
from functools import partial, partialmethod

class FakeTransport:
    def __init__(self):
        self.sent = []

    def send(self, method, url, headers, body):
        self.sent.append((method, url))
        status = 404 if "missing" in url else 201 if method == "POST" else 200
        return {"status": status, "method": method, "url": url, "headers": headers, "body": body}

class Client:
    def __init__(self, base, transport, **default_headers):
        self.base = base.rstrip("/")
        self.transport = transport
        self.default_headers = default_headers

    def request(self, method, path, body=None, **headers):
        merged = {**self.default_headers, **headers}
        return self.transport.send(method, f"{self.base}/{path.lstrip('/')}", merged, body)

    get = partialmethod(request, "GET")
    post = partialmethod(request, "POST")
    delete = partialmethod(request, "DELETE")
    get_json = partialmethod(request, "GET", accept="application/json")

t = FakeTransport()
api = Client("https://api.example.test/v1/", t, user_agent="corpus/1.0")
r = api.get("/users/7")
print(r["status"], r["method"], r["url"], r["headers"])
r = api.post("users", body={"name": "ana"}, content_type="application/json")
print(r["status"], r["method"], r["headers"], r["body"])
print(api.get_json("missing/thing")["status"], api.get_json("items")["headers"])
print(api.delete("users/7")["method"])
print("sent log:", t.sent)
print("partialmethod type:", type(Client.__dict__["get"]).__name__, "| bound get is partial:", type(api.get).__name__)

def on_event(kind, payload, *, log):
    log.append(f"{kind}:{payload}")

log = []
handlers = {k: partial(on_event, k, log=log) for k in ("created", "deleted")}
handlers["created"]("user7")
handlers["deleted"]("user3")
handlers["created"](payload="user9")
print("event log:", log)
nested = partial(partial(int, base=2), "1111")
print("nested partial flattens:", nested(), nested.func is int, nested.args, nested.keywords)
clamp = partial(lambda lo, hi, x: max(lo, min(hi, x)), 0, 100)
print("clamped:", list(map(clamp, [-5, 50, 150])))
