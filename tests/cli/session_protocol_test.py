"""End-to-end test of `mpsandbox session` (the JSON-lines protocol, docs/PROTOCOL.md).

usage: session_protocol_test.py PATH_TO_MPSANDBOX
"""
import json
import subprocess
import tempfile
import os.path
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402

BIN = sys.argv[1]


def converse(lines, *args):
    """Sends raw lines, returns the parsed response lines and the exit status."""
    proc = subprocess.run([BIN, "session", *args], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=120)
    out = [json.loads(l) for l in proc.stdout.splitlines()]
    return out, proc.returncode


# State persists; ids are echoed; value and streams come back.
out, rc = converse([
    json.dumps({"id": 1, "code": "x = 40\nprint('set')"}),
    json.dumps({"id": "two", "code": "x + 2"}),
    json.dumps({"id": [3], "code": "import sys\nsys.stderr.write('e')\n1/0"}),
    json.dumps({"code": "x"}),
])
check(rc == 0, "exit status 0 at end of input")
check(len(out) == 4, "one response per request")
check(out[0]["id"] == 1 and out[0]["status"] == "ok" and out[0]["stdout"] == "set\n", "exec 1")
check(out[1]["id"] == "two" and out[1]["value"] == "42", "state persists, value")
check(out[2]["id"] == [3] and out[2]["status"] == "error" and out[2]["stderr"] == "e", "error result")
check(out[2]["error"]["type"] == "ZeroDivisionError" and "line 3" in out[2]["error"]["traceback"], "traceback")
check(out[3]["id"] is None and out[3]["value"] == "40", "missing id is null")
for key in ("status", "stdout", "stderr", "value", "error", "fuel_used", "memory_peak_bytes", "wall_time_us"):
    check(key in out[0], "field " + key)

# Malformed lines get an error response and the session goes on.
bad = ["", "not json", "[1, 2]", "{\"id\": 5}", "{\"id\": 6, \"code\": 7}", "{\"id\": 7, \"op\": \"nope\"}",
       "\"just a string\"", "{\"id\": 8, \"code\": \"ok = 1\"}", "{\"id\": 9, \"code\": \"ok\"}",
       "{\"id\": 10, \"code\": \"\\u00e9 = 'caf\\u00e9'\\n\\u00e9\"}", "\xff\xfe garbage"]
out, rc = converse(bad)
check(rc == 0, "survives malformed input")
errors = [r for r in out if r.get("ok") is False]
check(len(errors) == 7, "seven malformed lines answered with errors (got %d)" % len(errors))
check(all(r["error"]["type"] == "ProtocolError" for r in errors), "ProtocolError type")
by_id = {json.dumps(r.get("id")): r for r in out if "status" in r}
check(by_id.get("9", {}).get("value") == "1", "session continues after bad lines")
check("8" in by_id and "10" in by_id, "ids kept")
check(by_id.get("10", {}).get("status") == "ok", "unicode identifiers and strings")

# Limits can change between requests; a stop keeps the session and its state.
out, rc = converse([
    json.dumps({"id": 1, "code": "n = 1"}),
    json.dumps({"id": 2, "op": "limits", "limits": {"fuel": 200000, "max_output": 5}}),
    json.dumps({"id": 3, "code": "n = 2\nwhile True: pass"}),
    json.dumps({"id": 4, "code": "print('abcdefgh')\nn"}),
    json.dumps({"id": 5, "op": "limits", "limits": {"memory": 1000000}}),
    json.dumps({"id": 6, "op": "limits", "limits": {"fuel": -1}}),
    json.dumps({"id": 7, "op": "limits", "limits": {"bogus": 1}}),
    json.dumps({"id": 8, "op": "reset"}),
    json.dumps({"id": 9, "code": "'n' in globals()"}),
], "--timeout", "5")
check(out[1] == {"id": 2, "ok": True}, "limits accepted")
check(out[2]["status"] == "fuel_exhausted", "fuel limit applies")
check(out[3]["value"] == "1" and out[3]["stdout"] == "abcde" and out[3]["stdout_truncated"], "rolled back; output cap")
check(out[4]["ok"] is False and out[5]["ok"] is False and out[6]["ok"] is False, "bad limits refused")
check(out[7] == {"id": 8, "ok": True} and out[8]["value"] == "False", "reset gives a fresh session")

