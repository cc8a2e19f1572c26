# unittest.mock over functions with *args/**kwargs (inspect.signature): Mock(spec=f),
# create_autospec of functions and classes, patch/patch.object with autospec, call_args
# and the assert_* helpers, side_effect, return_value, MagicMock calls, sentinel.
import unittest.mock as mock
from unittest.mock import MagicMock, Mock, call, create_autospec, patch, sentinel


def target(a, b=2, *args, key=None, **kwargs):
    return "real"


class Service:
    def fetch(self, url, *, timeout=10):
        return "fetched " + url

    def close(self):
        return "closed"


m = Mock(return_value=3)
print(m(1, x=2), m.call_args, m.call_count, m.called)
m.assert_called_once_with(1, x=2)
try:
    m.assert_called_once_with(1)
except AssertionError as e:
    print("AssertionError", str(e).splitlines()[0])
m.method.return_value = "r"
print(m.method("a"), m.method.call_args_list, m.mock_calls)

s = Mock(side_effect=[1, ValueError("boom"), 3])
print(s())
try:
    s()
except ValueError as e:
    print("ValueError", e)
print(s())
print(Mock(side_effect=lambda x: x * 2)(21))

mm = MagicMock(return_value=4)
mm.method.side_effect = KeyError("k")
print(mm(), type(mm.attr).__name__)
try:
    mm.method()
except KeyError as e:
    print("KeyError", e)

spec = Mock(spec=target)
spec(1, 2, 3, key=4, extra=5)
spec.assert_called_with(1, 2, 3, key=4, extra=5)
try:
    spec(1, 2, nope=1, key=2, a=3)
except TypeError as e:
    print("TypeError", e)

auto = create_autospec(target, return_value="mocked")
print(auto(1, 2, 3, key="k", z=1))
auto.assert_called_once_with(1, 2, 3, key="k", z=1)
try:
    auto()
except TypeError as e:
    print("TypeError", e)
try:
    auto(1, key=1, key2=2, b=3, a=4)
except TypeError as e:
    print("TypeError", e)

svc = create_autospec(Service, instance=True)
svc.fetch.return_value = "fake"
print(svc.fetch("u", timeout=1))
svc.fetch.assert_called_once_with("u", timeout=1)
try:
    svc.fetch("u", 5)
except TypeError as e:
    print("TypeError", e)
try:
    svc.missing
except AttributeError as e:
    print("AttributeError", e)

with patch.object(Service, "fetch", return_value="patched") as pf:
    print(Service().fetch("x"), pf.call_args)
print(Service().fetch("x"))

with patch.object(Service, "fetch", autospec=True) as pf:
    Service().fetch("y", timeout=3)
    print(pf.call_count, pf.call_args[0][1:], pf.call_args[1])

with patch(__name__ + ".target", autospec=True) as pt:
    pt.return_value = 7
    print(target(1, key=2), pt.call_args)
    try:
        target()
    except TypeError as e:
        print("TypeError", e)
print(target(1))


@patch(__name__ + ".Service.close", return_value="no")
def decorated(mock_close):
    return Service().close(), mock_close.called


print(decorated(), Service().close())
print(m.mock_calls == [call(1, x=2), call.method("a")], sentinel.token is sentinel.token, repr(sentinel.token))
m.reset_mock()
print(m.call_count, m.call_args)
try:
    Mock(spec=Service).nothing
except AttributeError as e:
    print("AttributeError", e)
