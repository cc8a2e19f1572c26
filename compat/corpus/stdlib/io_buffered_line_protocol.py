# Parse a length-prefixed binary message stream with io.BytesIO and io.BufferedReader
import io
import struct


def encode(messages):
    out = io.BytesIO()
    for kind, body in messages:
        payload = body.encode("utf-8")
        out.write(struct.pack(">BH", kind, len(payload)))
        out.write(payload)
    return out.getvalue()


def decode(stream):
    while True:
        head = stream.read(3)
        if not head:
            return
        if len(head) < 3:
            raise EOFError("truncated header")
        kind, size = struct.unpack(">BH", head)
        body = stream.read(size)
        if len(body) != size:
            raise EOFError(f"truncated body: wanted {size}, got {len(body)}")
        yield kind, body.decode("utf-8")


msgs = [(1, "HELLO"), (2, "data: ünïcode"), (3, ""), (2, "x" * 20)]
wire = encode(msgs)
print("wire bytes:", len(wire))
reader = io.BufferedReader(io.BytesIO(wire), buffer_size=8)
print("peek:", reader.peek(3)[:3])
decoded = list(decode(reader))
for kind, body in decoded:
    print(kind, repr(body))
print("round trip:", decoded == msgs)

try:
    list(decode(io.BytesIO(wire[:-5])))
except EOFError as e:
    print("EOFError:", e)

text = io.TextIOWrapper(io.BytesIO(b"k1=v1\nk2=v2\n\nk3=v3"), encoding="ascii")
pairs = dict(line.strip().split("=", 1) for line in text if line.strip())
print(pairs)
rw = io.BytesIO()
rw.write(b"abc")
rw.seek(0, io.SEEK_END)
rw.write(b"def")
print(rw.getvalue(), rw.tell(), len(rw.getbuffer()))