# A failure of the library (a filename it refuses) is a SessionError with its code.
out, rc = converse([
    json.dumps({"id": 1, "code": "1", "filename": "a\u0000b"}),
    json.dumps({"id": 2, "code": "2"}),
])
check(out[0]["ok"] is False and out[0]["error"]["type"] == "SessionError", "SessionError for a bad filename")
check(out[0]["error"].get("code") == "invalid_argument", "the failure's code")
check(out[1]["value"] == "2", "the session goes on after a SessionError")

# Issue 15: a request whose "id" is a 200,000-deep array (nlohmann copied and printed it
# by recursion: the process crashed). Refused before parsing, with a null id; the session
# goes on; the process's memory stays bounded.
import resource  # noqa: E402
deep_id = "[" * 200000 + "]" * 200000
out, rc = converse([
    '{"id": %s, "code": "x = 1"}' % deep_id,
    json.dumps({"id": 2, "code": "'x' in globals()"}),
    json.dumps({"id": "[" * 1000, "code": "1"}),  # brackets in a string are not nesting
    json.dumps({"id": [[[[[[[[[[[["deep"]]]]]]]]]]]], "code": "2"}),
])
check(rc == 0 and len(out) == 4, "survives a 200,000-deep id (rc %d, %d responses)" % (rc, len(out)))
check(out[0] == {"id": None, "ok": False, "error": {
    "type": "ProtocolError", "message": "requests may nest arrays and objects at most 64 levels deep"}},
    "deep request refused: %r" % (out[:1],))
check(out[1]["id"] == 2 and out[1]["value"] == "False", "the refused request did not run; session goes on")
check(out[2]["id"] == "[" * 1000 and out[2]["value"] == "1", "brackets inside strings")
check(out[3]["id"] == [[[[[[[[[[[["deep"]]]]]]]]]]]] and out[3]["value"] == "2", "nested id echoed")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
check(peak < 512 << 20, "peak memory of the session processes: %d MiB" % (peak >> 20))

# Timeouts the meter cannot keep are refused, never read as "no timeout" (issue 15: 1e-7
# was accepted and meant none). The earlier timeout stays in force.
out, rc = converse([json.dumps({"id": i, "op": "limits", "limits": {"timeout": t}})
                    for i, t in enumerate([1e-7, 0.0009, -1, 1e300, 2592001, "5", None, True])] + [
    '{"id": 8, "op": "limits", "limits": {"timeout": 1e400}}',
    json.dumps({"id": 9, "code": "while True: pass"}),
    json.dumps({"id": 10, "op": "limits", "limits": {"timeout": 0.001}}),
    json.dumps({"id": 11, "code": "while True: pass"}),
    json.dumps({"id": 12, "op": "limits", "limits": {"max_output": 2 ** 64 - 1}}),
    json.dumps({"id": 13, "op": "limits", "limits": {"max_host_result": 0}}),
    json.dumps({"id": 14, "op": "limits", "limits": {"timeout": 0}}),
], "--timeout", "0.5", "--fuel", "1000000000000")
check(all(r["ok"] is False and "timeout" in r["error"]["message"] for r in out[:8]),
      "absurd timeouts refused: %r" % [r.get("error") for r in out[:8]])
check(out[8]["ok"] is False, "1e400 refused (nlohmann does not read it as JSON)")
check(out[9]["status"] == "timeout" and out[9]["wall_time_us"] < 5_000_000, "the earlier timeout holds")
check(out[10] == {"id": 10, "ok": True} and out[11]["status"] == "timeout", "0.001 s accepted and kept")
check(out[11]["wall_time_us"] < 1_000_000, "1 ms timeout stops quickly (%d us)" % out[11]["wall_time_us"])
check(out[12]["ok"] is False and out[13]["ok"] is False, "huge and zero byte limits refused")
check(out[14] == {"id": 14, "ok": True}, "0 still means no timeout")

