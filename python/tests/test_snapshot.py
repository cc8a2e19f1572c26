"""Snapshots from Python: Session.snapshot/restore/fork and pickle, against the real sandbox."""
import pickle
import subprocess
import sys
import threading

import pytest

from mpsandbox import Engine, Limits, Policy, SandboxError, Session, Status

STATE = """
import json
x = 41
def f(n): return n * 2
class C:
    def __init__(self, v): self.v = v
gen = (i * i for i in range(5)); next(gen)
obj = C([1, 2])
"""
CHECK = "print(x + 1, f(21), obj.v, next(gen), json.dumps({'k': 1}))"
EXPECTED = '42 42 [1, 2] 1 {"k": 1}\n'


def test_snapshot_restore_round_trip():
    s = Session()
    s.exec(STATE)
    data = s.snapshot()
    assert isinstance(data, bytes) and len(data) < 64 * 1024
    s.exec("x = 0")
    r = Session.restore(data)
    assert r.exec(CHECK).stdout == EXPECTED
    assert s.exec("print(x)").stdout == "0\n"


def test_the_issue_example_through_pickle():
    s = Session()
    s.exec("x = 41")
    clone = pickle.loads(pickle.dumps(s))
    assert clone.exec("print(x + 1)").stdout == "42\n"


def test_fork_is_independent_and_keeps_host_functions():
    s = Session()
    s.register_function(lambda a: a * 2, name="double")
    s.exec("items = []")
    a, b = s.fork(), s.fork()
    a.exec("items.append('a')")
    b.exec("items.append('b')")
    assert a.exec("print(items, double(2))").stdout == "['a'] 4\n"
    assert b.exec("print(items)").stdout == "['b']\n"
    assert s.exec("print(items)").stdout == "[]\n"


def test_forks_in_threads():
    s = Session()
    s.exec("def work(k):\n    t = 0\n    for i in range(30000): t += i % k\n    return t\n")
    forks = [s.fork() for _ in range(4)]
    out = [None] * 4

    def run(i):
        out[i] = forks[i].exec(f"print(work({i + 2}))").stdout

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [f"{sum(i % k for i in range(30000))}\n" for k in range(2, 6)]


def test_limits_and_policy_on_restore():
    p = Policy()
    p.mount_scratch("/tmp")
    s = Session(policy=p)
    s.exec("open('/tmp/f', 'w').write('kept')")
    data = s.snapshot()
    lim = Limits()
    lim.fuel = 10**6
    r = Session.restore(data, lim, p)
    assert r.limits.fuel == 10**6
    assert r.exec("print(open('/tmp/f').read())").stdout == "kept\n"
    assert r.exec("while True: pass").status == Status.FUEL_EXHAUSTED
    with pytest.raises(SandboxError) as e:
        Session.restore(data, None, Policy())
    assert e.value.code == "snapshot_rejected" and '"/tmp"' in str(e.value)


def test_deterministic_replay():
    p = Policy()
    p.deterministic = True
    s = Session(policy=p)
    s.exec("import random, time")
    data = s.snapshot()
    prog = "print(random.random(), time.time_ns())"
    first = s.exec(prog).stdout
    assert Session.restore(data).exec(prog).stdout == first


def test_bad_bytes_and_keys():
    s = Session()
    data = s.snapshot()
    for bad in (b"", b"junk", data[:-1], data[:100], data + b"x", bytes([data[0] ^ 1]) + data[1:]):
        with pytest.raises(SandboxError) as e:
            Session.restore(bad)
        assert e.value.code == "snapshot_rejected" and "\n" not in str(e.value)
    keyed = Engine(snapshot_key=b"k" * 32)
    signed = Session(engine=keyed).snapshot()
    assert Session.restore(signed, engine=keyed).exec("1").value == "1"
    with pytest.raises(SandboxError, match="has none"):
        Session.restore(signed)
    with pytest.raises(SandboxError, match="another key"):
        Session.restore(signed, engine=Engine(snapshot_key=b"o" * 32))
    with pytest.raises(ValueError, match="snapshot_key"):
        Engine(snapshot_key=b"short")


def test_restored_in_another_process():
    s = Session()
    s.exec(STATE)
    code = ("import sys, mpsandbox\n"
            "r = mpsandbox.Session.restore(sys.stdin.buffer.read())\n"
            f"sys.stdout.write(r.exec({CHECK!r}).stdout)\n")
    done = subprocess.run([sys.executable, "-c", code], input=s.snapshot(), capture_output=True,
                          env={"PYTHONPATH": ":".join(sys.path)}, timeout=60)
    assert done.stdout.decode() == EXPECTED, done.stderr.decode()
