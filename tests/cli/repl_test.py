"""The interactive prompt, driven through a pseudo-terminal as a person would use it.

usage: repl_test.py PATH_TO_MPSANDBOX
"""
import os
import pty
import select
import time
import os.path
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402

BIN = sys.argv[1]
os.environ["MPSANDBOX_HISTORY"] = ""  # keep no history but where a check asks for it


class Repl:
    def __init__(self, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "dumb"
            os.environ["LC_ALL"] = "C.UTF-8"
            os.execv(BIN, [BIN, *args])
        self.out = b""

    def read_until(self, marker, timeout=20):
        end = time.time() + timeout
        while marker not in self.out and time.time() < end:
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                self.out += chunk
        return marker in self.out

    def send(self, line):
        # libedit switches the terminal mode after printing its prompt, and may flush
        # input typed in between: type like a person, a moment after the prompt.
        time.sleep(0.1)
        mark = len(self.out)
        os.write(self.fd, line.encode() + b"\r")
        return mark

    def keys(self, data):
        """Types `data` with no Enter after it (as send() does, a moment after the prompt)."""
        time.sleep(0.1)
        mark = len(self.out)
        os.write(self.fd, data)
        return mark

    def text(self, since=0):
        return self.out[since:].decode("utf-8", "replace").replace("\r\n", "\n")

    def wait(self, timeout=20, kill=True):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.read_until(b"\x00", timeout=0.2)
                return os.waitstatus_to_exitcode(status)
            self.read_until(b"\x00", timeout=0.1)
        if kill:
            os.kill(self.pid, 9)
        return None


r = Repl()
check(r.read_until(b">>> "), "first prompt", r.text())
m = r.send("x = 6 * 7")
check(r.read_until(b">>> ", 10) and "Error" not in r.text(m), "assignment", r.text(m))
m = r.send("x")
check(r.read_until(b"42", 10), "echo of an expression's repr", r.text(m))
m = r.send("def f(n):")
check(r.read_until(b"... "), "continuation prompt in a block", r.text(m))
r.send("    return n + x")
r.read_until(b"... ")
m = r.send("")
check(r.read_until(b">>> "), "blank line ends the block", r.text(m))
m = r.send("f(1)")
check(r.read_until(b"43"), "function defined across lines", r.text(m))
m = r.send("1/0")
check(r.read_until(b"ZeroDivisionError"), "traceback printed", r.text(m))
check(r.read_until(b">>> "), "session survives the error", r.text(m))
m = r.send("print('caf\u00e9 \U0001F40D')")
check(r.read_until("caf\u00e9 \U0001F40D".encode()), "unicode output", r.text(m))
m = r.send("[1,")
check(r.read_until(b"... "), "open bracket continues", r.text(m))
r.send("2]")
check(r.read_until(b"[1, 2]"), "bracket closed", r.text(m))
m = r.send("x")
check(r.read_until(b"42"), "state kept", r.text(m))
r.send("exit()")
check(r.wait() == 0, "exit() leaves with status 0", r.text())

r = Repl()
r.read_until(b">>> ")
status = None
for _ in range(5):  # Ctrl-D at the prompt (again if it was flushed by a mode switch)
    time.sleep(0.2)
    os.write(r.fd, b"\x04")
    status = r.wait(timeout=2, kill=False)
    if status is not None:
        break
if status is None:
    os.kill(r.pid, 9)
check(status == 0, "EOF leaves", r.text())

r = Repl()
r.read_until(b">>> ")
r.send("quit(3)")
check(r.wait() == 3, "quit(n) leaves with status n", r.text())

r = Repl("--fuel", "100000")
r.read_until(b">>> ")
r.send("y = 1")
r.read_until(b">>> ")
m = r.send("while True: y = 2")
r.read_until(b"... ")
r.send("")
check(r.read_until(b"fuel_exhausted"), "limit reported", r.text(m))
r.read_until(b">>> ")
m = r.send("y")
check(r.read_until(b"1\r\n") or r.read_until(b"1\n"), "state rolled back after a stop", r.text(m))
r.send("exit()")
r.wait()

# Tab completes names and attributes, asked of the session; the history is kept between
# runs in $MPSANDBOX_HISTORY (mode 0600) and recalled with Ctrl-P.
import tempfile  # noqa: E402
with tempfile.TemporaryDirectory() as tmp:
    os.environ["MPSANDBOX_HISTORY"] = os.path.join(tmp, "history")
    r = Repl()
    r.read_until(b">>> ")
    r.send("word = 'abc'")
    r.read_until(b">>> ")
    m = r.keys(b"word.upp\t")
    check(r.read_until(b"word.upper", 5), "Tab completes an attribute", r.text(m))
    os.write(r.fd, b"()\r")
    check(r.read_until(b"'ABC'", 5), "the completed line runs", r.text(m))
    r.read_until(b">>> ")
    m = r.keys(b"wo\t")
    check(r.read_until(b">>> word", 5), "Tab completes a global", r.text(m))
    os.write(r.fd, b"\r")
    r.read_until(b"'abc'", 5)
    r.send("exit()")
    r.wait()
    path = os.environ["MPSANDBOX_HISTORY"]
    saved = open(path).read() if os.path.exists(path) else ""
    check("word.upper()" in saved and os.stat(path).st_mode & 0o777 == 0o600, "history saved, 0600: %r" % saved)
    r = Repl()
    r.read_until(b">>> ")
    m = r.keys(b"\x10\x10\x10")  # Ctrl-P three times: word.upper()
    check(r.read_until(b"word.upper()", 5), "history recalled in a new run", r.text(m))
    os.write(r.fd, b"\r")
    r.read_until(b"NameError", 5)  # a new session: word is not defined here
    r.send("exit()")
    r.wait()

finish()
