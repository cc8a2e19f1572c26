# unittest.mock as CPython's: Mock, MagicMock, call records, patch as decorator and
# context manager, side_effect, spec errors
import os
from unittest import mock

m = mock.Mock()
m.method(1, key="v")
m.method(2)
print(m.method.call_count, m.method.call_args, m.method.call_args_list)
m.method.assert_called_with(2)
try:
    m.method.assert_called_once()
except AssertionError as e:
    print("AssertionError:", e)
print(m.mock_calls)

mm = mock.MagicMock(return_value=5)
print(mm(), len(mm), mm[0] is mm[1], list(iter(mm)))
mm.__len__.return_value = 3
print(len(mm))

s = mock.Mock(side_effect=[1, ValueError("boom"), 3])
print(s())
try:
    s()
except ValueError as e:
    print("ValueError:", e)
print(s())

with mock.patch("os.getcwd", return_value="/patched") as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != "/patched")


@mock.patch.object(os.path, "exists", return_value=True)
def check(mocked):
    return os.path.exists("/nowhere"), mocked.call_args


print(check())

spec = mock.Mock(spec=["a", "b"])
try:
    spec.c
except AttributeError as e:
    print("AttributeError:", e)
with mock.patch.dict(os.environ, {"MOCKED": "1"}):
    print(os.environ["MOCKED"])
print("MOCKED" in os.environ)
print(mock.call(1, x=2), mock.ANY == 5, mock.sentinel.thing)
