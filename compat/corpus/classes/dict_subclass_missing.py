# dict subclasses using __missing__ for auto-vivifying trees and default lookups
class Tree(dict):
    def __missing__(self, key):
        value = self[key] = Tree()
        return value

    def paths(self, prefix=()):
        for k, v in self.items():
            if isinstance(v, Tree):
                yield from v.paths(prefix + (k,))
            else:
                yield prefix + (k,), v


class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class CountingDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return 0


config = Tree()
config["db"]["primary"]["host"] = "10.0.0.1"
config["db"]["primary"]["port"] = 5432
config["db"]["replica"]["host"] = "10.0.0.2"
config["cache"]["ttl"] = 60
print(config)
for path, value in config.paths():
    print(".".join(path), "=", value)

print("Hello {name}, your order {order} ships {when}".format_map(Template(name="Ana", order=42)))

counts = CountingDict()
for word in "to be or not to be".split():
    counts[word] = counts[word] + 1
print(counts, "misses:", counts.misses)
print(counts.get("maybe"), counts["maybe"], "maybe" in counts, counts.misses)
print(isinstance(counts, dict), type(counts).__mro__[1].__name__)