# Caps hold for every field (issue 15): an exception with a 1 MB message, a deep
# traceback and a long type name, under max_output 100.
big = ("E = type('" + "E" * 200 + "', (Exception,), {})\n"
       "def f(n):\n    if n == 0: raise E('m' * 1000000)\n    f(n - 1)\nf(300)")
out, rc = converse([
    json.dumps({"id": 1, "op": "limits", "limits": {"max_output": 100}}),
    json.dumps({"id": 2, "code": big}),
    json.dumps({"id": 3, "code": "raise ValueError('\u00e9' * 1000)"}),
])
e = out[1]["error"]
check(out[1]["status"] == "error" and out[1]["error_truncated"] is True, "error flagged truncated")
check(all(len(e[k].encode()) <= 100 for k in ("type", "message", "traceback")),
      "error fields capped: %r" % {k: len(e[k].encode()) for k in ("type", "message", "traceback")})
check(len(json.dumps(out[1])) < 2000, "whole response bounded (%d bytes)" % len(json.dumps(out[1])))
check(e["type"] == "E" * 100 and e["message"] == "m" * 100 and "m\n" in e["traceback"], "heads and tail kept")
check(out[2]["error"]["message"] == "\u00e9" * 50, "message capped at a character boundary")

# "rollback" (rollback_bytes): refused outside 1 MiB..4 GiB; an exec that rewrites more
# of its memory than it allows is stopped, rolled back, and the session goes on.
out, rc = converse([
    json.dumps({"id": 1, "op": "limits", "limits": {"rollback": 0}}),
    json.dumps({"id": 2, "op": "limits", "limits": {"rollback": (1 << 20) - 1}}),
    json.dumps({"id": 3, "op": "limits", "limits": {"rollback": (1 << 32) + 1}}),
    json.dumps({"id": 4, "op": "limits", "limits": {"rollback": -5}}),
    json.dumps({"id": 5, "code": "data = bytearray(32 << 20)"}),
    json.dumps({"id": 6, "op": "limits", "limits": {"rollback": 8 << 20}}),
    json.dumps({"id": 7, "code": "marker = 1\nfor i in range(0, len(data), 4096): data[i] = 1"}),
    json.dumps({"id": 8, "code": "('marker' in globals(), sum(data[::4096]))"}),
], "--memory", "96M")
check(all(r["ok"] is False and "rollback" in r["error"]["message"] for r in out[:4]),
      "bad rollback values refused: %r" % [r.get("error") for r in out[:4]])
check(out[5] == {"id": 6, "ok": True}, "rollback 8 MiB accepted")
check(out[6]["status"] == "error" and out[6]["error"]["type"] == "MemoryError"
      and "rollback_bytes (8388608 bytes)" in out[6]["error"]["message"], "rollback stop: %r" % out[6].get("error"))
check(out[7]["value"] == "(False, 0)", "rolled back: %r" % out[7].get("value"))
proc = subprocess.run([BIN, "session", "--rollback-memory", "0"], input="", capture_output=True, text=True)
check(proc.returncode == 2 and "--rollback-memory" in proc.stderr, "bad --rollback-memory exits 2")

