# IntEnum of HTTP status codes: lookup by value, comparison with ints, grouping by class
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    NOT_MODIFIED = 304
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    NOT_FOUND = 404
    SERVER_ERROR = 500
    UNAVAILABLE = 503

    @property
    def is_error(self):
        return self >= 400

    @property
    def family(self):
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]


responses = [200, 404, 301, 500, 204, 404, 401, 200]
for code in responses:
    st = Status(code)
    print(f"{code} -> {st.name:<13} {st.family:<12} error={st.is_error}")

print(Status.NOT_FOUND == 404, Status.OK < Status.CREATED)
print(repr(Status.OK), str(Status.OK), f"{Status.OK}", int(Status.MOVED))
print(Status["UNAVAILABLE"].value)
print(sorted({Status(c) for c in responses}))

counts = {}
for code in responses:
    fam = Status(code).family
    counts[fam] = counts.get(fam, 0) + 1
print(counts)

try:
    Status(418)
except ValueError as e:
    print("ValueError:", e)
print(len(Status), [s.name for s in Status if s.is_error])
