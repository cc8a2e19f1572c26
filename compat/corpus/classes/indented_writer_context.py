# Context manager class that manages indentation levels for building nested text output
class IndentWriter:
    def __init__(self, step=2):
        self.step = step
        self.level = 0
        self.lines = []

    def write(self, text):
        self.lines.append(" " * (self.level * self.step) + text)
        return self

    def block(self, header):
        self.write(header + " {")
        return _Block(self)

    def __str__(self):
        return "\n".join(self.lines)


class _Block:
    def __init__(self, writer):
        self.writer = writer

    def __enter__(self):
        self.writer.level += 1
        return self.writer

    def __exit__(self, exc_type, exc, tb):
        self.writer.level -= 1
        self.writer.write("}" if exc_type is None else f"}} // aborted: {exc}")
        return False


w = IndentWriter()
with w.block("server") as out:
    out.write("listen 80;")
    with w.block("location /") as inner:
        inner.write("root /srv/www;")
        inner.write("index index.html;")
    with w.block("location /api"):
        w.write("proxy_pass backend;")
print(w)
print("level after:", w.level)

w2 = IndentWriter(step=4)
try:
    with w2.block("outer"):
        with w2.block("inner"):
            w2.write("working")
            raise RuntimeError("boom")
except RuntimeError:
    pass
print(w2)
print("level after error:", w2.level)
