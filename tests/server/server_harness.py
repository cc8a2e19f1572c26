"""A `mpsandbox serve` process on loopback for the server tests, and requests to it."""
import http.client
import json
import re
import signal
import subprocess

BIN = None  # the mpsandbox binary, set by the test


class Server:
    def __init__(self, *args):
        self.proc = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.match(r"listening on 127\.0\.0\.1:(\d+) \((\d+) sessions restored\)", line)
        if not m:
            raise RuntimeError("server did not start: %r %r" % (line, self.proc.stderr.read()))
        self.port, self.restored = int(m.group(1)), int(m.group(2))

    def request(self, method, path, body=None, token=None, raw=False):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Authorization": "Bearer " + token} if token else {}
        data = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
        conn.request(method, path, body=data, headers=headers)
        r = conn.getresponse()
        payload = r.read()
        conn.close()
        if raw or not payload:
            return r.status, payload, r
        return r.status, json.loads(payload), r

    def status_for_declared_body(self, path, length, token=None):
        """Sends only the headers of a request declaring a `length`-byte body: the server
        answers (413) without reading it."""
        import socket
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as sock:
            auth = "Authorization: Bearer %s\r\n" % token if token else ""
            sock.sendall(("POST %s HTTP/1.1\r\nHost: x\r\n%sContent-Length: %d\r\n\r\n" % (path, auth, length)).encode())
            reply = sock.recv(4096).decode(errors="replace")
        m = re.match(r"HTTP/1\.1 (\d+)", reply)
        return int(m.group(1)) if m else 0

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=60)
        return self.proc.returncode, out, err


def exec_(srv, sid, code, token=None):
    return srv.request("POST", "/v1/sessions/%s/exec" % sid, {"code": code}, token)
