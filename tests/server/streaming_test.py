"""`mpsandbox serve`: exec output streamed as server-sent events (Accept: text/event-stream),
and MCP protocol revision 2026-07-28 at /mcp beside 2025-11-25 (docs/SERVER.md), checked
byte by byte over real HTTP: what each malformed or foreign request gets.

usage: streaming_test.py PATH_TO_MPSANDBOX
"""
import http.client
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from harness import check, finish  # noqa: E402
import server_harness  # noqa: E402
from server_harness import Server, exec_  # noqa: E402

server_harness.BIN = sys.argv[1]
SSE = {"Accept": "text/event-stream", "Content-Type": "application/json"}


def stream(conn, path, body, headers=SSE):
    conn.request("POST", path, body=json.dumps(body), headers=headers)
    resp = conn.getresponse()
    if resp.getheader("Content-Type") != "text/event-stream":
        return resp, json.loads(resp.read()), None
    # http.client undoes the chunking; read the events as lines until the last chunk.
    events = []
    while True:
        chunk = resp.read1()
        if not chunk:
            break
        events.append((chunk, time.monotonic()))
    resp.read()  # the end of the response, so that the connection takes the next request
    return resp, None, events


def parse(events):
    """[(event, json data, arrival time)] from raw chunks."""
    text, out = "", []
    for chunk, at in events:
        text += chunk.decode()
        while "\n\n" in text:
            block, text = text.split("\n\n", 1)
            name, data = "", None
            for line in block.split("\n"):
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    data = json.loads(line[6:])
            out.append((name, data, at))
    check(text == "", "no partial event at the end: %r" % text)
    return out


srv = Server()
sid = srv.request("POST", "/v1/sessions")[1]["id"]
conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=60)

# Lines arrive as the guest prints them; the result comes last with the whole output.
t0 = time.monotonic()
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % sid,
                        {"code": "import sys, time\nfor i in range(3):\n    print('line', i)\n    time.sleep(0.2)\n"
                                 "print('oops', file=sys.stderr)\nsys.stdout.write('é' * 3)\n6 * 7"})
check(resp.status == 200 and raw is not None, "an event stream: %r" % ((resp.status, err),))
evs = parse(raw)
names = [e[0] for e in evs]
check(names == ["output"] * 5 + ["result"], "events: %r" % names)
check([e[1] for e in evs[:5]] == [{"stream": "stdout", "text": "line 0\n"}, {"stream": "stdout", "text": "line 1\n"},
                                  {"stream": "stdout", "text": "line 2\n"}, {"stream": "stderr", "text": "oops\n"},
                                  {"stream": "stdout", "text": "ééé"}], "output events: %r" % [e[1] for e in evs])
result = evs[-1][1]
check(result["status"] == "ok" and result["value"] == "42" and result["stdout"] == "line 0\nline 1\nline 2\nééé"
      and result["stderr"] == "oops\n", "result event: %r" % result)
check(evs[-1][2] - evs[0][2] >= 0.35, "the first line arrived %.3f s before the result" % (evs[-1][2] - evs[0][2]))
# The connection is kept alive after a stream.
conn.request("POST", "/v1/sessions/%s/exec" % sid, body=json.dumps({"code": "'again'"}))
r = conn.getresponse()
check(r.status == 200 and json.loads(r.read())["value"] == "'again'", "keep-alive after a stream")

# No output: the stream is the result alone. Refusals before the guest runs are plain JSON.
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % sid, {"code": "x = 1"})
check(resp.status == 200 and [e[0] for e in parse(raw)] == ["result"], "result only")
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % ("0" * 32), {"code": "1"})
check(resp.status == 404 and err["error"]["code"] == "not_found", "unknown session: %r" % ((resp.status, err),))
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % sid, {"code": 5})
check(resp.status == 400 and err["error"]["code"] == "bad_request", "bad body: %r" % err)

