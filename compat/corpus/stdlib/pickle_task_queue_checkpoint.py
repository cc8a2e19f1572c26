# Checkpoint a small job queue with pickle: custom classes, namedtuples, enums, shared
# references and a resumable state, then restore it and continue processing
import enum
import io
import pickle
from collections import OrderedDict, deque, namedtuple

Job = namedtuple("Job", "job_id name payload")


class Status(enum.Enum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


class Worker:
    def __init__(self, name):
        self.name = name
        self.processed = []
        self._log = io.StringIO()  # not picklable: dropped from the state

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_log"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._log = io.StringIO()

    def run(self, job):
        self.processed.append(job.job_id)
        self._log.write(f"{self.name} ran {job.name}\n")
        if "fail" in job.name:
            return Status.FAILED
        return Status.DONE


class Checkpoint:
    def __init__(self):
        self.queue = deque()
        self.results = OrderedDict()
        self.workers = {}

    def add(self, job):
        self.queue.append(job)
        self.results[job.job_id] = Status.PENDING


cp = Checkpoint()
for i, name in enumerate(["extract", "transform", "fail-validate", "load", "report"]):
    cp.add(Job(i, name, {"size": i * 10, "tags": ["etl", name]}))
alice = Worker("alice")
cp.workers["primary"] = alice
cp.workers["backup"] = alice  # the same worker twice

for _ in range(2):
    job = cp.queue.popleft()
    cp.results[job.job_id] = cp.workers["primary"].run(job)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(cp, protocol=proto)
    back = pickle.loads(blob)
    print(f"protocol {proto}: {len(blob)} bytes, queue={[j.name for j in back.queue]}, "
          f"shared worker kept: {back.workers['primary'] is back.workers['backup']}")

restored = pickle.loads(pickle.dumps(cp, protocol=pickle.DEFAULT_PROTOCOL))
while restored.queue:
    job = restored.queue.popleft()
    restored.results[job.job_id] = restored.workers["backup"].run(job)
for job_id, status in restored.results.items():
    print(job_id, status.name, status.value)
print("processed:", restored.workers["primary"].processed)
print("log after restore:", repr(restored.workers["primary"]._log.getvalue().splitlines()[0]))

buf = io.BytesIO()
pickle.dump({"version": 2, "jobs": list(cp.queue)}, buf, protocol=2)
pickle.dump(Status.DONE, buf, protocol=2)
buf.seek(0)
print(pickle.load(buf)["jobs"][0], pickle.load(buf))

for bad in [lambda: None, (x for x in range(3))]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print("cannot pickle:", type(e).__name__)
try:
    pickle.loads(pickle.dumps(cp)[:-10])
except (pickle.UnpicklingError, EOFError) as e:
    print("truncated checkpoint:", type(e).__name__, e)
