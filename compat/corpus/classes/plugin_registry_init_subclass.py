# Plugin registry built with __init_subclass__ keyword arguments
class Exporter:
    registry = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is None:
            return  # abstract intermediate class
        if fmt in Exporter.registry:
            raise ValueError(f"duplicate exporter for {fmt!r}")
        cls.fmt = fmt
        Exporter.registry[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        return cls.registry[fmt]()

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, fmt="csv"):
    def export(self, rows):
        return "\n".join(",".join(str(v) for v in row) for row in rows)


class TextExporter(Exporter):
    sep = " "

    def export(self, rows):
        return "\n".join(self.sep.join(str(v) for v in row) for row in rows)


class TsvExporter(TextExporter, fmt="tsv"):
    sep = "\t"


class MarkdownExporter(Exporter, fmt="md"):
    def export(self, rows):
        header, *body = rows
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)


rows = [("name", "qty"), ("apple", 3), ("pear", 7)]
print(sorted(Exporter.registry))
for fmt in ("csv", "tsv", "md"):
    exp = Exporter.for_format(fmt)
    print(f"--- {fmt} via {type(exp).__name__}")
    print(exp.export(rows))

print(hasattr(TextExporter, "fmt"), TsvExporter.fmt)
try:
    class Another(Exporter, fmt="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