# Bytes that are not UTF-8, split characters and output cut at the limit: every event is
# valid JSON and the events add up to the result.
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % sid,
                        {"code": "import sys\nsys.stdout.buffer.write(b'a\\xffb\\n')\nsys.stdout.buffer.write('€'.encode()[:1])\n"
                                 "import time\ntime.sleep(0.01)\nsys.stdout.buffer.write('€'.encode()[1:] + b'\\n')"})
evs = parse(raw)
check([e[1]["text"] for e in evs[:-1]] == ["a\ufffdb\n", "€\n"], "split and invalid UTF-8: %r" % [e[1] for e in evs])
sid2 = srv.request("POST", "/v1/sessions", {"limits": {"max_output_bytes": 5000}})[1]["id"]
resp, err, raw = stream(conn, "/v1/sessions/%s/exec" % sid2, {"code": "for i in range(10000):\n    print(i)"})
evs = parse(raw)
streamed = "".join(e[1]["text"] for e in evs if e[0] == "output")
check(len(streamed) == 5000 and streamed == evs[-1][1]["stdout"] and evs[-1][1]["stdout_truncated"],
      "cut at the limit: %d bytes in %d events" % (len(streamed), len(evs)))

# One-shot run streams too.
resp, err, raw = stream(conn, "/v1/run", {"code": "print('once')"})
check([e[0] for e in parse(raw)] == ["output", "result"], "run streams")

# A client that goes away mid-stream costs the server nothing: the exec ends, the session
# and the server go on.
c2 = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=60)
c2.request("POST", "/v1/sessions/%s/exec" % sid, body=json.dumps(
    {"code": "import time\nfor i in range(20):\n    print('x' * 1000)\n    time.sleep(0.01)\nleft = True"}), headers=SSE)
r2 = c2.getresponse()
r2.fp.read(100)
c2.sock.close()
c2.close()
time.sleep(0.5)
st, body, _ = exec_(srv, sid, "left")
check(st == 200 and body["value"] == "True", "after a client left mid-stream: %r" % body)
conn.close()

# MCP 2026-07-28 over HTTP: every request carries its revision and the client's
# capabilities in _meta, and headers that repeat the body.
META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientInfo": {"name": "test", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {}}


def mcp(method, params, rid=7, version="2026-07-28", headers=None, accept="application/json, text/event-stream"):
    h = {"Content-Type": "application/json", "Accept": accept, "MCP-Protocol-Version": version, "Mcp-Method": method}
    if method == "tools/call" and "name" in params:
        h["Mcp-Name"] = params["name"]
    h.update(headers or {})
    h = {k: v for k, v in h.items() if v is not None}
    c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=60)
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if rid is not None:
        msg["id"] = rid
    c.request("POST", "/mcp", body=json.dumps(msg), headers=h)
    r = c.getresponse()
    payload = r.read().decode()
    c.close()
    if r.getheader("Content-Type") == "text/event-stream":
        msgs = [json.loads(line[6:]) for line in payload.split("\n") if line.startswith("data: ")]
        return r.status, msgs[-1], msgs[:-1], r
    check(payload.count("\n") <= 1, "one-line JSON: %r" % payload[:200])
    return r.status, json.loads(payload) if payload else None, [], r


st, body, _, r = mcp("server/discover", {"_meta": META}, rid="d1")
res = body.get("result", {})
check(st == 200 and body["id"] == "d1" and "2026-07-28" in res["supportedVersions"] and "2025-11-25" in res["supportedVersions"]
      and "tools" in res["capabilities"] and res["resultType"] == "complete" and res["cacheScope"] == "public"
      and res["ttlMs"] > 0 and res["_meta"]["io.modelcontextprotocol/serverInfo"]["name"] == "mpsandbox"
      and r.getheader("Mcp-Session-Id") is None, "discover: %r" % body)
