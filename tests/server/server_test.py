"""End-to-end tests of `mpsandbox serve` (docs/SERVER.md) over real HTTP on loopback.

usage: server_test.py PATH_TO_MPSANDBOX
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from harness import check, finish  # noqa: E402
import server_harness  # noqa: E402
from server_harness import Server, exec_  # noqa: E402

BIN = server_harness.BIN = sys.argv[1]


with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "data")
    os.mkdir(data)

    # The API on an unauthenticated loopback server.
    srv = Server("--data-dir", data)
    st, body, _ = srv.request("POST", "/v1/sessions")
    check(st == 201 and len(body["id"]) == 32, "create: %r" % (body,))
    sid = body["id"]
    st, body, _ = exec_(srv, sid, "x = 41")
    check(st == 200 and body["status"] == "ok", "exec")
    st, body, _ = exec_(srv, sid, "print(x + 1)\nx")
    check(body["stdout"] == "42\n" and body["value"] == "41", "state persists: %r" % body)
    for key in ("status", "stdout", "stderr", "value", "error", "fuel_used", "memory_peak_bytes", "wall_time_us"):
        check(key in body, "result field " + key)
    st, body, _ = exec_(srv, sid, "1/0")
    check(st == 200 and body["status"] == "error" and body["error"]["type"] == "ZeroDivisionError", "guest error")
    st, body, _ = srv.request("POST", "/v1/sessions/%s/fork" % sid)
    check(st == 201, "fork")
    fork = body["id"]
    exec_(srv, fork, "x = 'forked'")
    check(exec_(srv, sid, "x")[1]["value"] == "41", "fork is independent")
    st, snap, _ = srv.request("GET", "/v1/sessions/%s/snapshot" % sid, raw=True)
    check(st == 200 and snap[:8] == b"MPSBXSNP", "snapshot bytes")
    st, body, _ = srv.request("POST", "/v1/sessions/restore", snap)
    check(st == 201 and exec_(srv, body["id"], "x")[1]["value"] == "41", "restore")
    st, body, _ = srv.request("POST", "/v1/sessions/restore", b"junk")
    check(st == 422 and body["error"]["code"] == "snapshot_rejected", "corrupt snapshot: %r" % (body,))
    st, body, _ = srv.request("GET", "/v1/sessions")
    check(st == 200 and len(body["sessions"]) == 3, "list")
    st, body, _ = srv.request("POST", "/v1/run", {"code": "print('once')\n6 * 7"})
    check(st == 200 and body["stdout"] == "once\n" and body["value"] == "42", "run")
    check(len(srv.request("GET", "/v1/sessions")[1]["sessions"]) == 3, "run leaves no session")
    # Values in and out: "inputs" bound as globals; value_json beside value.
    st, body, _ = srv.request("POST", "/v1/sessions/%s/exec" % sid,
                              {"code": "out = {'n': len(rows), 'first': rows[0]}\nout", "inputs": {"rows": ["é", 2]}})
    check(st == 200 and json.loads(body["value_json"]) == {"n": 2, "first": "é"}, "exec inputs: %r" % (body,))
    st, body, _ = srv.request("POST", "/v1/run", {"code": "a + b", "inputs": {"a": 1, "b": 1.5}})
    check(st == 200 and body["value"] == "2.5" and body["value_json"] == "2.5", "run inputs: %r" % (body,))
    st, _, _ = srv.request("DELETE", "/v1/sessions/" + fork)
    check(st == 204, "delete")
    check(exec_(srv, fork, "1")[0] == 404, "deleted session is gone")
    # Bad requests: a JSON error with a stable code.
    for method, path, payload, status, code in [
        ("POST", "/v1/sessions/" + "0" * 32 + "/exec", {"code": "1"}, 404, "not_found"),
        ("POST", "/v1/sessions/%s/exec" % sid, "not json", 400, "bad_request"),
        ("POST", "/v1/sessions/%s/exec" % sid, {"code": 5}, 400, "bad_request"),
        ("POST", "/v1/sessions/%s/exec" % sid, "[" * 100 + "]" * 100, 400, "bad_request"),
        ("POST", "/v1/sessions/%s/exec" % sid, {"code": "1", "inputs": [1]}, 400, "bad_request"),
        ("POST", "/v1/sessions/%s/exec" % sid, {"code": "1", "inputs": {"a b": 1}}, 400, "invalid_argument"),
        ("POST", "/v1/run", {"code": "1", "inputs": {"class": 1}}, 400, "invalid_argument"),
        ("POST", "/v1/sessions", {"profile": "nope"}, 400, "invalid_argument"),
        ("POST", "/v1/sessions", {"limits": {"fuel": 10**30}}, 400, "bad_request"),
        ("POST", "/v1/sessions", {"limits": {"fuel": 2**62}}, 400, "invalid_argument"),
        ("PUT", "/v1/sessions", None, 405, "method_not_allowed"),
        ("GET", "/nothing", None, 404, "not_found"),
    ]:
        st, body, _ = srv.request(method, path, payload)
        check(st == status and body["error"]["code"] == code, "%s %s -> %s: %r" % (method, path, status, (st, body)))
    st = srv.status_for_declared_body("/v1/sessions/%s/exec" % sid, 17 << 20)
    check(st == 413, "body over the limit: %r" % st)
    # One exec at a time per session.
    results = []
    t = threading.Thread(target=lambda: results.append(exec_(srv, sid, "import time\ntime.sleep(2)")[0]))
    t.start()
    time.sleep(0.3)
    st, body, _ = exec_(srv, sid, "1")
    t.join()
    check(st == 409 and body["error"]["code"] == "busy" and results == [200], "busy session: %r" % ((st, results),))
    check(srv.request("GET", "/healthz")[0] == 200 and srv.request("GET", "/readyz")[0] == 200, "health")
    st, text, _ = srv.request("GET", "/metrics", raw=True)
    text = text.decode()
    check('mpsandbox_execs_total{status="ok"}' in text and "mpsandbox_exec_duration_seconds_bucket" in text
          and "mpsandbox_sessions_resident 2" in text, "metrics:\n" + text[:400])
    # Drain: SIGTERM persists every session; the next start has them back.
    rc, out, err = srv.stop()
    check(rc == 0 and "2 sessions persisted" in out, "drain: %r %r" % (out, err))
    srv = Server("--data-dir", data)
    check(srv.restored == 2, "restored after restart: %d" % srv.restored)
    st, body, _ = exec_(srv, sid, "print(x)")
    check(body.get("stdout") == "41\n", "state after restart: %r" % body)
    srv.stop()

    # kill -9: every session comes back as it was after one of its completed execs. The
    # server writes changed sessions every second; what changed since is lost.
    crash = os.path.join(tmp, "crash")
    os.mkdir(crash)
    srv = Server("--data-dir", crash)
    sid = srv.request("POST", "/v1/sessions")[1]["id"]
    exec_(srv, sid, "history = [1]")
    deadline = time.time() + 10
    while time.time() < deadline and "mpsandbox_sessions_persisted_total 1" not in \
            srv.request("GET", "/metrics", raw=True)[1].decode():
        time.sleep(0.1)
    for i in range(2, 6):
        exec_(srv, sid, "history.append(%d)" % i)
    srv.proc.kill()
    srv.proc.wait()
    srv = Server("--data-dir", crash)
    st, body, _ = exec_(srv, sid, "print(history)")
    got = eval(body.get("stdout", "None"))
    check(st == 200 and got in ([1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4, 5]),
          "after kill -9: a state after a completed exec: %r" % (body,))
    srv.stop()

    # Tenants, tokens, quotas and eviction from a configuration file.
    config = os.path.join(tmp, "server.toml")
    with open(config, "w") as f:
        f.write("""
