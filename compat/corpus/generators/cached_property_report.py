# functools.cached_property on a dataset summary class; shows computation happens once and invalidation
from functools import cached_property
import statistics

class Dataset:
    def __init__(self, name, values):
        self.name = name
        self.values = list(values)
        self.computations = []

    @cached_property
    def sorted_values(self):
        self.computations.append("sorted")
        return sorted(self.values)

    @cached_property
    def mean(self):
        self.computations.append("mean")
        return statistics.fmean(self.values)

    @cached_property
    def quartiles(self):
        self.computations.append("quartiles")
        return statistics.quantiles(self.sorted_values, n=4)

    @property
    def spread(self):
        return self.sorted_values[-1] - self.sorted_values[0]

    def outliers(self):
        q1, _, q3 = self.quartiles
        iqr = q3 - q1
        lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
        return [v for v in self.sorted_values if v < lo or v > hi]

    def add(self, *vals):
        self.values.extend(vals)
        for attr in ("sorted_values", "mean", "quartiles"):
            self.__dict__.pop(attr, None)

ds = Dataset("response_ms", [120, 98, 143, 110, 101, 99, 870, 105, 132, 118, 95, 640])
print(f"{ds.name}: mean={ds.mean:.2f} spread={ds.spread}")
print("quartiles:", ds.quartiles)
print("outliers:", ds.outliers())
print("mean again:", round(ds.mean, 2), "spread again:", ds.spread)
print("computations so far:", ds.computations)
print("cached in __dict__:", sorted(k for k in vars(ds) if k in ("sorted_values", "mean", "quartiles")))
ds.add(2000, 100)
print("after add -> mean:", round(ds.mean, 2), "outliers:", ds.outliers())
print("computations:", ds.computations)
ds.mean = 0.0
print("overridden mean:", ds.mean)
print("descriptor name:", Dataset.mean.attrname, type(Dataset.__dict__["mean"]).__name__)