discover_versions = res["supportedVersions"]
no_info = {k: v for k, v in META.items() if k != "io.modelcontextprotocol/clientInfo"}
check(mcp("server/discover", {"_meta": no_info})[0] == 200, "clientInfo is optional")
for params, what in [({}, "no _meta"),
                     ({"_meta": {k: v for k, v in META.items() if k != "io.modelcontextprotocol/protocolVersion"}}, "no version"),
                     ({"_meta": {k: v for k, v in META.items() if k != "io.modelcontextprotocol/clientCapabilities"}},
                      "no capabilities"),
                     ({"_meta": dict(META, **{"io.modelcontextprotocol/logLevel": "loud"})}, "bad logLevel")]:
    st, body, _, _ = mcp("server/discover", params, rid=104)
    check(st == 400 and body["id"] == 104 and body["error"]["code"] == -32602, "%s: %r" % (what, (st, body)))
v999 = dict(META, **{"io.modelcontextprotocol/protocolVersion": "v999.0.0"})
st, body, _, _ = mcp("server/discover", {"_meta": v999}, rid=301, version="v999.0.0")
check(st == 400 and body["id"] == 301 and body["error"]["code"] == -32022 and body["error"]["data"]["requested"] == "v999.0.0"
      and set(body["error"]["data"]["supported"]) <= set(discover_versions), "unsupported version: %r" % body)
st, body, _, _ = mcp("server/discover", {"_meta": v999}, rid=302)
check(st == 400 and body["error"]["code"] == -32020, "header and body disagree: %r" % body)
st, body, _, _ = mcp("server/discover", {"_meta": META}, headers={"Mcp-Method": None})
check(st == 400 and body["error"]["code"] == -32020, "no Mcp-Method: %r" % body)
st, body, _, _ = mcp("tools/call", {"name": "run_python", "arguments": {"code": "1"}, "_meta": META}, headers={"Mcp-Name": "x"})
check(st == 400 and body["error"]["code"] == -32020, "Mcp-Name not the tool: %r" % body)
for method in ["initialize", "ping", "logging/setLevel", "resources/subscribe", "prompts/list", "subscriptions/listen",
               "unknown/method"]:
    st, body, _, _ = mcp(method, {"_meta": META}, rid=500)
    check(st == 404 and body["error"]["code"] == -32601 and body["id"] == 500, "%s: %r" % (method, (st, body)))
st, body, _, _ = mcp("notifications/cancelled", {"_meta": META, "requestId": 1}, rid=None)
check(st == 202 and body is None, "a notification: %r" % st)
st, body, _, _ = mcp("tools/list", {"_meta": META})
check(st == 200 and sorted(t["name"] for t in body["result"]["tools"]) == ["close_session", "fork_session", "run_python"]
      and body["result"]["resultType"] == "complete", "tools/list: %r" % body)
# Session handles are tool arguments; log messages only when the request asks for a level.
st, body, notes, _ = mcp("tools/call", {"name": "run_python", "arguments": {"code": "print('hi')\nn = 1"}, "_meta": META})
handle = body["result"]["structuredContent"]["session"]
check(st == 200 and notes == [] and body["result"]["structuredContent"]["stdout"] == "hi\n", "no logLevel, no logs: %r" % notes)
st, body, notes, _ = mcp("tools/call", {"name": "run_python", "arguments": {"code": "print(n + 1)", "session": handle},
                                        "_meta": dict(META, **{"io.modelcontextprotocol/logLevel": "info"})})
check(body["result"]["structuredContent"]["stdout"] == "2\n" and
      [n["params"] for n in notes] == [{"level": "info", "logger": "stdout", "data": "2\n"}], "logs at info: %r" % notes)
st, body, notes, _ = mcp("tools/call", {"name": "run_python", "arguments": {"code": "print(n)", "session": handle},
                                        "_meta": dict(META, progressToken="p")}, accept="application/json")
check(st == 200 and notes == [] and body["result"]["structuredContent"]["stdout"] == "1\n",
      "no event stream accepted: the response alone: %r" % body)
st, body, _, _ = mcp("tools/call", {"name": "run_python", "arguments": {"code": "1"}}, version="2026-07-28")
check(st == 400 and body["error"]["code"] == -32602, "2026 header without the envelope: %r" % body)
rc, out, err = srv.stop()
check(rc == 0, "stopped: %r" % err)
finish()