# Snapshots: "snapshot" writes the session to a file, "restore" replaces the session with
# one; a refused restore leaves the session as it was.
with tempfile.TemporaryDirectory() as tmp:
    snap = os.path.join(tmp, "s.snap")
    out, rc = converse([
        json.dumps({"id": 1, "code": "x = 41"}),
        json.dumps({"id": 2, "op": "snapshot", "path": snap}),
        json.dumps({"id": 3, "code": "x = 0"}),
        json.dumps({"id": 4, "op": "restore", "path": snap}),
        json.dumps({"id": 5, "code": "x + 1"}),
        json.dumps({"id": 6, "op": "restore", "path": os.path.join(tmp, "missing")}),
        json.dumps({"id": 7, "op": "snapshot"}),
        json.dumps({"id": 8, "op": "restore", "path": 5}),
        json.dumps({"id": 9, "op": "snapshot", "path": os.path.join(tmp, "no", "dir")}),
        json.dumps({"id": 10, "code": "x = 7"}),
    ])
    check(out[1]["ok"] is True and out[1]["bytes"] == os.path.getsize(snap), "snapshot written: %r" % out[1])
    check(out[3] == {"id": 4, "ok": True} and out[4]["value"] == "42", "restored: %r" % out[4])
    check(out[5]["ok"] is False and out[5]["error"]["type"] == "OSError", "missing file: %r" % out[5])
    check(all(out[i]["error"]["type"] == "ProtocolError" for i in (6, 7)), "path required")
    check(out[8]["error"]["type"] == "OSError", "unwritable path: %r" % out[8])
    # Corrupt, truncated and foreign-key snapshots: SessionError with code snapshot_rejected.
    data = open(snap, "rb").read()
    bad = {"flip": data[:50] + bytes([data[50] ^ 1]) + data[51:], "short": data[:-1], "junk": b"junk"}
    for name, content in bad.items():
        open(os.path.join(tmp, name), "wb").write(content)
    with open(os.path.join(tmp, "key"), "wb") as f:
        f.write(b"k" * 32)
    lines = [json.dumps({"id": 1, "code": "y = 'kept'"})]
    lines += [json.dumps({"id": name, "op": "restore", "path": os.path.join(tmp, name)}) for name in bad]
    lines += [json.dumps({"id": "unsigned", "op": "restore", "path": snap}), json.dumps({"id": 9, "code": "y"})]
    out, rc = converse(lines, "--snapshot-key", os.path.join(tmp, "key"))
    for r in out[1:-1]:
        check(r["ok"] is False and r["error"]["type"] == "SessionError"
              and r["error"]["code"] == "snapshot_rejected" and "\n" not in r["error"]["message"],
              "refused: %r" % r)
    check(out[-1]["value"] == "'kept'", "the session stays after refused restores")

# Values in and out: "inputs" bound as globals, "call" of a guest function, value_json.
out, rc = converse([
    json.dumps({"id": 1, "code": "rows = [r * scale for r in data]\nrows", "inputs": {"data": [1, 2.5], "scale": 2}}),
    json.dumps({"id": 2, "code": "def f(a, *, b=0):\n    print('f')\n    return {'s': a + b, 'é': None}"}),
    json.dumps({"id": 3, "op": "call", "function": "f", "args": [1], "kwargs": {"b": 2}}),
    json.dumps({"id": 4, "op": "call", "function": "f"}),
    json.dumps({"id": 5, "code": "1", "inputs": {"not-a-name": 1}}),
    json.dumps({"id": 6, "code": "1", "inputs": [1]}),
    json.dumps({"id": 7, "op": "call", "function": "f", "args": {"a": 1}}),
    json.dumps({"id": 8, "op": "call", "function": "f()"}),
    json.dumps({"id": 9, "code": "{1, 2}"}),
    json.dumps({"id": 10, "code": "'data' in globals(), rows"}),
])
check(rc == 0 and len(out) == 10, "one response per request")
check(out[0]["value"] == "[2, 5.0]" and json.loads(out[0]["value_json"]) == [2, 5.0], "inputs bound: %r" % out[0])
check(out[2]["stdout"] == "f\n" and json.loads(out[2]["value_json"]) == {"s": 3, "é": None}, "call: %r" % out[2])
check(out[3]["status"] == "error" and out[3]["error"]["type"] == "TypeError", "call errors are results")
check(out[4]["ok"] is False and out[4]["error"]["code"] == "invalid_argument"
      and "not a Python identifier" in out[4]["error"]["message"], "bad input names refused: %r" % out[4])
check(out[5]["ok"] is False and out[5]["error"]["type"] == "ProtocolError", "inputs must be an object")
check(out[6]["ok"] is False and out[6]["error"]["type"] == "ProtocolError", "args must be an array")
check(out[7]["ok"] is False and out[7]["error"]["code"] == "invalid_argument", "a bad function name refused")
check(out[8]["value"] == "{1, 2}" and out[8]["value_json"] is None, "no value_json for a set")
check(out[9]["value"] == "(True, [2, 5.0])", "the session goes on")

# Bad command-line values are usage errors.
proc = subprocess.run([BIN, "session", "--fuel", "0"], input="", capture_output=True, text=True)
check(proc.returncode == 2 and proc.stderr.startswith("mpsandbox: "), "bad flag exits 2")

finish()
