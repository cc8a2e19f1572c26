# Stream a large JSON array with JSONEncoder.iterencode and count the emitted chunks
import json
import io

records = ({"id": i, "square": i * i, "even": i % 2 == 0, "label": f"row-{i:03d}"} for i in range(1, 251))
rows = list(records)

encoder = json.JSONEncoder(separators=(",", ":"))
sink = io.StringIO()
chunks = 0
biggest = 0
for chunk in encoder.iterencode(rows):
    sink.write(chunk)
    chunks += 1
    biggest = max(biggest, len(chunk))
text = sink.getvalue()
print(f"chunks: {chunks}, largest chunk: {biggest} chars, total: {len(text)} chars")
print("starts:", text[:70])
print("ends:  ", text[-60:])
print("same as dumps:", text == json.dumps(rows, separators=(",", ":")))

pretty = json.JSONEncoder(indent=2)
pieces = list(pretty.iterencode({"a": [1, 2], "b": {"c": None}}))
print(pieces)
print("".join(pieces))

buf = io.StringIO()
json.dump(rows[:3], buf)
print("json.dump to StringIO:", buf.getvalue())
print("sum of squares:", sum(r["square"] for r in json.loads(text)))
