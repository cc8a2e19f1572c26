# functools.cached_property for expensive derived statistics, with invalidation via __dict__
from functools import cached_property
import statistics


class Dataset:
    def __init__(self, name, values):
        self.name = name
        self._values = list(values)
        self.computations = 0

    @cached_property
    def sorted_values(self):
        self.computations += 1
        print(f"  computing sorted_values for {self.name}")
        return sorted(self._values)

    @cached_property
    def summary(self):
        self.computations += 1
        print(f"  computing summary for {self.name}")
        vals = self.sorted_values
        return {
            "n": len(vals),
            "min": vals[0],
            "max": vals[-1],
            "mean": round(statistics.mean(vals), 3),
            "median": statistics.median(vals),
        }

    def append(self, value):
        self._values.append(value)
        for attr in ("sorted_values", "summary"):
            self.__dict__.pop(attr, None)


ds = Dataset("latency", [12, 7, 30, 15, 9, 22])
print(ds.summary)
print(ds.summary["median"], "computations:", ds.computations)
print(sorted(k for k in vars(ds)))
ds.append(3)
print(sorted(k for k in vars(ds)))
print(ds.summary, "computations:", ds.computations)
print(type(Dataset.__dict__["summary"]).__name__, Dataset.summary.attrname)
ds.summary = {"overridden": True}
print(ds.summary)