[server]
max_resident = 1
max_body_bytes = 65536

[profiles.default]
fuel = 50000000

[profiles.det]
deterministic = true
scratch_bytes = 1048576

[tenants.alice]
token = "alice-token-0123456789"
max_sessions = 3

[tenants.bob]
token = "bob-token-0123456789ab"
""")
    data2 = os.path.join(tmp, "data2")
    os.mkdir(data2)
    srv = Server("--config", config, "--data-dir", data2)
    A, B = "alice-token-0123456789", "bob-token-0123456789ab"
    st, body, _ = srv.request("POST", "/v1/sessions")
    check(st == 401 and body["error"]["code"] == "unauthorized", "no token: 401")
    check(srv.request("POST", "/v1/sessions", token="wrong-token-000000000")[0] == 401, "bad token: 401")
    ids = []
    for i in range(3):
        st, body, _ = srv.request("POST", "/v1/sessions", {"profile": "det"} if i == 0 else None, token=A)
        check(st == 201, "alice session %d" % i)
        ids.append(body["id"])
        exec_(srv, body["id"], "n = %d" % i, A)
    st, body, _ = srv.request("POST", "/v1/sessions", token=A)
    check(st == 429 and body["error"]["code"] == "quota_exceeded", "session quota: %r" % (body,))
    check(exec_(srv, ids[0], "n", B)[0] == 404, "another tenant's session is not found")
    check(srv.request("GET", "/v1/sessions", token=B)[1]["sessions"] == [], "bob sees none")
    check(exec_(srv, ids[1], "while True: pass", A)[1]["status"] == "fuel_exhausted", "profile's fuel")
    check(srv.status_for_declared_body("/v1/sessions", 70000, token=A) == 413, "configured body limit")
    deadline = time.time() + 10
    while time.time() < deadline:
        text = srv.request("GET", "/metrics", raw=True)[1].decode()
        if "mpsandbox_sessions_evicted 2" in text:
            break
        time.sleep(0.2)
    check("mpsandbox_sessions_evicted 2" in text, "idle sessions evicted past max_resident")
    for i in range(3):
        check(exec_(srv, ids[i], "print(n)", A)[1].get("stdout") == "%d\n" % i, "evicted session %d restored" % i)
    check(exec_(srv, ids[0], "open('/tmp/f', 'w').write('x')", A)[1]["status"] == "ok", "profile's scratch mount")
    srv.stop()

    # Without tokens the server listens only on loopback.
    proc = subprocess.run([BIN, "serve", "--listen", "0.0.0.0:0"], capture_output=True, text=True, timeout=30)
    check(proc.returncode == 2 and "loopback" in proc.stderr, "non-loopback without tokens refused")
    proc = subprocess.run([BIN, "serve", "--listen", "nonsense"], capture_output=True, text=True, timeout=30)
    check(proc.returncode == 2, "bad --listen")
    with open(config, "w") as f:
        f.write("[tenants.x]\ntoken = 'short'\n")
    proc = subprocess.run([BIN, "serve", "--config", config], capture_output=True, text=True, timeout=30)
    check(proc.returncode == 2 and "tenants.x.token" in proc.stderr, "short token refused: %r" % proc.stderr)

    # Execs are tried on the event loop that read them, within small caps; a long one is
    # undone there and runs on a worker, so it never holds up the loop's other connections.
    # Two loops: each request below comes on a new connection, and they alternate, so half
    # share the long exec's loop; two workers, so that a short exec deferred by a loaded
    # machine (the 1 ms cap) does not wait for the long one.
    one = os.path.join(tmp, "one.toml")
    with open(one, "w") as f:
        f.write("[server]\nthreads = 2\n[profiles.default]\nfuel = 100000000000\ntimeout_ms = 60000\n")
    srv = Server("--config", one)
    a = srv.request("POST", "/v1/sessions")[1]["id"]
    b = srv.request("POST", "/v1/sessions")[1]["id"]
    exec_(srv, a, "n = 0")
    exec_(srv, b, "0")  # a session's first exec goes to the workers, as creating one does
    long_done = []
    t = threading.Thread(target=lambda: long_done.append(exec_(srv, a, "for i in range(3 * 10**7):\n    pass\nn += 1\nn")[1]))
    t.start()
    time.sleep(0.2)
    short = [exec_(srv, b, "%d * 2" % i)[1]["value"] for i in range(20)]
    check(short == [str(i * 2) for i in range(20)] and not long_done, "short execs beside a long one: %r" % (long_done,))
    t.join()
    check(long_done and long_done[0]["value"] == "1", "the long exec ran once, in full: %r" % long_done)
    srv.stop()

finish()
